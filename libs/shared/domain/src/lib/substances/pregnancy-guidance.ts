import { deepFreeze } from '../util/deep-freeze';

/**
 * What the call screen says when the caller is pregnant (issue 9). ACOG Committee
 * Opinion 711, "Opioid use and opioid use disorder in pregnancy" (2017): for pregnant
 * women with opioid use disorder, opioid agonist pharmacotherapy (methadone or
 * buprenorphine) is the recommended therapy and is preferable to medically supervised
 * withdrawal, which is associated with high relapse rates. That a referral for a
 * pregnant caller is marked priority is the helpline's choice (ADR 25).
 */
export const PREGNANCY_GUIDANCE = deepFreeze({
  title: 'Pregnant: medication treatment is recommended',
  text: 'For opioid use in pregnancy, medication treatment with methadone or buprenorphine is recommended over withdrawal, even medically supervised withdrawal. Do not advise stopping on their own: refer to treatment, marked priority.',
  source: 'ACOG Committee Opinion 711 (2017)',
});
