import type {
  CallDirection,
  CallOutcome,
  CaseStatus,
  PrimarySubstance,
  RiskLevel,
} from '@casebook/shared/contracts';

/** How each value is named to people. */
export const CASE_STATUS_LABELS: Readonly<Record<CaseStatus, string>> = {
  open: 'Open',
  closed: 'Closed',
};

export const PRIMARY_SUBSTANCE_LABELS: Readonly<
  Record<PrimarySubstance, string>
> = {
  heroin: 'Heroin',
  fentanyl: 'Fentanyl',
  'prescription-opioids': 'Prescription opioids',
  methadone: 'Methadone',
  buprenorphine: 'Buprenorphine',
  other: 'Other',
  unknown: 'Unknown',
};

/**
 * The substances the withdrawal-phase estimate is for: short-acting opioids (DESIGN.md;
 * `withdrawalPhase` in the domain). For the others it is not shown.
 */
export const SHORT_ACTING_SUBSTANCES: readonly PrimarySubstance[] = [
  'heroin',
  'fentanyl',
];

export const CALL_DIRECTION_LABELS: Readonly<Record<CallDirection, string>> = {
  inbound: 'Inbound',
  outbound: 'Outbound',
};

export const CALL_OUTCOME_LABELS: Readonly<Record<CallOutcome, string>> = {
  'support-given': 'Support given',
  'information-given': 'Information given',
  referred: 'Referred',
  'callback-planned': 'Call-back planned',
  'emergency-services': 'Emergency services',
  'caller-disconnected': 'Caller disconnected',
  'wrong-number': 'Wrong number',
};

export const RISK_LEVEL_LABELS: Readonly<Record<RiskLevel, string>> = {
  none: 'No risk identified',
  low: 'Low risk',
  moderate: 'Moderate risk',
  high: 'High risk',
};
