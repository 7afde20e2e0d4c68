import { MigrationInterface, QueryRunner } from 'typeorm';
import { dialectOf, toDriverSql } from '../reporting/sql-dialect';
import { dropDimension, refillDimension } from '../reporting/rollup-sql';

/**
 * Issue 12, ADR 35: reports count calls by the caller's relation (self, family, friend,
 * professional, other). A new rollup dimension, `relation`, filled here for every
 * finalized call already stored, by the same SELECT finalize runs; the column itself came
 * with 1765000000000 (every older call is 'self'), so no call is read in TypeScript.
 */
export class RelationRollups1765200000000 implements MigrationInterface {
  name = 'RelationRollups1765200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const dialect = dialectOf(queryRunner);
    for (const statement of refillDimension(dialect, 'relation')) {
      await queryRunner.query(
        toDriverSql(dialect, statement.sql),
        statement.params,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of dropDimension('relation'))
      await queryRunner.query(statement.sql);
  }
}
