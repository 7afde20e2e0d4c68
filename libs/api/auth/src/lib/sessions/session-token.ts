import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe: unguessable, and short enough for a header. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Tokens are random, so a plain SHA-256 (no salt, no stretching) is enough to store them safely. */
export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
