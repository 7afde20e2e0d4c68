import type {
  OverdoseResponse,
  OverdoseStep,
} from '@casebook/shared/contracts';
import { deepFreeze } from '../util/deep-freeze';

/**
 * The overdose-now guide: a caller with someone unresponsive or not breathing. The steps
 * and their order follow the SAMHSA Opioid Overdose Prevention Toolkit (2018, "Five
 * essential steps for first responders": call 911, check for signs of overdose, give
 * naloxone, support breathing, monitor; a second dose when there is no response within
 * 2–3 minutes; stay, as naloxone can wear off) and its 2023 update, the Overdose
 * Prevention and Response Toolkit. The xylazine note follows the CDC, "What you should
 * know about xylazine" (2024). The counselor may call 911 for the caller: our choice
 * (ADR 25), as the issue asks.
 */
export interface OverdoseGuideStep {
  readonly step: OverdoseStep;
  readonly title: string;
  readonly say: string;
}

export const OVERDOSE_GUIDE_SOURCE =
  'SAMHSA Opioid Overdose Prevention Toolkit (2018) and Overdose Prevention and Response Toolkit (2023)';

export const OVERDOSE_GUIDE: readonly OverdoseGuideStep[] = deepFreeze([
  {
    step: 'call-911',
    title: 'Call 911',
    say: 'Call 911 now, or tell the caller you are calling. All they need to say: someone is unresponsive and not breathing, and the exact address.',
  },
  {
    step: 'check-responsiveness',
    title: 'Check responsiveness and breathing',
    say: 'Shout their name and rub your knuckles hard on the breastbone. Are they breathing? Are the lips or fingernails blue or purple?',
  },
  {
    step: 'give-naloxone',
    title: 'Give naloxone',
    say: 'Give naloxone (Narcan) now, as the package shows: for the nasal spray, one spray into one nostril.',
  },
  {
    step: 'support-breathing',
    title: 'Rescue breathing or recovery position',
    say: 'Not breathing: give rescue breaths if you know how. Breathing: turn them on their side, in the recovery position, so they do not choke.',
  },
  {
    step: 'second-dose',
    title: 'Second dose after 2–3 minutes',
    say: 'No response after 2–3 minutes: give a second dose of naloxone.',
  },
  {
    step: 'stay-until-help',
    title: 'Stay until help arrives',
    say: 'Stay with them until help arrives. Naloxone can wear off before the opioid does, and they may stop breathing again.',
  },
]);

export const OVERDOSE_XYLAZINE_NOTE = deepFreeze({
  text: 'If xylazine ("tranq") may be in the drugs: still give naloxone. Xylazine is not an opioid, so the person may stay sedated after naloxone: what matters is that they breathe.',
  source: 'CDC, What you should know about xylazine (2024)',
});

/** How far the guide has gone: the board and the call record show it. */
export function overdoseProgress(response: OverdoseResponse): {
  done: number;
  of: number;
  last: { title: string; doneAt: string } | null;
} {
  const last = [...response.steps]
    .sort((a, b) => Date.parse(a.doneAt) - Date.parse(b.doneAt))
    .pop();
  const title = last
    ? (OVERDOSE_GUIDE.find((s) => s.step === last.step)?.title ?? last.step)
    : null;
  return {
    done: response.steps.length,
    of: OVERDOSE_GUIDE.length,
    last: last && title ? { title, doneAt: last.doneAt } : null,
  };
}
