import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { migrationTimestampType } from '../column-types';

/** Scheduled call-backs and each attempt made on them. */
export class CreateCallbacks1764400000000 implements MigrationInterface {
  name = 'CreateCallbacks1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const timestamp = migrationTimestampType(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'callbacks',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'case_id', type: 'varchar', length: '36' },
          {
            name: 'source_call_id',
            type: 'varchar',
            length: '36',
            isNullable: true,
          },
          {
            name: 'assigned_to',
            type: 'varchar',
            length: '36',
            isNullable: true,
          },
          { name: 'due_at', type: timestamp },
          { name: 'reason', type: 'varchar', length: '500' },
          { name: 'status', type: 'varchar', length: '10', default: `'open'` },
          { name: 'created_by', type: 'varchar', length: '36' },
          { name: 'created_at', type: timestamp },
          { name: 'updated_at', type: timestamp },
          { name: 'version', type: 'integer', default: 1 },
        ],
        foreignKeys: [
          {
            columnNames: ['case_id'],
            referencedTableName: 'cases',
            referencedColumnNames: ['id'],
          },
          {
            columnNames: ['source_call_id'],
            referencedTableName: 'calls',
            referencedColumnNames: ['id'],
          },
          {
            columnNames: ['assigned_to'],
            referencedTableName: 'users',
            referencedColumnNames: ['id'],
          },
          {
            columnNames: ['created_by'],
            referencedTableName: 'users',
            referencedColumnNames: ['id'],
          },
        ],
        checks: [
          {
            name: 'callbacks_status_known',
            expression: `status IN ('open', 'done', 'cancelled')`,
          },
        ],
        indices: [
          new TableIndex({
            name: 'callbacks_status_due',
            columnNames: ['status', 'due_at'],
          }),
          new TableIndex({
            name: 'callbacks_assignee_status_due',
            columnNames: ['assigned_to', 'status', 'due_at'],
          }),
          new TableIndex({ name: 'callbacks_case', columnNames: ['case_id'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'callback_attempts',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'callback_id', type: 'varchar', length: '36' },
          { name: 'attempted_at', type: timestamp },
          { name: 'by_user', type: 'varchar', length: '36' },
          { name: 'result', type: 'varchar', length: '16' },
          { name: 'call_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'note', type: 'varchar', length: '500', isNullable: true },
        ],
        foreignKeys: [
          {
            columnNames: ['callback_id'],
            referencedTableName: 'callbacks',
            referencedColumnNames: ['id'],
          },
          {
            columnNames: ['by_user'],
            referencedTableName: 'users',
            referencedColumnNames: ['id'],
          },
          {
            columnNames: ['call_id'],
            referencedTableName: 'calls',
            referencedColumnNames: ['id'],
          },
        ],
        indices: [
          new TableIndex({
            name: 'callback_attempts_callback',
            columnNames: ['callback_id', 'attempted_at'],
          }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('callback_attempts');
    await queryRunner.dropTable('callbacks');
  }
}
