import type {
  CallDirection,
  CallerRelation,
  CallOutcome,
  ReferralType,
  RiskLevel,
} from '@casebook/shared/contracts';

/** How each outcome is named on the screen. */
export const OUTCOME_LABELS: Readonly<Record<CallOutcome, string>> = {
  'support-given': 'Support given',
  'information-given': 'Information given',
  referred: 'Referred to a service',
  'callback-planned': 'Call-back planned',
  'emergency-services': 'Emergency services involved',
  'caller-disconnected': 'Caller disconnected',
  'wrong-number': 'Wrong number',
};

/** How each kind of referral is named. */
export const REFERRAL_LABELS: Readonly<Record<ReferralType, string>> = {
  detox: 'Detox / withdrawal management',
  buprenorphine: 'Buprenorphine treatment',
  methadone: 'Methadone treatment',
  naloxone: 'Naloxone (Narcan) supply',
  'peer-support': 'Peer support',
  shelter: 'Shelter / housing',
  'crisis-line': 'Crisis line',
  other: 'Other',
};

/** How each substance is named: one list, in the domain, for the case and the call. */
export { SUBSTANCE_LABELS } from '@casebook/shared/domain';

/** Who is calling, relative to the person the call is about. */
export const CALLER_RELATION_LABELS: Readonly<Record<CallerRelation, string>> =
  {
    self: 'Self',
    family: 'Family',
    friend: 'Friend',
    professional: 'Professional',
    other: 'Other',
  };

export const DIRECTION_LABELS: Readonly<Record<CallDirection, string>> = {
  inbound: 'Inbound',
  outbound: 'Outbound',
};

/** The screener's levels in words (the form's colors only back them up). */
export const RISK_LEVEL_LABELS: Readonly<Record<RiskLevel, string>> = {
  none: 'No risk identified',
  low: 'Low risk',
  moderate: 'Moderate risk',
  high: 'High risk',
};
