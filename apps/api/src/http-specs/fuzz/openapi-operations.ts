import type { TestApp } from '../../testing/test-app';

/** The part of an OpenAPI schema object the fuzzer reads. */
export interface Schema {
  type?: string;
  format?: string;
  enum?: unknown[];
  example?: unknown;
  nullable?: boolean;
  minimum?: number;
  maximum?: number;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  allOf?: Schema[];
  $ref?: string;
}

export interface QueryParameter {
  name: string;
  schema: Schema;
}

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface Operation {
  method: HttpMethod;
  /** The OpenAPI path template, `/api/calls/{id}/finalize`. */
  path: string;
  pathParameters: string[];
  queryParameters: QueryParameter[];
  /** The JSON request body's schema name and resolved schema, when the operation takes one. */
  body: { name: string; schema: Schema } | null;
  /** Whether the document asks for a bearer token. */
  secured: boolean;
  label: string;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, RawOperation>>;
  components?: { schemas?: Record<string, Schema> };
}

interface RawOperation {
  parameters?: { name: string; in: string; schema?: Schema }[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  security?: unknown[];
}

const METHODS: readonly HttpMethod[] = [
  'get',
  'post',
  'put',
  'patch',
  'delete',
];

/** Every operation of the test app's OpenAPI document (`GET /api/docs-json`), `$ref`s resolved. */
export async function readOperations(t: TestApp): Promise<Operation[]> {
  const response = await t.http.get('/api/docs-json');
  if (response.status !== 200)
    throw new Error(`GET /api/docs-json answered ${response.status}`);
  const document = response.body as OpenApiDocument;
  const schemas = document.components?.schemas ?? {};
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const raw = item[method];
      if (!raw) continue;
      const parameters = raw.parameters ?? [];
      const bodySchema = raw.requestBody?.content?.['application/json']?.schema;
      operations.push({
        method,
        path,
        pathParameters: parameters
          .filter((p) => p.in === 'path')
          .map((p) => p.name),
        queryParameters: parameters
          .filter((p) => p.in === 'query')
          .map((p) => ({
            name: p.name,
            schema: resolve(p.schema ?? {}, schemas),
          })),
        body: bodySchema
          ? {
              name: refName(bodySchema) ?? 'inline',
              schema: resolve(bodySchema, schemas),
            }
          : null,
        secured: (raw.security ?? []).length > 0,
        label: `${method.toUpperCase()} ${path}`,
      });
    }
  }
  return operations;
}

function refName(schema: Schema): string | null {
  return schema.$ref ? schema.$ref.replace('#/components/schemas/', '') : null;
}

/** Inlines `$ref` and single-entry `allOf`, keeping the referring schema's own keywords (nullable). */
function resolve(
  schema: Schema,
  schemas: Record<string, Schema>,
  depth = 0,
): Schema {
  if (depth > 8) return schema;
  const name = refName(schema);
  const own: Schema = { ...schema };
  delete own.$ref;
  delete own.allOf;
  const allOf = schema.allOf;
  let resolved: Schema = name ? { ...(schemas[name] ?? {}), ...own } : own;
  if (allOf?.length === 1)
    resolved = { ...resolve(allOf[0], schemas, depth + 1), ...resolved };
  if (resolved.properties) {
    resolved.properties = Object.fromEntries(
      Object.entries(resolved.properties).map(([key, value]) => [
        key,
        resolve(value, schemas, depth + 1),
      ]),
    );
  }
  if (resolved.items)
    resolved.items = resolve(resolved.items, schemas, depth + 1);
  return resolved;
}
