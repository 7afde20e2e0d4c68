import type { CaseRecord, UpdateCaseRequest } from '@casebook/shared/contracts';

/** The fields of a case a counselor can edit, in the order the form shows them. */
export const CASE_EDITABLE_FIELDS = [
  'alias',
  'phone',
  'primarySubstance',
  'lastUseAt',
  'alert',
  'status',
] as const;
export type CaseEditableField = (typeof CASE_EDITABLE_FIELDS)[number];

/** A value of an editable field; null is "not recorded". */
export type CaseFieldValue = CaseRecord[CaseEditableField];

/**
 * A save refused with 409: the case the edit started from (`base`), the case as someone
 * else left it (`current`, theirs) and the changes that were sent (`attempted`, yours).
 */
export interface CaseConflict {
  base: CaseRecord;
  current: CaseRecord;
  attempted: UpdateCaseRequest;
  /** The server's words, kept for the record; the page explains it in its own. */
  message: string;
}

/** One field of a conflict, for the "what changed" table. */
export interface CaseConflictRow {
  field: CaseEditableField;
  /** The value when the edit started. */
  before: CaseFieldValue;
  /** The value now stored. */
  theirs: CaseFieldValue;
  /** What the edit sets it to; equals `before` when the edit left the field alone. */
  yours: CaseFieldValue;
  theirsChanged: boolean;
  yoursChanged: boolean;
  /** Both changed it, to different values: re-applying yours overwrites theirs. */
  clash: boolean;
}

/**
 * The fields someone else changed, you changed, or both, in form order. Times compare
 * by instant, so "…T10:00:00Z" and "…T10:00:00.000Z" are the same value.
 */
export function conflictRows(conflict: CaseConflict): CaseConflictRow[] {
  const rows: CaseConflictRow[] = [];
  for (const field of CASE_EDITABLE_FIELDS) {
    const before = conflict.base[field];
    const theirs = conflict.current[field];
    const sent = conflict.attempted[field];
    const yoursChanged = sent !== undefined && !sameValue(field, sent, before);
    const yours = sent === undefined ? before : sent;
    const theirsChanged = !sameValue(field, theirs, before);
    if (theirsChanged || yoursChanged) {
      rows.push({
        field,
        before,
        theirs,
        yours,
        theirsChanged,
        yoursChanged,
        clash:
          theirsChanged && yoursChanged && !sameValue(field, theirs, yours),
      });
    }
  }
  return rows;
}

/**
 * "Re-apply mine": the same changes, carrying the version now stored, so the fields you
 * did not touch keep what the other person saved.
 */
export function reapplyChanges(conflict: CaseConflict): UpdateCaseRequest {
  return { ...conflict.attempted, version: conflict.current.version };
}

function sameValue(
  field: CaseEditableField,
  a: CaseFieldValue | undefined,
  b: CaseFieldValue | undefined,
): boolean {
  if (field === 'lastUseAt' && typeof a === 'string' && typeof b === 'string') {
    return Date.parse(a) === Date.parse(b);
  }
  return (a ?? null) === (b ?? null);
}
