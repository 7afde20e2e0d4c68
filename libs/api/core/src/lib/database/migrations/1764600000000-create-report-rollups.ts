import {
  MigrationInterface,
  QueryRunner,
  Table,
  TableColumn,
  TableIndex,
} from 'typeorm';
import { dialectOf, toDriverSql } from '../reporting/sql-dialect';
import { rebuildRollups, ROLLUP_GRAINS } from '../reporting/rollup-sql';

/**
 * What supervisor reports read (issue 4): each call's handle time as a column, the daily,
 * hourly and quarter-hour rollups, and the indexes the exact figures need (distinct cases,
 * median handle time, new cases, the CSV's keyset paging). Existing calls are rolled up.
 */
export class CreateReportRollups1764600000000 implements MigrationInterface {
  name = 'CreateReportRollups1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const dialect = dialectOf(queryRunner);
    await queryRunner.addColumn(
      'calls',
      new TableColumn({
        name: 'handle_seconds',
        type: 'integer',
        isNullable: true,
      }),
    );
    await queryRunner.query(
      `UPDATE calls SET handle_seconds = ${dialect.secondsBetween('started_at', 'ended_at')} WHERE ended_at IS NOT NULL`,
    );
    for (const { table, bucket } of Object.values(ROLLUP_GRAINS)) {
      await queryRunner.createTable(
        new Table({
          name: table,
          columns: [
            { name: bucket, type: 'varchar', length: '13', isPrimary: true },
            {
              name: 'dimension',
              type: 'varchar',
              length: '16',
              isPrimary: true,
            },
            { name: 'item', type: 'varchar', length: '64', isPrimary: true },
            { name: 'tally', type: 'integer' },
            { name: 'handle_seconds', type: 'bigint' },
            { name: 'high_risk', type: 'integer' },
            { name: 'referrals', type: 'integer' },
          ],
        }),
      );
    }
    await queryRunner.createTable(
      new Table({
        name: 'report_slots',
        columns: [
          { name: 'slot', type: 'integer', isPrimary: true },
          { name: 'calls', type: 'integer' },
        ],
      }),
    );
    const finalOnly = `status = 'final'`;
    await queryRunner.createIndices('calls', [
      new TableIndex({
        name: 'calls_final_case',
        columnNames: ['case_id', 'started_at'],
        where: finalOnly,
      }),
      new TableIndex({
        name: 'calls_final_handle',
        columnNames: ['handle_seconds', 'started_at'],
        where: finalOnly,
      }),
      new TableIndex({
        name: 'calls_final_started_id',
        columnNames: ['started_at', 'id'],
        where: finalOnly,
      }),
    ]);
    await queryRunner.createIndex(
      'cases',
      new TableIndex({ name: 'cases_created', columnNames: ['created_at'] }),
    );
    // The dimensions of this migration's day: later ones read columns added after it (1764900000000).
    const dimensions = [
      'all',
      'counselor',
      'direction',
      'case',
      'outcome',
      'risk',
      'symptom',
      'referral',
      'severity',
    ] as const;
    for (const statement of rebuildRollups(dialect, dimensions)) {
      await queryRunner.query(
        toDriverSql(dialect, statement.sql),
        statement.params,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('cases', 'cases_created');
    await queryRunner.dropIndex('calls', 'calls_final_started_id');
    await queryRunner.dropIndex('calls', 'calls_final_handle');
    await queryRunner.dropIndex('calls', 'calls_final_case');
    await queryRunner.dropTable('report_slots');
    await queryRunner.dropTable('report_hourly');
    await queryRunner.dropTable('report_daily');
    await queryRunner.dropColumn('calls', 'handle_seconds');
  }
}
