import type {
  EmergencyDisclosure,
  FieldError,
} from '@casebook/shared/contracts';
import {
  CLOCK_SKEW_TOLERANCE_MINUTES,
  DISCLOSURE_NATURE_MAX_LENGTH,
  DISCLOSURE_RECIPIENT_MAX_LENGTH,
  lengthProblem,
} from '../limits/record-limits';
import { toEpochMs } from '../util/timestamp';

/*
 * Why these fields: the records are 42 CFR Part 2 records (DESIGN.md). Part 2 allows
 * disclosure without consent to medical personnel in a bona fide medical emergency,
 * and 42 CFR § 2.51(c) requires the program to document, immediately after, the name
 * and affiliation of the recipient, the name of the individual making the disclosure,
 * the date and time, and the nature of the emergency. Those are the fields of
 * `EmergencyDisclosure`: who, to whom, when, why.
 */

/** Field labels as the form shows them, so messages read the same on both sides. */
const LABELS: Readonly<Record<keyof EmergencyDisclosure, string>> = {
  disclosedByUserId: 'Who disclosed',
  recipientName: 'Recipient’s name',
  recipientAffiliation: 'Recipient’s service or facility',
  disclosedAt: 'Time of disclosure',
  natureOfEmergency: 'Nature of the emergency',
};

/** Longest user id accepted; ids are UUIDs (36 characters), 64 leaves room without inviting abuse. */
const USER_ID_MAX_LENGTH = 64;

/**
 * Problems with an emergency disclosure from a client, one per bad field (named as
 * the client sent it), or an empty list. `now` is the server's clock (or the
 * form's): a disclosure time more than the allowed clock skew in the future is
 * refused, as the disclosure has, by definition, already happened.
 *
 * Checks that the user exists, and that the disclosure time falls within the call,
 * need the database and are the API's job.
 */
export function emergencyDisclosureProblems(
  input: unknown,
  now: Date,
): FieldError[] {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return [
      {
        field: 'emergencyDisclosure',
        message: 'the emergency disclosure must be an object',
      },
    ];
  }
  const value = input as Record<string, unknown>;
  const problems: FieldError[] = [];
  const known = new Set<string>(Object.keys(LABELS));
  for (const key of Object.keys(value)) {
    if (!known.has(key)) {
      problems.push({ field: key, message: `unknown field "${key}"` });
    }
  }
  checkText(problems, value, 'disclosedByUserId', USER_ID_MAX_LENGTH);
  checkText(problems, value, 'recipientName', DISCLOSURE_RECIPIENT_MAX_LENGTH);
  checkText(
    problems,
    value,
    'recipientAffiliation',
    DISCLOSURE_RECIPIENT_MAX_LENGTH,
  );
  checkText(problems, value, 'natureOfEmergency', DISCLOSURE_NATURE_MAX_LENGTH);

  const at = toEpochMs(value['disclosedAt']);
  if (
    value['disclosedAt'] === undefined ||
    value['disclosedAt'] === null ||
    value['disclosedAt'] === ''
  ) {
    problems.push({
      field: 'disclosedAt',
      message: `${LABELS.disclosedAt} is required`,
    });
  } else if (at === null) {
    problems.push({
      field: 'disclosedAt',
      message: `${LABELS.disclosedAt} must be an ISO-8601 date-time with a time zone`,
    });
  } else if (at > now.getTime() + CLOCK_SKEW_TOLERANCE_MINUTES * 60_000) {
    problems.push({
      field: 'disclosedAt',
      message: `${LABELS.disclosedAt} cannot be in the future`,
    });
  }
  return problems;
}

function checkText(
  problems: FieldError[],
  value: Record<string, unknown>,
  field: keyof EmergencyDisclosure,
  max: number,
): void {
  const text = value[field];
  if (text === undefined || text === null) {
    problems.push({ field, message: `${LABELS[field]} is required` });
    return;
  }
  if (typeof text !== 'string') {
    problems.push({ field, message: `${LABELS[field]} must be text` });
    return;
  }
  const problem = lengthProblem(LABELS[field], text, max, 1);
  if (problem) {
    problems.push({ field, message: problem });
  }
}
