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
 * Existing data: no call is discarded; every row keeps its status and gets nulls. On
 * SQLite, changing a column or a check rebuilds the table (TypeORM copies every row, with
 * foreign keys off while migrations run); on PostgreSQL they are altered in place.
 */
export class DiscardedDrafts1765100000000 implements MigrationInterface {
  name = 'DiscardedDrafts1765100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const timestamp = migrationTimestampType(queryRunner);
    await queryRunner.dropCheckConstraint('calls', STATUS_CHECK);
    await queryRunner.changeColumn(
      'calls',
      'status',
      new TableColumn({ name: 'status', type: 'varchar', length: '12' }),
    );
    await queryRunner.createCheckConstraint(
      'calls',
      new TableCheck({
        name: STATUS_CHECK,
        expression: `status IN ('draft', 'final', 'discarded')`,
      }),
    );
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
    await queryRunner.dropCheckConstraint('calls', STATUS_CHECK);
    await queryRunner.changeColumn(
      'calls',
      'status',
      new TableColumn({ name: 'status', type: 'varchar', length: '8' }),
    );
    await queryRunner.createCheckConstraint(
      'calls',
      new TableCheck({
        name: STATUS_CHECK,
        expression: `status IN ('draft', 'final')`,
      }),
    );
  }
}
