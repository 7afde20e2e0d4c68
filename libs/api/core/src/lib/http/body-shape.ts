import type { NextFunction, Request, Response } from 'express';
import type { ApiError } from '@casebook/shared/contracts';

/** No request of ours nests deeper than a handful of levels; this leaves room and stops recursion blowing the stack. */
export const MAX_BODY_DEPTH = 32;

/** A surrogate code unit not part of a pair: with the `u` flag, a pair reads as one code point. */
const LONE_SURROGATE = /\p{Cs}/u;

/** Why a parsed body is refused, and where: the dotted path of the field, as the validation errors name them. */
export interface BodyShapeProblem {
  field: string;
  message: string;
}

/**
 * Walks a parsed JSON body without recursion (a deep body must not overflow the stack that
 * checks it) and finds the first value nested too deeply or text that is not valid Unicode
 * (a lone surrogate would be stored as U+FFFD: the note would silently differ).
 */
export function bodyShapeProblem(body: unknown): BodyShapeProblem | null {
  const pending: { value: unknown; path: string; depth: number }[] = [{ value: body, path: '', depth: 0 }];
  while (pending.length) {
    const { value, path, depth } = pending.pop() as { value: unknown; path: string; depth: number };
    if (typeof value === 'string') {
      if (LONE_SURROGATE.test(value)) return { field: path || 'body', message: `${path || 'body'} is not valid Unicode text` };
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_BODY_DEPTH) {
      return { field: path || 'body', message: `The request body is nested more than ${MAX_BODY_DEPTH} levels deep` };
    }
    for (const [key, child] of Object.entries(value)) {
      const childPath = path ? `${path}.${key}` : key;
      if (LONE_SURROGATE.test(key)) return { field: path || 'body', message: `${path || 'body'} has a field name that is not valid Unicode` };
      pending.push({ value: child, path: childPath, depth: depth + 1 });
    }
  }
  return null;
}

/** Express middleware after the JSON parser: a body of the wrong shape gets a 400 naming the field. */
export function bodyShapeGuard(req: Request, res: Response, next: NextFunction): void {
  const problem = bodyShapeProblem(req.body);
  if (!problem) return next();
  res.status(400).json({
    statusCode: 400,
    error: 'Bad Request',
    message: `Invalid request: ${problem.message}`,
    fields: [problem],
  } satisfies ApiError);
}

/** Records of people in crisis are never kept in a browser's or proxy's cache (shared workstations). */
export function noStore(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader('Cache-Control', 'no-store');
  next();
}
