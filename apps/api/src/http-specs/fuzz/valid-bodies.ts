import { randomUUID } from 'node:crypto';
import { SOWS_ITEM_IDS, SYMPTOM_CATALOGUE } from '@casebook/shared/domain';
import type { Schema } from './openapi-operations';

/** What a valid body refers to: existing records, the clock, and the target's current version. */
export interface BodyRefs {
  now: Date;
  caseId: string;
  finalCallId: string;
  resourceId: string;
  counselorId: string;
  /** The version of the record the path names, when it has one. */
  targetVersion: number | null;
  /** A new number on each call, for unique usernames. */
  unique(): number;
}

/** The account the login fuzzer signs in as, with a wrong password: it may be throttled. */
export const LOGIN_FUZZ_USERNAME = 'fuzz.target';

const minutesFrom = (now: Date, minutes: number) =>
  new Date(now.getTime() + minutes * 60_000).toISOString();

const caseFields = (r: BodyRefs) => ({
  alias: 'Fuzz caller',
  phone: '(312) 555-0142',
  primarySubstance: 'heroin',
  lastUseAt: minutesFrom(r.now, -24 * 60),
  alert: 'Prefers Spanish',
});

const callContent = (r: BodyRefs) => ({
  caseId: r.caseId,
  direction: 'inbound',
  startedAt: minutesFrom(r.now, -10),
  endedAt: minutesFrom(r.now, -1),
  notes: 'Caller asked about detox.',
  lastUseAt: minutesFrom(r.now, -24 * 60),
  assessments: [
    {
      instrument: 'sows',
      answers: Object.fromEntries(SOWS_ITEM_IDS.map((id) => [id, 1])),
    },
  ],
  symptoms: { symptomIds: [SYMPTOM_CATALOGUE[0].id], freeText: 'Tired' },
  risk: { answers: { q1: false, q2: false, q6: false } },
  outcome: 'referred',
  referrals: [
    { type: 'detox', resourceId: r.resourceId, note: 'Gave the number' },
  ],
  naloxoneDiscussed: true,
  overdoseEducationGiven: true,
});

const resourceFields = () => ({
  name: 'Fuzz Detox',
  type: 'detox',
  phone: '(312) 555-0142',
  hours: '24/7',
  languages: ['English', 'Spanish'],
  notes: 'Walk-in until 14',
});

/**
 * Known-valid values per request schema, for the fields a schema alone cannot fill: references
 * to existing records, nested objects the document leaves empty, and the current version.
 */
const FIXTURES: Record<string, (r: BodyRefs) => Record<string, unknown>> = {
  LoginDto: () => ({
    username: LOGIN_FUZZ_USERNAME,
    password: 'not the password at all',
  }),
  CreateUserDto: (r) => ({
    username: `fuzz.user${r.unique()}`,
    displayName: 'Fuzz User',
    role: 'counselor',
    password: 'fuzz password 123456',
  }),
  UpdateUserDto: () => ({
    displayName: 'Fuzz Target',
    role: 'counselor',
    password: 'another fuzz password',
    active: true,
  }),
  CreateCaseDto: (r) => caseFields(r),
  UpdateCaseDto: (r) => ({
    ...caseFields(r),
    status: 'open',
    version: r.targetVersion,
  }),
  CreateCallDto: (r) => ({ id: randomUUID(), ...callContent(r) }),
  UpdateCallDto: (r) => ({ ...callContent(r), version: r.targetVersion }),
  CreateAddendumDto: () => ({ text: 'Caller rang back: safe.' }),
  // The fuzzer's drafts have content: a valid discard is a plain one (ADR 32).
  DiscardCallDto: () => ({ onlyIfEmpty: false }),
  CreateCallbackDto: (r) => ({
    caseId: r.caseId,
    dueAt: minutesFrom(r.now, 60),
    reason: 'Check in',
    assignedToId: r.counselorId,
    sourceCallId: r.finalCallId,
  }),
  UpdateCallbackDto: (r) => ({
    version: r.targetVersion,
    dueAt: minutesFrom(r.now, 120),
    reason: 'Check in again',
    assignedToId: r.counselorId,
    status: 'open',
    attempt: { result: 'no-answer', note: 'Rang out', callId: r.finalCallId },
  }),
  CreateResourceDto: () => resourceFields(),
  UpdateResourceDto: (r) => ({
    ...resourceFields(),
    version: r.targetVersion,
    active: true,
  }),
};

/** The known-valid body of a schema, as the fixture writes it. */
export function fixtureBody(
  name: string,
  refs: BodyRefs,
): Record<string, unknown> {
  return FIXTURES[name]?.(refs) ?? {};
}

/**
 * A valid body for a request schema: every property the schema declares, valued from the
 * fixture when there is one, else from the schema (enum, example, format, type).
 */
export function validBody(
  name: string,
  schema: Schema,
  refs: BodyRefs,
): Record<string, unknown> {
  const fixture = FIXTURES[name]?.(refs) ?? {};
  const body: Record<string, unknown> = {};
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    const value = key in fixture ? fixture[key] : fromSchema(property, refs);
    if (value !== undefined) body[key] = value;
  }
  return body;
}

function fromSchema(schema: Schema, refs: BodyRefs): unknown {
  if (schema.enum?.length) return schema.enum[0];
  if (schema.example !== undefined) return schema.example;
  if (schema.format === 'date-time') return minutesFrom(refs.now, -5);
  if (schema.format === 'uuid') return randomUUID();
  switch (schema.type) {
    case 'string':
      return schema.format === 'password' ? 'fuzz password 123456' : 'fuzz';
    case 'number':
    case 'integer':
      return schema.minimum ?? 1;
    case 'boolean':
      return true;
    case 'array':
      return [];
    case 'object':
      // Swagger says "object" for `string | null` unions: leave such a field out rather than guess.
      return schema.properties && Object.keys(schema.properties).length
        ? {}
        : undefined;
    default:
      return undefined;
  }
}
