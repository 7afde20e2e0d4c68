import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { migrationTimestampType } from '../column-types';

/** Call records, the assessments scored on them, and addenda to finalized calls. */
export class CreateCalls1764300000000 implements MigrationInterface {
  name = 'CreateCalls1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const timestamp = migrationTimestampType(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'calls',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'case_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'counselor_id', type: 'varchar', length: '36' },
          { name: 'direction', type: 'varchar', length: '8' },
          { name: 'status', type: 'varchar', length: '8' },
          { name: 'started_at', type: timestamp },
          { name: 'ended_at', type: timestamp, isNullable: true },
          { name: 'notes', type: 'text' },
          { name: 'last_use_at', type: timestamp, isNullable: true },
          // JSON documents of the call; columns the reports filter on are kept beside them.
          { name: 'symptoms', type: 'text' },
          { name: 'risk', type: 'text', isNullable: true },
          {
            name: 'risk_level',
            type: 'varchar',
            length: '8',
            isNullable: true,
          },
          { name: 'outcome', type: 'varchar', length: '24', isNullable: true },
          { name: 'referrals', type: 'text' },
          { name: 'naloxone_discussed', type: 'boolean', default: false },
          { name: 'overdose_education_given', type: 'boolean', default: false },
          { name: 'finalized_at', type: timestamp, isNullable: true },
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
            columnNames: ['counselor_id'],
            referencedTableName: 'users',
            referencedColumnNames: ['id'],
          },
        ],
        checks: [
          {
            name: 'calls_status_known',
            expression: `status IN ('draft', 'final')`,
          },
          {
            name: 'calls_direction_known',
            expression: `direction IN ('inbound', 'outbound')`,
          },
        ],
        indices: [
          new TableIndex({
            name: 'calls_case_started',
            columnNames: ['case_id', 'started_at'],
          }),
          new TableIndex({
            name: 'calls_counselor_status',
            columnNames: ['counselor_id', 'status', 'started_at'],
          }),
          new TableIndex({
            name: 'calls_status_started',
            columnNames: ['status', 'started_at'],
          }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'call_assessments',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'call_id', type: 'varchar', length: '36' },
          { name: 'position', type: 'integer' },
          { name: 'instrument', type: 'varchar', length: '8' },
          { name: 'answers', type: 'text' },
          { name: 'status', type: 'varchar', length: '8' },
          { name: 'answered', type: 'integer' },
          { name: 'item_count', type: 'integer' },
          { name: 'total', type: 'integer', isNullable: true },
          { name: 'severity', type: 'varchar', length: '20', isNullable: true },
          { name: 'recorded_at', type: timestamp },
          {
            name: 'hours_since_last_use',
            type: 'double precision',
            isNullable: true,
          },
        ],
        foreignKeys: [
          {
            columnNames: ['call_id'],
            referencedTableName: 'calls',
            referencedColumnNames: ['id'],
          },
        ],
        indices: [
          new TableIndex({
            name: 'call_assessments_call',
            columnNames: ['call_id', 'position'],
          }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'call_addenda',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'call_id', type: 'varchar', length: '36' },
          { name: 'author_id', type: 'varchar', length: '36' },
          { name: 'text', type: 'text' },
          { name: 'created_at', type: timestamp },
        ],
        foreignKeys: [
          {
            columnNames: ['call_id'],
            referencedTableName: 'calls',
            referencedColumnNames: ['id'],
          },
          {
            columnNames: ['author_id'],
            referencedTableName: 'users',
            referencedColumnNames: ['id'],
          },
        ],
        indices: [
          new TableIndex({
            name: 'call_addenda_call',
            columnNames: ['call_id', 'created_at'],
          }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('call_addenda');
    await queryRunner.dropTable('call_assessments');
    await queryRunner.dropTable('calls');
  }
}
