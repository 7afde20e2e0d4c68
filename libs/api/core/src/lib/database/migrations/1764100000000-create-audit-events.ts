import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { migrationTimestampType } from '../column-types';

/**
 * The audit trail. Append-only is enforced by the database itself, not only by the code:
 * triggers refuse every UPDATE and DELETE, so no code path (or hand-typed SQL) can edit history.
 */
export class CreateAuditEvents1764100000000 implements MigrationInterface {
  name = 'CreateAuditEvents1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'audit_events',
        columns: [
          // seq orders events that share a millisecond; id is what the API shows.
          {
            name: 'seq',
            type: 'integer',
            isPrimary: true,
            isGenerated: true,
            generationStrategy: 'increment',
          },
          { name: 'id', type: 'varchar', length: '36', isUnique: true },
          { name: 'at', type: migrationTimestampType(queryRunner) },
          { name: 'user_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'username', type: 'varchar', length: '64', isNullable: true },
          { name: 'action', type: 'varchar', length: '32' },
          {
            name: 'entity_type',
            type: 'varchar',
            length: '16',
            isNullable: true,
          },
          {
            name: 'entity_id',
            type: 'varchar',
            length: '36',
            isNullable: true,
          },
          { name: 'case_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'details', type: 'text' },
        ],
        indices: [
          new TableIndex({ name: 'audit_events_at', columnNames: ['at'] }),
          new TableIndex({
            name: 'audit_events_case',
            columnNames: ['case_id', 'at'],
          }),
          new TableIndex({
            name: 'audit_events_user',
            columnNames: ['user_id', 'at'],
          }),
          new TableIndex({
            name: 'audit_events_action',
            columnNames: ['action', 'at'],
          }),
        ],
      }),
    );
    if (queryRunner.connection.driver.options.type === 'postgres') {
      await queryRunner.query(`CREATE FUNCTION audit_events_append_only() RETURNS trigger AS $$
        BEGIN RAISE EXCEPTION 'audit_events is append-only'; END; $$ LANGUAGE plpgsql`);
      await queryRunner.query(`CREATE TRIGGER audit_events_no_update BEFORE UPDATE OR DELETE ON audit_events
        FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()`);
    } else {
      await queryRunner.query(`CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
        BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END`);
      await queryRunner.query(`CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
        BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.driver.options.type === 'postgres') {
      await queryRunner.query(
        'DROP TRIGGER audit_events_no_update ON audit_events',
      );
      await queryRunner.query('DROP FUNCTION audit_events_append_only()');
    }
    await queryRunner.dropTable('audit_events');
  }
}
