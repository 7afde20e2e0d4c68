/** A scheduled follow-up call is open until it is done (reached, or given up) or cancelled. */
export const CALLBACK_STATUSES = ['open', 'done', 'cancelled'] as const;
export type CallbackStatus = (typeof CALLBACK_STATUSES)[number];

/** What happened when a counselor tried a call-back. */
export const CALLBACK_ATTEMPT_RESULTS = [
  'reached',
  'no-answer',
  'left-no-message',
] as const;
export type CallbackAttemptResult = (typeof CALLBACK_ATTEMPT_RESULTS)[number];

/** `mine`: assigned to me; `team`: assigned to nobody in particular; `all`: supervisors only. */
export const CALLBACK_QUEUES = ['mine', 'team', 'all'] as const;
export type CallbackQueue = (typeof CALLBACK_QUEUES)[number];

/** `GET /api/callbacks?status=`: one status, or `any` (a finalized call shows its call-back whatever became of it). */
export const CALLBACK_STATUS_FILTERS = [...CALLBACK_STATUSES, 'any'] as const;
export type CallbackStatusFilter = (typeof CALLBACK_STATUS_FILTERS)[number];

export interface CallbackAttempt {
  id: string;
  attemptedAt: string;
  byUserId: string;
  byName: string;
  result: CallbackAttemptResult;
  /** The outbound call started for this attempt, when there was one. */
  callId: string | null;
  note: string | null;
}

export interface Callback {
  id: string;
  caseId: string;
  caseNumber: string;
  caseAlias: string;
  /** Shown on the queue too: "prefers Spanish", "ask for Sam". */
  caseAlert: string | null;
  sourceCallId: string | null;
  /** Null: the team's, anyone may take it. */
  assignedToId: string | null;
  assignedToName: string | null;
  dueAt: string;
  /** True when still open after its due time, as the server's clock saw it. */
  overdue: boolean;
  reason: string;
  status: CallbackStatus;
  attempts: CallbackAttempt[];
  createdById: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** `POST /api/callbacks`. */
export interface CreateCallbackRequest {
  caseId: string;
  dueAt: string;
  reason: string;
  /** A user id, or null/absent for the team. */
  assignedToId?: string | null;
  sourceCallId?: string | null;
}

/** `PATCH /api/callbacks/:id`: reschedule, reassign, close, or log an attempt; carries `version`. */
export interface UpdateCallbackRequest {
  version: number;
  dueAt?: string;
  reason?: string;
  assignedToId?: string | null;
  status?: CallbackStatus;
  attempt?: {
    result: CallbackAttemptResult;
    callId?: string | null;
    note?: string | null;
  };
}
