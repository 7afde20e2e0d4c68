import type { Substance } from '@casebook/shared/contracts';

/** How each substance is named on every screen (one list, so the case and the call agree). */
export const SUBSTANCE_LABELS: Readonly<Record<Substance, string>> = {
  heroin: 'Heroin',
  fentanyl: 'Fentanyl',
  'prescription-opioids-ir': 'Prescription opioids, immediate-release',
  'prescription-opioids-er': 'Prescription opioids, extended-release',
  'prescription-opioids': 'Prescription opioids, release not known',
  methadone: 'Methadone',
  buprenorphine: 'Buprenorphine',
  alcohol: 'Alcohol',
  benzodiazepines: 'Benzodiazepines (such as Xanax, Valium)',
  stimulants: 'Stimulants (such as cocaine, methamphetamine)',
  xylazine: 'Xylazine ("tranq") in the supply',
  other: 'Other substance',
  unknown: 'Not known',
};
