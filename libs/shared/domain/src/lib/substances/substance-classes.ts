import type { Substance } from '@casebook/shared/contracts';

/**
 * How the helpline's guidance groups the recorded substances (issue 9, ADR 25). The
 * grouping follows how withdrawal runs and what makes an overdose likelier; the guidance
 * for each group, with its sources, is in withdrawal/substance-guidance.ts.
 */
export type SubstanceClass =
  | 'short-acting-opioid'
  | 'opioid-release-unknown'
  | 'long-acting-opioid'
  | 'buprenorphine'
  | 'alcohol'
  | 'benzodiazepine'
  | 'stimulant'
  | 'xylazine'
  | 'other'
  | 'unknown';

const CLASS_OF: Readonly<Record<Substance, SubstanceClass>> = {
  heroin: 'short-acting-opioid',
  fentanyl: 'short-acting-opioid',
  'prescription-opioids-ir': 'short-acting-opioid',
  'prescription-opioids': 'opioid-release-unknown',
  'prescription-opioids-er': 'long-acting-opioid',
  methadone: 'long-acting-opioid',
  buprenorphine: 'buprenorphine',
  alcohol: 'alcohol',
  benzodiazepines: 'benzodiazepine',
  stimulants: 'stimulant',
  xylazine: 'xylazine',
  other: 'other',
  unknown: 'unknown',
};

export function substanceClass(substance: Substance): SubstanceClass {
  return CLASS_OF[substance];
}

/** What the caller named on this call: the primary substance first, then the others. */
export interface NamedSubstances {
  readonly primary: Substance | null;
  readonly coUsed: readonly Substance[];
}

export function allNamed({ primary, coUsed }: NamedSubstances): Substance[] {
  return [
    ...(primary ? [primary] : []),
    ...coUsed.filter((substance) => substance !== primary),
  ];
}

const OPIOID_CLASSES: ReadonlySet<SubstanceClass> = new Set([
  'short-acting-opioid',
  'opioid-release-unknown',
  'long-acting-opioid',
  'buprenorphine',
]);

/** An opioid proper (xylazine, a sedative mixed into the opioid supply, is not one). */
export function isOpioid(substance: Substance): boolean {
  return OPIOID_CLASSES.has(substanceClass(substance));
}

/** Depressants whose use with an opioid makes an overdose likelier (see substance-guidance.ts). */
const RAISES_OPIOID_OVERDOSE_RISK: ReadonlySet<SubstanceClass> = new Set([
  'alcohol',
  'benzodiazepine',
  'xylazine',
]);

/** The co-used substances that, with an opioid named, raise the overdose-risk flag. */
export function overdoseRiskCoUse(named: NamedSubstances): Substance[] {
  const all = allNamed(named);
  if (!all.some(isOpioid)) return [];
  return all.filter((substance) =>
    RAISES_OPIOID_OVERDOSE_RISK.has(substanceClass(substance)),
  );
}

/** Withdrawal that can kill: alcohol, benzodiazepines, or a substance not yet named. */
const DANGEROUS_WITHDRAWAL: ReadonlySet<SubstanceClass> = new Set([
  'alcohol',
  'benzodiazepine',
  'other',
]);

/** Whether the danger-sign checklist belongs on the call screen. */
export function asksWithdrawalDangerSigns(named: NamedSubstances): boolean {
  return allNamed(named).some((substance) =>
    DANGEROUS_WITHDRAWAL.has(substanceClass(substance)),
  );
}
