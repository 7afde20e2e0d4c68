import type { Database } from 'better-sqlite3';
import {
  handleSeconds,
  ROLLUP_COLUMNS,
  ROLLUP_GRAINS,
  sqliteTime,
  type RollupDimension,
  type RollupGrain,
} from '@casebook/api/core';
import type { SyntheticCall } from './synthetic-rows';

interface Counts {
  tally: number;
  handleSeconds: number;
  highRisk: number;
  referrals: number;
}

/**
 * The report rollups of seeded calls, counted in memory while the calls are written. The
 * SQL that finalize runs would take half a minute over a million calls; this takes a
 * second. synthetic-history.spec.ts checks both give the same rows.
 */
export class RollupAccumulator {
  private readonly buckets: Record<RollupGrain, Map<string, Counts>> = {
    day: new Map(),
    hour: new Map(),
  };
  private readonly slots = new Map<string, number>();

  add(call: SyntheticCall): void {
    const time = sqliteTime(call.startedAt);
    const referrals = JSON.parse(call.referrals) as { type: string }[];
    const whole: Counts = {
      tally: 1,
      handleSeconds: handleSeconds(call.startedAt, call.endedAt) ?? 0,
      highRisk: call.riskLevel === 'high' ? 1 : 0,
      referrals: referrals.length,
    };
    const items: [RollupDimension, string, Counts?][] = [
      ['all', '', whole],
      ['counselor', call.counselorId, whole],
      ['direction', call.direction],
      ['case', call.caseId ? 'linked' : 'none'],
      ['outcome', call.outcome ?? 'none'],
      ['risk', call.riskLevel ?? 'not-screened'],
      ...(JSON.parse(call.symptoms) as { symptomIds: string[] }).symptomIds.map((id): [RollupDimension, string] => [
        'symptom',
        id,
      ]),
      ...referrals.map((referral): [RollupDimension, string] => ['referral', referral.type]),
    ];
    if (call.assessment) {
      items.push(['severity', `${call.assessment.instrument}:${call.assessment.severity ?? 'partial'}`]);
    }
    for (const [grain, bucket] of [
      ['day', time.slice(0, 10)],
      ['hour', time.slice(0, 13)],
    ] as const) {
      for (const [dimension, item, counts] of items) {
        add(
          this.buckets[grain],
          `${bucket}\u0000${dimension}\u0000${item}`,
          counts ?? { tally: 1, handleSeconds: 0, highRisk: 0, referrals: 0 },
        );
      }
    }
    const slot = `${time.slice(0, 14)}${String(Math.floor(call.startedAt.getUTCMinutes() / 15) * 15).padStart(2, '0')}`;
    this.slots.set(slot, (this.slots.get(slot) ?? 0) + 1);
  }

  /** Adds the counts to the rollups already stored (a seed may extend a database). */
  write(db: Database): void {
    for (const grain of ['day', 'hour'] as const) {
      const { table, bucket } = ROLLUP_GRAINS[grain];
      const upsert = db.prepare(
        `INSERT INTO ${table} (${bucket}, ${ROLLUP_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?) ` +
          `ON CONFLICT (${bucket}, dimension, item) DO UPDATE SET tally = tally + excluded.tally, ` +
          `handle_seconds = handle_seconds + excluded.handle_seconds, high_risk = high_risk + excluded.high_risk, ` +
          `referrals = referrals + excluded.referrals`,
      );
      for (const [key, counts] of this.buckets[grain]) {
        const [at, dimension, item] = key.split('\u0000');
        upsert.run(at, dimension, item, counts.tally, counts.handleSeconds, counts.highRisk, counts.referrals);
      }
    }
    const slot = db.prepare(
      'INSERT INTO report_slots (slot, calls) VALUES (?, ?) ON CONFLICT (slot) DO UPDATE SET calls = calls + excluded.calls',
    );
    for (const [at, calls] of this.slots) slot.run(at, calls);
  }
}

function add(map: Map<string, Counts>, key: string, counts: Counts): void {
  const sum = map.get(key);
  if (!sum) {
    map.set(key, { ...counts });
    return;
  }
  sum.tally += counts.tally;
  sum.handleSeconds += counts.handleSeconds;
  sum.highRisk += counts.highRisk;
  sum.referrals += counts.referrals;
}
