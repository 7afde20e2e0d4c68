import { SUBSTANCES } from '@casebook/shared/contracts';
import { namesOpioid } from '@casebook/shared/domain';
import type { SqlDialect } from './sql-dialect';

/**
 * The safety figures of a report (issue 9, ADR 29), as conditions on a finalized call
 * `c`. Each becomes an item of the `safety` rollup dimension, so a range's figure is a
 * sum of rollup rows like every other count.
 */
export const SAFETY_ITEMS = [
  'overdose',
  'opioid',
  'opioid-naloxone',
  'screen-complete',
] as const;
export type SafetyItem = (typeof SAFETY_ITEMS)[number];

/**
 * The substances for which the call screen prompts naloxone, taken from the shared rule
 * itself (`namesOpioid`: opioids and xylazine), so the report and the prompt cannot
 * disagree about which calls are opioid calls.
 */
export const NALOXONE_SUBSTANCES: readonly string[] = SUBSTANCES.filter(
  (substance) => namesOpioid({ primary: substance, coUsed: [] }),
);

/** Whether the call names a naloxone substance, as its main substance or a co-used one. */
export function opioidNamedSql(dialect: SqlDialect): string {
  // Inlined, not bound: the ids are the contract's own constants, checked to be plain words.
  if (NALOXONE_SUBSTANCES.some((substance) => !/^[a-z-]+$/.test(substance)))
    throw new Error('unexpected substance id');
  const list = NALOXONE_SUBSTANCES.map((substance) => `'${substance}'`).join(
    ', ',
  );
  return (
    `(c.substance IN (${list}) OR EXISTS (SELECT 1 FROM ${dialect.eachListItem('c.co_used_substances', 'u')} ` +
    `WHERE u.value IN (${list})))`
  );
}

/** The condition a finalized call meets to count in `item`. */
export function safetyCondition(dialect: SqlDialect, item: SafetyItem): string {
  switch (item) {
    case 'overdose':
      return 'c.overdose IS NOT NULL';
    case 'opioid':
      return opioidNamedSql(dialect);
    case 'opioid-naloxone':
      return `${opioidNamedSql(dialect)} AND c.naloxone_discussed = true`;
    case 'screen-complete':
      return 'c.risk_complete = true';
  }
}
