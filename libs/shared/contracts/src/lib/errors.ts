/** One invalid field of a request, named as the client sent it (dotted path for nested fields). */
export interface FieldError {
  field: string;
  message: string;
}

/** Every error reply of the API has this shape; `fields` is present on validation errors. */
export interface ApiError {
  statusCode: number;
  error: string;
  message: string;
  fields?: FieldError[];
}

/** `GET /api/health` reply. */
export interface HealthStatus {
  status: 'ok';
}
