import type { Database } from 'better-sqlite3';
import {
  handleSeconds,
  ROLLUP_COLUMNS,
  ROLLUP_GRAINS,
  sqliteTime,
  type RollupDimension,
} from '@casebook/api/core';
import type { SyntheticCall } from './synthetic-rows';

interface Counts {
  tally: number;
  handleSeconds: number;
  highRisk: number;
  referrals: number;
}

const QUARTER_HOUR_MS = 15 * 60_000;

/**
 * The report rollups of seeded calls, counted in memory while the calls are written. The
 * SQL that finalize runs would take half a minute over a million calls; this takes
 * seconds. Calls are counted per UTC hour; days are summed from the hours when written.
 * seeded-data.spec.ts checks the rows equal those the SQL gives.
 */
export class RollupAccumulator {
  private readonly hours = new Map<string, Buckets>();
  private readonly slots = new Map<number, number>();

  add(call: SyntheticCall): void {
    const time = sqliteTime(call.startedAt);
    const hourKey = time.slice(0, 13);
    let hour = this.hours.get(hourKey);
    if (!hour) this.hours.set(hourKey, (hour = new Map()));
    const referrals = JSON.parse(call.referrals) as { type: string }[];
    const whole: Counts = {
      tally: 1,
      handleSeconds: handleSeconds(call.startedAt, call.endedAt) ?? 0,
      highRisk: call.riskLevel === 'high' ? 1 : 0,
      referrals: referrals.length,
    };
    addTo(hour, 'all', '', whole);
    addTo(hour, 'counselor', call.counselorId, whole);
    addTo(hour, 'direction', call.direction);
    addTo(hour, 'case', call.caseId ? 'linked' : 'none');
    addTo(hour, 'outcome', call.outcome ?? 'none');
    addTo(hour, 'risk', call.riskLevel ?? 'not-screened');
    // Seeded calls leave the relation to the column's default: the person called.
    addTo(hour, 'relation', 'self');
    // Seeded calls name no substance and report no overdose: of the safety items, only screens.
    if (call.riskComplete) addTo(hour, 'safety', 'screen-complete');
    for (const id of (JSON.parse(call.symptoms) as { symptomIds: string[] })
      .symptomIds)
      addTo(hour, 'symptom', id);
    for (const referral of referrals) addTo(hour, 'referral', referral.type);
    if (call.assessment) {
      addTo(
        hour,
        'severity',
        `${call.assessment.instrument}:${call.assessment.severity ?? 'partial'}`,
      );
    }
    const slot = Math.floor(call.startedAt.getTime() / QUARTER_HOUR_MS) * 15;
    this.slots.set(slot, (this.slots.get(slot) ?? 0) + 1);
  }

  /** Adds the counts to the rollups already stored (a seed may extend a database). */
  write(db: Database): void {
    const days = new Map<string, Buckets>();
    const upsertHour = upsert(db, 'hour');
    for (const [hourKey, hour] of this.hours) {
      const dayKey = hourKey.slice(0, 10);
      let day = days.get(dayKey);
      if (!day) days.set(dayKey, (day = new Map()));
      for (const [dimension, items] of hour) {
        for (const [item, counts] of items) {
          upsertHour(hourKey, dimension, item, counts);
          addTo(day, dimension, item, counts);
        }
      }
    }
    const upsertDay = upsert(db, 'day');
    for (const [dayKey, day] of days) {
      for (const [dimension, items] of day)
        for (const [item, counts] of items)
          upsertDay(dayKey, dimension, item, counts);
    }
    const slot = db.prepare(
      'INSERT INTO report_slots (slot, calls) VALUES (?, ?) ON CONFLICT (slot) DO UPDATE SET calls = calls + excluded.calls',
    );
    for (const [at, calls] of this.slots) slot.run(at, calls);
  }
}

/** Counts of one bucket (an hour or a day), by dimension, then item. */
type Buckets = Map<RollupDimension, Map<string, Counts>>;

const ONE: Counts = { tally: 1, handleSeconds: 0, highRisk: 0, referrals: 0 };

function addTo(
  bucket: Buckets,
  dimension: RollupDimension,
  item: string,
  counts: Counts = ONE,
): void {
  let items = bucket.get(dimension);
  if (!items) bucket.set(dimension, (items = new Map()));
  const sum = items.get(item);
  if (!sum) {
    items.set(item, { ...counts });
    return;
  }
  sum.tally += counts.tally;
  sum.handleSeconds += counts.handleSeconds;
  sum.highRisk += counts.highRisk;
  sum.referrals += counts.referrals;
}

function upsert(
  db: Database,
  grain: 'day' | 'hour',
): (bucket: string, dimension: string, item: string, counts: Counts) => void {
  const { table, bucket } = ROLLUP_GRAINS[grain];
  const statement = db.prepare(
    `INSERT INTO ${table} (${bucket}, ${ROLLUP_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?) ` +
      `ON CONFLICT (${bucket}, dimension, item) DO UPDATE SET tally = tally + excluded.tally, ` +
      `handle_seconds = handle_seconds + excluded.handle_seconds, high_risk = high_risk + excluded.high_risk, ` +
      `referrals = referrals + excluded.referrals`,
  );
  return (at, dimension, item, counts) => {
    statement.run(
      at,
      dimension,
      item,
      counts.tally,
      counts.handleSeconds,
      counts.highRisk,
      counts.referrals,
    );
  };
}
