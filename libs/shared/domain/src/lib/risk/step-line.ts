import type { ReferralResource } from '@casebook/shared/contracts';

/**
 * Where a step names a national line: the words before and after it, so the panel can
 * put the directory entry's name and number in between and follow an admin's edit.
 */
export interface StepLine {
  /** The directory entry (one of `NATIONAL_LINE_IDS`). */
  readonly resourceId: string;
  readonly before: string;
  readonly after: string;
}

/** A step whose `text` is the stored wording, shown when the directory cannot give the line. */
export interface StepWithLine {
  readonly text: string;
  readonly line?: StepLine;
}

/** The part of a directory entry a step needs. */
export type LineEntry = Pick<
  ReferralResource,
  'id' | 'name' | 'phone' | 'active'
>;

/** One piece of a step as shown: plain words, or the line's name and stored phone. */
export type StepPart =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'line'; readonly name: string; readonly phone: string };

/**
 * A step as the emergency panels show it: with the named line's name and number from
 * the directory when its entry is there, active and has a phone; otherwise the stored
 * text, so a retired, missing or not-yet-loaded entry never leaves a step empty.
 */
export function stepParts(
  step: StepWithLine,
  entries: readonly LineEntry[],
): readonly StepPart[] {
  const line = step.line;
  const entry = line
    ? entries.find((candidate) => candidate.id === line.resourceId)
    : undefined;
  if (!line || !entry || !entry.active || !entry.phone) {
    return [{ kind: 'text', text: step.text }];
  }
  return [
    { kind: 'text', text: line.before },
    { kind: 'line', name: entry.name, phone: entry.phone },
    { kind: 'text', text: line.after },
  ];
}
