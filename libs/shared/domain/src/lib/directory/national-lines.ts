import { deepFreeze } from '../util/deep-freeze';

/**
 * The fixed ids of the national lines every database carries from migration
 * 1764800000000 (issue 9): screens find them by id, whatever an admin renames them to.
 * The ids end in the line's number only to be recognisable; the number itself lives in
 * the directory entry and may be edited.
 */
export const NATIONAL_LINE_IDS = deepFreeze({
  /** 988 Suicide & Crisis Lifeline. */
  suicideCrisisLifeline: '00000000-0000-4000-8000-000000000988',
  /** SAMHSA's National Helpline. */
  samhsaHelpline: '00000000-0000-4000-8000-018006624357',
  /** Poison Control (Poison Help line). */
  poisonControl: '00000000-0000-4000-8000-018002221222',
} as const);
