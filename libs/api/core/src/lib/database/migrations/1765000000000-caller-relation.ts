import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/**
 * Issue 12: who is calling (self, family, friend, professional, other), on each call (ADR 30).
 *
 * Existing data: every call already stored becomes 'self' through the column default. Until
 * now the screen had no other choice and its instruments were read to the caller as the
 * person, so 'self' is what those records already say.
 */
export class CallerRelation1765000000000 implements MigrationInterface {
  name = 'CallerRelation1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn(
      'calls',
      new TableColumn({
        name: 'caller_relation',
        type: 'varchar',
        length: '16',
        default: "'self'",
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('calls', 'caller_relation');
  }
}
