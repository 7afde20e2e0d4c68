import type { Database } from 'better-sqlite3';
import { sqliteTime } from '@casebook/api/core';

/**
 * Synthetic counselor accounts the seeded calls are attributed to. Their password hash is
 * not an argon2 hash, so nobody can sign in as them.
 */
export function ensureSeedCounselors(
  db: Database,
  count: number,
  at: Date,
): string[] {
  const insert =
    db.prepare(`INSERT OR IGNORE INTO users (id, username, display_name, role, password_hash, active,
    created_at, updated_at, last_login_at, version) VALUES (?, ?, ?, 'counselor', '!', 1, ?, ?, NULL, 1)`);
  const ids: string[] = [];
  for (let n = 1; n <= count; n++) {
    const number = String(n).padStart(2, '0');
    const id = `5eed0000-0000-4000-8000-0000000000${number}`.slice(0, 36);
    insert.run(
      id,
      `seed.counselor.${number}`,
      `Seed Counselor ${number}`,
      sqliteTime(at),
      sqliteTime(at),
    );
    ids.push(id);
  }
  return ids;
}
