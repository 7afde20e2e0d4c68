import type { Request } from 'express';

/**
 * What the exception filter calls when a request is refused with 403, so that a refusal
 * leaves a row in the audit trail (42 CFR Part 2: attempts on records are accounted for).
 * Declared here, provided by the audit module: core does not depend on features.
 */
export abstract class AccessRefusals {
  abstract record(request: Request): Promise<void>;
}
