import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { migrationTimestampType } from '../column-types';

/** Cases (one person followed across calls) and the counter behind their human numbers. */
export class CreateCases1764200000000 implements MigrationInterface {
  name = 'CreateCases1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const timestamp = migrationTimestampType(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'counters',
        columns: [
          { name: 'name', type: 'varchar', length: '32', isPrimary: true },
          { name: 'value', type: 'integer' },
        ],
      }),
    );
    // Case numbers start at 1001 so they are always four digits or more when read aloud.
    await queryRunner.query(
      `INSERT INTO counters (name, value) VALUES ('case_number', 1000)`,
    );
    await queryRunner.createTable(
      new Table({
        name: 'cases',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          {
            name: 'case_number',
            type: 'varchar',
            length: '16',
            isUnique: true,
          },
          { name: 'alias', type: 'varchar', length: '80' },
          { name: 'alias_search', type: 'varchar', length: '80' },
          { name: 'phone', type: 'varchar', length: '20', isNullable: true },
          { name: 'status', type: 'varchar', length: '8', default: `'open'` },
          { name: 'alert', type: 'varchar', length: '200', isNullable: true },
          {
            name: 'primary_substance',
            type: 'varchar',
            length: '24',
            isNullable: true,
          },
          { name: 'last_use_at', type: timestamp, isNullable: true },
          { name: 'last_call_at', type: timestamp, isNullable: true },
          {
            name: 'latest_instrument',
            type: 'varchar',
            length: '8',
            isNullable: true,
          },
          { name: 'latest_total', type: 'integer', isNullable: true },
          {
            name: 'latest_severity',
            type: 'varchar',
            length: '20',
            isNullable: true,
          },
          { name: 'latest_recorded_at', type: timestamp, isNullable: true },
          { name: 'created_by', type: 'varchar', length: '36' },
          { name: 'created_at', type: timestamp },
          { name: 'updated_at', type: timestamp },
          { name: 'version', type: 'integer', default: 1 },
        ],
        foreignKeys: [
          {
            columnNames: ['created_by'],
            referencedTableName: 'users',
            referencedColumnNames: ['id'],
          },
        ],
        checks: [
          {
            name: 'cases_status_known',
            expression: `status IN ('open', 'closed')`,
          },
        ],
        indices: [
          new TableIndex({ name: 'cases_phone', columnNames: ['phone'] }),
          new TableIndex({
            name: 'cases_status_last_call',
            columnNames: ['status', 'last_call_at'],
          }),
          new TableIndex({
            name: 'cases_alias_search',
            columnNames: ['alias_search'],
          }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('cases');
    await queryRunner.dropTable('counters');
  }
}
