import type { ReferralType } from '@casebook/shared/contracts';

/** How each referral type is named to people (call records, the directory, reports). */
export const REFERRAL_TYPE_LABELS: Readonly<Record<ReferralType, string>> = {
  detox: 'Detox',
  buprenorphine: 'Buprenorphine',
  methadone: 'Methadone',
  naloxone: 'Naloxone',
  'peer-support': 'Peer support',
  shelter: 'Shelter',
  'crisis-line': 'Crisis line',
  other: 'Other',
};
