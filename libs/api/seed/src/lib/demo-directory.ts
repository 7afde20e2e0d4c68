import type { CreateResourceRequest } from '@casebook/shared/contracts';

/** What every demo entry's notes say first, so nobody refers a caller to it. */
export const DEMO_ENTRY_NOTE =
  'Demo entry: a fictional service for trying Casebook, not a real place to refer anyone.';

/**
 * Local services for the demo directory (issue 12 item 7, ADR 35). Every one is invented:
 * named "Demo …", marked in its notes, with a 555-01xx number (the range North America
 * reserves for fiction). Several languages, so the directory's language search can be
 * tried ("spanish", "vietnamese"). The real national lines come from migration 1764800000000.
 */
export const DEMO_DIRECTORY: readonly (CreateResourceRequest & {
  languages: string[];
})[] = [
  {
    name: 'Demo Riverside Withdrawal Center',
    type: 'detox',
    phone: '+13125550131',
    hours: '24/7, admissions by phone first',
    languages: ['English', 'Spanish'],
    notes: `${DEMO_ENTRY_NOTE} Medically supervised withdrawal; call ahead for a bed.`,
  },
  {
    name: 'Demo Clínica Esperanza (buprenorphine)',
    type: 'buprenorphine',
    phone: '+13125550132',
    hours: 'Mon–Sat 8:00–18:00, same-day starts until 15:00',
    languages: ['Spanish', 'English'],
    notes: `${DEMO_ENTRY_NOTE} Spanish-speaking prescribers.`,
  },
  {
    name: 'Demo Lakeview Methadone Program',
    type: 'methadone',
    phone: '+13125550133',
    hours: 'Mon–Fri 6:00–14:00, Sat 7:00–11:00',
    languages: ['English', 'Vietnamese'],
    notes: DEMO_ENTRY_NOTE,
  },
  {
    name: 'Demo Harm Reduction Hub (naloxone)',
    type: 'naloxone',
    phone: '+13125550134',
    hours: 'Daily 10:00–20:00, walk-in',
    languages: ['English', 'Spanish', 'Haitian Creole'],
    notes: `${DEMO_ENTRY_NOTE} Free naloxone kits and test strips.`,
  },
  {
    name: 'Demo Peer Recovery Line',
    type: 'peer-support',
    phone: '+13125550135',
    hours: 'Daily 9:00–23:00',
    languages: ['English', 'Arabic'],
    notes: DEMO_ENTRY_NOTE,
  },
];
