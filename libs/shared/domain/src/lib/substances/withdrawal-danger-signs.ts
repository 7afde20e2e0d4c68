import type { WithdrawalDangerSign } from '@casebook/shared/contracts';
import { deepFreeze } from '../util/deep-freeze';

/**
 * The danger signs asked about when alcohol, benzodiazepines or an unnamed substance may be
 * in withdrawal. The list is the (issue 9), within what the sources describe:
 * withdrawal seizures and delirium tremens (Bayard et al., Am Fam Physician 2004; the FDA
 * 2020 benzodiazepine boxed warning). That any one sign means 911 is the helpline's rule
 * (ADR 25), not a source's.
 */
export const WITHDRAWAL_DANGER_SIGN_LABELS: Readonly<
  Record<WithdrawalDangerSign, string>
> = deepFreeze({
  seizure: 'A seizure (fit)',
  hallucinations:
    'Hallucinations: seeing, hearing or feeling things that are not there',
  confusion: 'Confusion',
  fever: 'Fever',
  'severe-tremor': 'Severe shaking',
});

export const WITHDRAWAL_EMERGENCY_STEPS = deepFreeze({
  title: 'Danger sign: call 911',
  steps: [
    'Call 911 now, or have the caller call: say what the person uses and the sign you heard.',
    'Stay on the line until help arrives; do not leave the person alone.',
  ],
  source:
    'Our rule (ADR 25) on Bayard et al., Am Fam Physician 2004, and the US FDA benzodiazepine boxed warning, 2020',
});
