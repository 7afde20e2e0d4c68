import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { migrationTimestampType } from '../column-types';

/** The referral directory. */
export class CreateReferralResources1764500000000 implements MigrationInterface {
  name = 'CreateReferralResources1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const timestamp = migrationTimestampType(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'referral_resources',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'name', type: 'varchar', length: '120' },
          { name: 'name_search', type: 'varchar', length: '120' },
          { name: 'type', type: 'varchar', length: '16' },
          { name: 'phone', type: 'varchar', length: '20', isNullable: true },
          { name: 'hours', type: 'varchar', length: '200', isNullable: true },
          { name: 'languages', type: 'varchar', length: '200' },
          { name: 'notes', type: 'varchar', length: '1000', isNullable: true },
          { name: 'active', type: 'boolean', default: true },
          { name: 'created_at', type: timestamp },
          { name: 'updated_at', type: timestamp },
          { name: 'version', type: 'integer', default: 1 },
        ],
        indices: [
          new TableIndex({
            name: 'referral_resources_type',
            columnNames: ['active', 'type', 'name_search'],
          }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('referral_resources');
  }
}
