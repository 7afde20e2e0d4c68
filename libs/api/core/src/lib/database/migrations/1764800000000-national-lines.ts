import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { NATIONAL_LINE_IDS } from '@casebook/shared/domain';
import { dialectOf, toDriverSql } from '../reporting/sql-dialect';

/** One national line as it goes in: what its own service says, nothing more. */
interface NationalLineRow {
  id: string;
  name: string;
  type: 'crisis-line' | 'other';
  phone: string;
  hours: string;
  languages: string[];
  notes: string;
}

/*
 * Written out here, not read from elsewhere, so this migration inserts the same rows on
 * every database however the code changes later. After it runs they are ordinary
 * directory entries: admins edit or retire them like any other (issue 9, item 7).
 * - 988 Suicide & Crisis Lifeline: call or text 988, 24/7 (988lifeline.org). 988 is a
 *   short dialling code, stored as its digits (ADR 26).
 * - SAMHSA's National Helpline, 1-800-662-4357: free, confidential, 24/7, 365 days a
 *   year, treatment referral and information, in English and Spanish (samhsa.gov/find-help/national-helpline).
 * - Poison Control, 1-800-222-1222: the US national Poison Help line, 24/7 (HRSA, hrsa.gov/poison-control).
 */
const NATIONAL_LINES: readonly NationalLineRow[] = [
  {
    id: NATIONAL_LINE_IDS.suicideCrisisLifeline,
    name: '988 Suicide & Crisis Lifeline',
    type: 'crisis-line',
    phone: '988',
    hours: '24/7',
    languages: [],
    notes: 'Call or text 988.',
  },
  {
    id: NATIONAL_LINE_IDS.samhsaHelpline,
    name: "SAMHSA's National Helpline",
    type: 'other',
    phone: '+18006624357',
    hours: '24/7, 365 days a year',
    languages: ['English', 'Spanish'],
    notes: 'Free and confidential treatment referral and information.',
  },
  {
    id: NATIONAL_LINE_IDS.poisonControl,
    name: 'Poison Control',
    type: 'other',
    phone: '+18002221222',
    hours: '24/7',
    languages: [],
    notes: 'The US national Poison Help line.',
  },
];

/**
 * Directory entries can be marked national (a column, false for every entry so far), and
 * every database gets the three national lines under fixed ids (`NATIONAL_LINE_IDS`), which
 * the emergency panels read. The migration runs once, so an existing database gets them once.
 */
export class NationalLines1764800000000 implements MigrationInterface {
  name = 'NationalLines1764800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn(
      'referral_resources',
      new TableColumn({ name: 'national', type: 'boolean', default: false }),
    );
    const dialect = dialectOf(queryRunner);
    const now = dialect.time(Date.now());
    // TRUE is a literal both databases read as a boolean (SQLite stores 1), where a bound
    // JavaScript boolean is refused by better-sqlite3.
    const insert = toDriverSql(
      dialect,
      `INSERT INTO referral_resources
         (id, name, name_search, type, phone, hours, languages, notes, national, active, created_at, updated_at, version)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, TRUE, TRUE, ?, ?, 1)`,
    );
    for (const line of NATIONAL_LINES) {
      await queryRunner.query(insert, [
        line.id,
        line.name,
        line.name.toLowerCase(),
        line.type,
        line.phone,
        line.hours,
        JSON.stringify(line.languages),
        line.notes,
        now,
        now,
      ]);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const dialect = dialectOf(queryRunner);
    const ids = NATIONAL_LINES.map((line) => line.id);
    await queryRunner.query(
      toDriverSql(
        dialect,
        `DELETE FROM referral_resources WHERE id IN (${ids.map(() => '?').join(', ')})`,
      ),
      ids,
    );
    await queryRunner.dropColumn('referral_resources', 'national');
  }
}
