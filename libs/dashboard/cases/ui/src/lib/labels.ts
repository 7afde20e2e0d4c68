import type {
  CallDirection,
  CallOutcome,
  CaseStatus,
  RiskLevel,
} from '@casebook/shared/contracts';

/** How each value is named to people. */
export const CASE_STATUS_LABELS: Readonly<Record<CaseStatus, string>> = {
  open: 'Open',
  closed: 'Closed',
};

/** How each substance is named (the domain's list, shared with the call screen). */
export { SUBSTANCE_LABELS as PRIMARY_SUBSTANCE_LABELS } from '@casebook/shared/domain';

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
