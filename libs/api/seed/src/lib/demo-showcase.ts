import type { EntityManager } from 'typeorm';
import type {
  CallbackStatus,
  CallerRelation,
  CallOutcome,
  Substance,
} from '@casebook/shared/contracts';
import { cssrsRisk } from '@casebook/shared/domain';
import { CallbackAttemptEntity, CallbackEntity } from '@casebook/api/callbacks';
import { CallEntity } from '@casebook/api/calls';
import { CaseEntity } from '@casebook/api/cases';
import {
  addToRollups,
  dialectOf,
  handleSeconds,
  toDriverSql,
} from '@casebook/api/core';
import { ResourceEntity } from '@casebook/api/resources';
import { DEMO_DIRECTORY } from './demo-directory';

const HOUR = 3_600_000;
/** Every showcase call lasts 14 minutes (in hours). */
const CALL_HOURS = 14 / 60;

/** Who the showcase's calls and call-backs belong to: the demo counselor, and a supervisor when there is one. */
export interface ShowcaseStaff {
  counselorId: string;
  supervisorId: string | null;
}

interface ShowcaseCall {
  hoursAgo: number;
  relation: CallerRelation;
  substance: Substance;
  coUsed: Substance[];
  hoursSinceUse: number;
  symptoms: string[];
  outcome: CallOutcome;
  /** Directory entries referred to, by their index in DEMO_DIRECTORY. */
  referredTo: number[];
  notes: string;
}

interface ShowcaseCallback {
  /** The case's call it was scheduled on (index into `calls`). */
  fromCall: number;
  /** From now; negative is overdue (or, when done, when it was due). */
  dueInHours: number;
  reason: string;
  assignee: 'counselor' | 'supervisor' | 'team';
  status: CallbackStatus;
}

interface ShowcaseCase {
  alias: string;
  alert: string | null;
  calls: ShowcaseCall[];
  callbacks: ShowcaseCallback[];
}

/**
 * A few hand-written demo cases that show what the synthetic history does not: calls naming
 * fentanyl, heroin and a co-use, a call from a family member, referrals to the demo
 * directory, and call-backs overdue, due soon, open later and done (issue 12 item 7,
 * ADR 35). Times are relative to `now`, so the queues look the same whenever a demo starts.
 */
const SHOWCASE: readonly ShowcaseCase[] = [
  {
    alias: 'Marisol R.',
    alert: 'Prefers Spanish',
    calls: [
      {
        hoursAgo: 26,
        relation: 'self',
        substance: 'fentanyl',
        coUsed: [],
        hoursSinceUse: 30,
        symptoms: ['anxiety', 'sweating', 'insomnia'],
        outcome: 'callback-planned',
        referredTo: [],
        notes:
          'Demo call: no real caller. Second day without using; naloxone and test strips discussed.',
      },
    ],
    callbacks: [
      {
        fromCall: 0,
        dueInHours: -2,
        reason:
          'Demo: check how the second night went; offer the Spanish-speaking clinic.',
        assignee: 'counselor',
        status: 'open',
      },
    ],
  },
  {
    alias: 'Dev P.',
    alert: null,
    calls: [
      {
        hoursAgo: 72,
        relation: 'self',
        substance: 'heroin',
        coUsed: [],
        hoursSinceUse: 10,
        symptoms: ['yawning', 'runny-nose', 'aches'],
        outcome: 'referred',
        referredTo: [0],
        notes:
          'Demo call: no real caller. Wants to stop; referred to the demo withdrawal center.',
      },
      {
        hoursAgo: 3,
        relation: 'family',
        substance: 'heroin',
        coUsed: [],
        hoursSinceUse: 14,
        symptoms: ['restlessness', 'nausea', 'diarrhea'],
        outcome: 'callback-planned',
        referredTo: [],
        notes:
          'Demo call: no real caller. His mother called; he was asleep and will call back with her.',
      },
    ],
    callbacks: [
      {
        fromCall: 0,
        dueInHours: -48,
        reason: 'Demo: did the intake call with the withdrawal center happen?',
        assignee: 'counselor',
        status: 'done',
      },
      {
        fromCall: 1,
        dueInHours: 0.5,
        reason: 'Demo: call the family phone; ask for Dev.',
        assignee: 'team',
        status: 'open',
      },
    ],
  },
  {
    alias: 'Lee K.',
    alert: 'Call back after 6 pm only',
    calls: [
      {
        hoursAgo: 20,
        relation: 'self',
        substance: 'fentanyl',
        coUsed: ['xylazine', 'stimulants'],
        hoursSinceUse: 50,
        symptoms: ['cravings', 'aches', 'appetite-loss'],
        outcome: 'referred',
        referredTo: [3],
        notes:
          'Demo call: no real caller. Fentanyl with xylazine and stimulants; naloxone and wound care discussed.',
      },
    ],
    callbacks: [
      {
        fromCall: 0,
        dueInHours: 20,
        reason: 'Demo: follow up on the naloxone kit pickup.',
        assignee: 'supervisor',
        status: 'open',
      },
    ],
  },
];

/** A C-SSRS screen answered "no" throughout: complete, no risk identified. */
const NO_RISK_ANSWERS = { q1: false, q2: false, q6: false };

/**
 * Writes the demo directory and the showcase cases, calls and call-backs in one
 * transaction, and adds the calls to the report rollups. Ids are fixed: this runs once,
 * on a database that had no cases.
 */
export async function writeShowcase(
  manager: EntityManager,
  staff: ShowcaseStaff,
  now: Date,
): Promise<{
  entries: number;
  cases: number;
  calls: number;
  callbacks: number;
}> {
  const at = (hoursFromNow: number) =>
    new Date(now.getTime() + hoursFromNow * HOUR);
  const resourceIds = DEMO_DIRECTORY.map((_, index) => showcaseId('a', index));
  await manager.insert(
    ResourceEntity,
    DEMO_DIRECTORY.map((entry, index) => ({
      id: resourceIds[index],
      name: entry.name,
      nameSearch: entry.name.toLowerCase(),
      type: entry.type,
      phone: entry.phone ?? null,
      hours: entry.hours ?? null,
      languages: JSON.stringify(entry.languages),
      notes: entry.notes ?? null,
      national: false,
      active: true,
      createdAt: now,
      updatedAt: now,
      version: 1,
    })),
  );
  const risk = cssrsRisk(NO_RISK_ANSWERS);
  if (!risk.ok || risk.status !== 'complete')
    throw new Error('the showcase risk screen must be complete');
  const [counter] = await manager.query(
    `SELECT value FROM counters WHERE name = 'case_number'`,
  );
  const callIds: string[] = [];
  let callbacks = 0;
  for (const [caseIndex, showcase] of SHOWCASE.entries()) {
    const caseId = showcaseId('b', caseIndex);
    const last = showcase.calls[showcase.calls.length - 1];
    await manager.insert(CaseEntity, {
      id: caseId,
      caseNumber: `C-${Number(counter.value) + caseIndex + 1}`,
      alias: showcase.alias,
      aliasSearch: showcase.alias.toLowerCase(),
      phone: null,
      status: 'open',
      alert: showcase.alert,
      primarySubstance: last.substance,
      coUsedSubstances: last.coUsed,
      lastUseAt: at(-last.hoursAgo - last.hoursSinceUse),
      lastCallAt: at(-last.hoursAgo),
      createdBy: staff.counselorId,
      createdAt: at(-showcase.calls[0].hoursAgo),
      updatedAt: at(-last.hoursAgo),
      version: 1,
    });
    const caseCallIds: string[] = [];
    for (const call of showcase.calls) {
      const id = showcaseId('c', callIds.length);
      const startedAt = at(-call.hoursAgo);
      const endedAt = at(-call.hoursAgo + CALL_HOURS);
      await manager.insert(CallEntity, {
        id,
        caseId,
        counselorId: staff.counselorId,
        direction: 'inbound',
        callerRelation: call.relation,
        status: 'final',
        startedAt,
        endedAt,
        handleSeconds: handleSeconds(startedAt, endedAt),
        notes: call.notes,
        lastUseAt: at(-call.hoursAgo - call.hoursSinceUse),
        substance: call.substance,
        coUsedSubstances: call.coUsed,
        withdrawalDangerSigns: [],
        symptoms: JSON.stringify({ symptomIds: call.symptoms }),
        risk: JSON.stringify({
          answers: NO_RISK_ANSWERS,
          emergencyDisclosure: null,
        }),
        riskLevel: risk.level,
        riskComplete: true,
        outcome: call.outcome,
        referrals: JSON.stringify(
          call.referredTo.map((index) => ({
            type: DEMO_DIRECTORY[index].type,
            resourceId: resourceIds[index],
          })),
        ),
        naloxoneDiscussed: true,
        overdoseEducationGiven: true,
        finalizedAt: endedAt,
        createdAt: startedAt,
        updatedAt: endedAt,
        version: 2,
      });
      callIds.push(id);
      caseCallIds.push(id);
    }
    for (const callback of showcase.callbacks) {
      const id = showcaseId('d', callbacks++);
      const dueAt = at(callback.dueInHours);
      // Scheduled as its call ended.
      const createdAt = at(
        -showcase.calls[callback.fromCall].hoursAgo + CALL_HOURS,
      );
      await manager.insert(CallbackEntity, {
        id,
        caseId,
        sourceCallId: caseCallIds[callback.fromCall],
        assignedToId: assigneeId(callback.assignee, staff),
        dueAt,
        reason: callback.reason,
        status: callback.status,
        createdById: staff.counselorId,
        createdAt,
        updatedAt: callback.status === 'done' ? dueAt : createdAt,
        version: callback.status === 'done' ? 2 : 1,
      });
      if (callback.status === 'done') {
        await manager.insert(CallbackAttemptEntity, {
          id: showcaseId('e', callbacks),
          callbackId: id,
          attemptedAt: dueAt,
          byUserId: staff.counselorId,
          result: 'reached',
          callId: null,
          note: 'Demo: reached; the intake is booked.',
        });
      }
    }
  }
  await manager.query(
    `UPDATE counters SET value = ${Number(counter.value) + SHOWCASE.length} WHERE name = 'case_number'`,
  );
  const dialect = dialectOf(manager);
  const added = {
    sql: `c.id IN (${callIds.map(() => '?').join(', ')})`,
    params: callIds,
  };
  for (const statement of addToRollups(dialect, added)) {
    await manager.query(toDriverSql(dialect, statement.sql), statement.params);
  }
  return {
    entries: DEMO_DIRECTORY.length,
    cases: SHOWCASE.length,
    calls: callIds.length,
    callbacks,
  };
}

function assigneeId(
  assignee: ShowcaseCallback['assignee'],
  staff: ShowcaseStaff,
): string | null {
  if (assignee === 'team') return null;
  return assignee === 'supervisor'
    ? (staff.supervisorId ?? staff.counselorId)
    : staff.counselorId;
}

/** Fixed, valid v4-shaped ids: "de30<kind>000-0000-4000-8000-<index>". */
function showcaseId(kind: 'a' | 'b' | 'c' | 'd' | 'e', index: number): string {
  return `de30${kind}000-0000-4000-8000-${String(index).padStart(12, '0')}`;
}
