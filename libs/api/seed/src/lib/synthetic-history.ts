import {
  cssrsRisk,
  SOWS,
  SOWS_ITEM_IDS,
  scoreAssessment,
  SYMPTOM_CATALOGUE,
} from '@casebook/shared/domain';
import { SeededRandom } from './random';
import type {
  SyntheticAssessment,
  SyntheticCall,
  SyntheticCaseHistory,
} from './synthetic-rows';

export interface HistoryOptions {
  cases: number;
  calls: number;
  seed: number;
  /** The history ends here and reaches one year back. */
  end: Date;
  counselorIds: readonly string[];
  /** First case number; case numbers are C-<n>. */
  firstCaseNumber: number;
}

const HOUR = 3_600_000;
const YEAR = 365 * 24 * HOUR;
const FIRST_NAMES = [
  'Sam',
  'Alex',
  'Jordan',
  'Taylor',
  'Casey',
  'Riley',
  'Morgan',
  'Jamie',
  'Robin',
  'Avery',
  'Quinn',
  'Dana',
  'Chris',
  'Pat',
  'Lee',
  'Kim',
  'Jesse',
  'Drew',
  'Rene',
  'Noor',
  'Mateo',
  'Lucia',
  'Andre',
  'Mei',
  'Tariq',
  'Ines',
  'Kofi',
  'Sofia',
  'Omar',
  'Hana',
];
const AREA_CODES = [
  '212',
  '312',
  '415',
  '503',
  '617',
  '702',
  '206',
  '303',
  '404',
  '512',
  '602',
  '713',
  '215',
  '313',
  '614',
];
const ALERTS = [
  'Prefers Spanish',
  'Ask for Sam',
  'Call back after 6 pm only',
  'Hard of hearing: speak slowly',
  'Family phone: ask for the caller by name',
  'Prefers text follow-up',
];
const SUBSTANCES = [
  ['fentanyl', 50],
  ['heroin', 25],
  ['prescription-opioids', 15],
  ['methadone', 4],
  ['buprenorphine', 3],
  ['unknown', 3],
] as const;
const OUTCOMES = [
  ['support-given', 40],
  ['information-given', 20],
  ['referred', 25],
  ['callback-planned', 8],
  ['caller-disconnected', 5],
  ['emergency-services', 2],
] as const;
const REFERRALS = [
  'detox',
  'buprenorphine',
  'methadone',
  'naloxone',
  'peer-support',
  'shelter',
  'crisis-line',
] as const;
/** Calls come in more in the evening and at night: weight per hour of the day. */
const HOUR_WEIGHTS = [
  5, 4, 3, 3, 2, 2, 3, 4, 5, 6, 6, 6, 6, 6, 6, 7, 7, 8, 9, 10, 10, 9, 8, 6,
].map((w, h) => [h, w] as const);
/** Hours since last use when people call: most in the first days of withdrawal. */
const HOURS_SINCE_USE: readonly (readonly [
  readonly [number, number],
  number,
])[] = [
  [[2, 12], 20],
  [[12, 24], 20],
  [[24, 72], 35],
  [[72, 240], 17],
  [[240, 1000], 8],
];

/**
 * Synthetic cases and call histories for demos and benchmarks — no real person behind any
 * row. Symptom scores follow a made-up intensity curve shaped like DESIGN.md's timeline
 * (rising from about 6 h, peaking 24–72 h, easing by 10 days, cravings lingering); it is
 * a plausible-looking shape for screens and load, not clinical data.
 */
export function* syntheticHistory(
  options: HistoryOptions,
): Generator<SyntheticCaseHistory> {
  const random = new SeededRandom(options.seed);
  const counts = callsPerCase(options.cases, options.calls, random);
  const phones = Array.from(
    { length: Math.max(1, Math.ceil(options.cases * 0.9)) },
    () => phoneNumber(random),
  );
  const endMs = options.end.getTime();
  for (let index = 0; index < options.cases; index++) {
    const caseId = uuid(random);
    const substance = random.weighted(SUBSTANCES);
    const firstCall = endMs - random.next() * YEAR;
    const createdBy = random.pick(options.counselorIds);
    const times = Array.from({ length: counts[index] }, () =>
      atBusyHour(
        random,
        firstCall + random.next() * (endMs - firstCall),
        endMs,
      ),
    ).sort((a, b) => a - b);
    const calls = times.map((time) =>
      syntheticCall(random, caseId, time, options.counselorIds),
    );
    const last = calls[calls.length - 1];
    const latest =
      [...calls]
        .reverse()
        .find((call) => call.assessment?.status === 'complete')?.assessment ??
      null;
    yield {
      caseRow: {
        id: caseId,
        caseNumber: `C-${options.firstCaseNumber + index}`,
        alias: `${random.pick(FIRST_NAMES)} ${String.fromCharCode(65 + random.int(0, 25))}.`,
        phone: random.chance(0.85) ? random.pick(phones) : null,
        status:
          last &&
          endMs - last.startedAt.getTime() > 90 * 24 * HOUR &&
          random.chance(0.5)
            ? 'closed'
            : 'open',
        alert: random.chance(0.12) ? random.pick(ALERTS) : null,
        primarySubstance: substance,
        lastUseAt: last?.lastUseAt ?? null,
        lastCallAt: last?.startedAt ?? null,
        latestInstrument: latest ? 'sows' : null,
        latestTotal: latest?.total ?? null,
        latestSeverity: latest?.severity ?? null,
        latestRecordedAt: latest?.recordedAt ?? null,
        createdBy,
        createdAt: new Date(calls[0]?.startedAt.getTime() ?? firstCall),
      },
      calls,
    };
  }
}

function syntheticCall(
  random: SeededRandom,
  caseId: string,
  startMs: number,
  counselorIds: readonly string[],
): SyntheticCall {
  const [low, high] = random.weighted(HOURS_SINCE_USE);
  const hours = low + random.next() * (high - low);
  const startedAt = new Date(startMs);
  const endedAt = new Date(
    startMs + random.int(3, 40) * 60_000 + random.int(0, 59) * 1000,
  );
  const lastUseAt = new Date(startMs - hours * HOUR);
  const risk = riskScreen(random);
  const outcome = random.weighted(OUTCOMES);
  const referrals =
    outcome === 'referred' ? [{ type: random.pick(REFERRALS) }] : [];
  const naloxone = hours >= 72 || random.chance(0.3);
  return {
    id: uuid(random),
    caseId,
    counselorId: random.pick(counselorIds),
    direction: random.chance(0.9) ? 'inbound' : 'outbound',
    startedAt,
    endedAt,
    notes: 'Synthetic demo call: no real caller.',
    lastUseAt,
    symptoms: JSON.stringify({ symptomIds: symptoms(random, hours) }),
    risk: risk
      ? JSON.stringify({ answers: risk.answers, emergencyDisclosure: null })
      : null,
    riskLevel: risk?.level ?? null,
    // riskScreen only makes complete screens.
    riskComplete: risk !== null,
    outcome,
    referrals: JSON.stringify(referrals),
    naloxoneDiscussed: naloxone,
    overdoseEducationGiven: naloxone && random.chance(0.8),
    assessment: random.chance(0.75)
      ? sowsAssessment(random, lastUseAt, new Date(startMs + 2 * 60_000))
      : null,
  };
}

/** A made-up withdrawal intensity 0–1 by hours since last use (see the generator's comment). */
function intensity(hours: number): number {
  if (hours < 6) return 0.05;
  if (hours < 24) return 0.05 + ((hours - 6) / 18) * 0.7;
  if (hours < 72) return 0.8;
  if (hours < 240) return 0.8 - ((hours - 72) / 168) * 0.6;
  return 0.15;
}

function sowsAssessment(
  random: SeededRandom,
  lastUseAt: Date,
  recordedAt: Date,
): SyntheticAssessment {
  const hours = (recordedAt.getTime() - lastUseAt.getTime()) / HOUR;
  const level = intensity(hours);
  const partial = random.chance(0.05);
  const answers: Record<string, number> = {};
  SOWS_ITEM_IDS.forEach((id, index) => {
    if (partial && index >= 10) return;
    // Cravings ("I feel like using now") outlast the physical symptoms.
    const itemLevel = id === 'likeUsingNow' ? Math.max(level, 0.5) : level;
    answers[id] = Math.max(
      0,
      Math.min(4, Math.round(itemLevel * 2.3 + random.noise() * 0.9)),
    );
  });
  const outcome = scoreAssessment('sows', answers);
  if (!outcome.ok) throw new Error('synthetic SOWS answers out of range');
  const score = outcome.score;
  return {
    id: uuid(random),
    instrument: 'sows',
    answers: JSON.stringify(answers),
    status: score.status,
    answered: score.status === 'complete' ? SOWS.items.length : score.answered,
    itemCount: SOWS.items.length,
    total: score.status === 'complete' ? score.total : null,
    severity: score.status === 'complete' ? score.band.severity : null,
    recordedAt,
    hoursSinceLastUse: hours,
  };
}

function symptoms(random: SeededRandom, hours: number): string[] {
  const chosen = new Set<string>();
  const count = Math.round(intensity(hours) * 6 + random.next() * 2);
  for (let i = 0; i < count; i++) chosen.add(random.pick(SYMPTOM_CATALOGUE).id);
  if (hours >= 72 && random.chance(0.6)) chosen.add('cravings');
  return [...chosen];
}

/** The C-SSRS screener on about 70% of calls, answered as the skip rules allow. */
function riskScreen(
  random: SeededRandom,
): { answers: Record<string, boolean>; level: string } | null {
  if (!random.chance(0.7)) return null;
  const answers: Record<string, boolean> = {
    q1: random.chance(0.15),
    q2: random.chance(0.08),
  };
  if (answers['q2']) {
    answers['q3'] = random.chance(0.5);
    answers['q4'] = random.chance(0.25);
    answers['q5'] = random.chance(0.15);
  }
  answers['q6'] = random.chance(0.06);
  if (answers['q6']) answers['q6Recent'] = random.chance(0.4);
  const outcome = cssrsRisk(answers);
  if (!outcome.ok || outcome.status !== 'complete')
    throw new Error('synthetic risk screen incomplete');
  return { answers, level: outcome.level };
}

/** Splits `calls` over `cases` with a long tail: a few people call often, most once or twice. */
function callsPerCase(
  cases: number,
  calls: number,
  random: SeededRandom,
): number[] {
  const weights = Array.from(
    { length: cases },
    (_, i) => (1 / Math.pow(i + 1, 0.7)) * (0.5 + random.next()),
  );
  const total = weights.reduce((sum, w) => sum + w, 0);
  const counts = weights.map((w) => Math.floor((calls * w) / total));
  let remaining = calls - counts.reduce((sum, c) => sum + c, 0);
  for (let i = 0; remaining > 0; i = (i + 1) % cases, remaining--) counts[i]++;
  return counts;
}

/** A start time moved to a busy hour of its day, and never after the history's end. */
function atBusyHour(random: SeededRandom, ms: number, endMs: number): number {
  const day = Math.floor(ms / (24 * HOUR)) * 24 * HOUR;
  const time =
    day + random.weighted(HOUR_WEIGHTS) * HOUR + random.int(0, 3599) * 1000;
  return time < endMs ? time : time - 24 * HOUR;
}

/** 555-0100 to 555-0199 are the numbers North America reserves for fiction. */
function phoneNumber(random: SeededRandom): string {
  return `+1${random.pick(AREA_CODES)}5550${random.int(100, 199)}`;
}

function uuid(random: SeededRandom): string {
  const hex = Array.from({ length: 32 }, () =>
    Math.floor(random.next() * 16).toString(16),
  );
  hex[12] = '4';
  hex[16] = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}
