import {
  MigrationInterface,
  QueryRunner,
  TableCheck,
  TableColumn,
  TableForeignKey,
} from 'typeorm';
import { migrationTimestampType } from '../column-types';

const STATUS_CHECK = 'calls_status_known';

/**
 * Issue 12: a draft can be discarded (ADR 32) — set aside with its status, when and by
 * whom, never deleted. The status column grows to fit 'discarded' and its check admits it.
 *
 * Existing data: no call is discarded; every row keeps its status and gets nulls. The
 * column is widened in place on PostgreSQL (TypeORM's changeColumn would drop and re-add
 * it, losing every status); SQLite does not enforce a varchar length, so there only the
 * check changes, which rebuilds the table (TypeORM copies every row, with foreign keys
 * off while migrations run).
 */
export class DiscardedDrafts1765100000000 implements MigrationInterface {
  name = 'DiscardedDrafts1765100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const timestamp = migrationTimestampType(queryRunner);
    await statusColumnLength(queryRunner, 12);
    await statusCheck(queryRunner, ['draft', 'final', 'discarded']);
    await queryRunner.addColumns('calls', [
      new TableColumn({
        name: 'discarded_at',
        type: timestamp,
        isNullable: true,
      }),
      new TableColumn({
        name: 'discarded_by',
        type: 'varchar',
        length: '36',
        isNullable: true,
      }),
    ]);
    await queryRunner.createForeignKey(
      'calls',
      new TableForeignKey({
        columnNames: ['discarded_by'],
        referencedTableName: 'users',
        referencedColumnNames: ['id'],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // On SQLite the rebuilds below need foreign keys off, as TypeORM sets them for `up` but
    // not for `undoLastMigration`: revert with `PRAGMA foreign_keys = OFF` (the spec does).
    // A discarded draft goes back to being a draft: nothing is lost on the way down.
    await queryRunner.query(
      `UPDATE calls SET status = 'draft' WHERE status = 'discarded'`,
    );
    const table = await queryRunner.getTable('calls');
    const foreignKey = table?.foreignKeys.find((key) =>
      key.columnNames.includes('discarded_by'),
    );
    if (foreignKey) await queryRunner.dropForeignKey('calls', foreignKey);
    await queryRunner.dropColumns('calls', ['discarded_at', 'discarded_by']);
    await statusCheck(queryRunner, ['draft', 'final']);
    await statusColumnLength(queryRunner, 8);
  }
}

/** Replaces the check that names the statuses a call may have. */
async function statusCheck(
  queryRunner: QueryRunner,
  statuses: readonly string[],
): Promise<void> {
  await queryRunner.dropCheckConstraint('calls', STATUS_CHECK);
  const expression = `status IN (${statuses.map((status) => `'${status}'`).join(', ')})`;
  await queryRunner.createCheckConstraint(
    'calls',
    new TableCheck({ name: STATUS_CHECK, expression }),
  );
}

/** Widens or narrows `calls.status` in place where the length is enforced (PostgreSQL). */
async function statusColumnLength(
  queryRunner: QueryRunner,
  length: number,
): Promise<void> {
  if (queryRunner.connection.driver.options.type === 'postgres') {
    await queryRunner.query(
      `ALTER TABLE calls ALTER COLUMN status TYPE varchar(${length})`,
    );
  }
}
