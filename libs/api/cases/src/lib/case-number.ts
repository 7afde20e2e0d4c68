import type { EntityManager } from 'typeorm';

/**
 * Takes the next case number inside the caller's transaction. The counter row is updated
 * before it is read, so PostgreSQL's row lock (and SQLite's single writer) keeps numbers
 * unique across API instances.
 */
export async function nextCaseNumber(manager: EntityManager): Promise<string> {
  await manager.query(
    `UPDATE counters SET value = value + 1 WHERE name = 'case_number'`,
  );
  const rows: { value: number | string }[] = await manager.query(
    `SELECT value FROM counters WHERE name = 'case_number'`,
  );
  return `C-${Number(rows[0].value)}`;
}

/** "c1042", "C-1042" and "1042" all name case C-1042. */
export function parseCaseNumber(text: string): string | null {
  const match = /^c?-?\s*(\d{4,9})$/i.exec(text.trim());
  return match ? `C-${Number(match[1])}` : null;
}
