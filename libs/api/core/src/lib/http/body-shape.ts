import type { NextFunction, Request, Response } from 'express';
import type { ApiError } from '@casebook/shared/contracts';

/** No request of ours nests deeper than a handful of levels; this leaves room and stops recursion blowing the stack. */
export const MAX_BODY_DEPTH = 32;

/** A surrogate code unit not part of a pair: with the `u` flag, a pair reads as one code point. */
const LONE_SURROGATE = /\p{Cs}/u;
/** NUL means nothing in a record, and PostgreSQL cannot store it in text. */
const NUL = '\u0000';

/** Why a parsed body is refused, and where: the dotted path of the field, as the validation errors name them. */
export interface BodyShapeProblem {
  field: string;
  message: string;
}

/** Why a string — a value, or a field name (`isKey`) — cannot be taken as text. */
function textProblem(
  text: string,
  field: string,
  isKey: boolean,
): BodyShapeProblem | null {
  const subject = isKey ? `${field} has a field name that` : field;
  if (LONE_SURROGATE.test(text))
    return { field, message: `${subject} is not valid Unicode text` };
  if (text.includes(NUL))
    return { field, message: `${subject} contains a NUL character` };
  return null;
}

/**
 * Walks a parsed JSON body without recursion (a deep body must not overflow the stack that
 * checks it) and finds the first value nested too deeply or text that is not valid Unicode
 * (a lone surrogate would be stored as U+FFFD: the note would silently differ; a NUL
 * cannot be stored by PostgreSQL at all).
 */
export function bodyShapeProblem(body: unknown): BodyShapeProblem | null {
  const pending: { value: unknown; path: string; depth: number }[] = [
    { value: body, path: '', depth: 0 },
  ];
  while (pending.length) {
    const { value, path, depth } = pending.pop() as {
      value: unknown;
      path: string;
      depth: number;
    };
    if (typeof value === 'string') {
      const problem = textProblem(value, path || 'body', false);
      if (problem) return problem;
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_BODY_DEPTH) {
      return {
        field: path || 'body',
        message: `The request body is nested more than ${MAX_BODY_DEPTH} levels deep`,
      };
    }
    for (const [key, child] of Object.entries(value)) {
      const childPath = path ? `${path}.${key}` : key;
      const problem = textProblem(key, path || 'body', true);
      if (problem) return problem;
      pending.push({ value: child, path: childPath, depth: depth + 1 });
    }
  }
  return null;
}

/** Express middleware after the JSON parser: a body or query string of the wrong shape gets a 400 naming the field. */
export function bodyShapeGuard(
  req: Request,
  res: Response,
  next: NextFunction,
): void {
  const problem = bodyShapeProblem(req.body) ?? bodyShapeProblem(req.query);
  if (!problem) return next();
  res.status(400).json({
    statusCode: 400,
    error: 'Bad Request',
    message: `Invalid request: ${problem.message}`,
    fields: [problem],
  } satisfies ApiError);
}

/** Records of people in crisis are never kept in a browser's or proxy's cache (shared workstations). */
export function noStore(
  _req: Request,
  res: Response,
  next: NextFunction,
): void {
  res.setHeader('Cache-Control', 'no-store');
  next();
}
