import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { migrationTimestampType } from '../column-types';

/** Accounts, their server-side sessions and the failed sign-ins that drive the 429 throttle. */
export class CreateUsersAndSessions1764000000000 implements MigrationInterface {
  name = 'CreateUsersAndSessions1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const timestamp = migrationTimestampType(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'users',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'username', type: 'varchar', length: '64', isUnique: true },
          { name: 'display_name', type: 'varchar', length: '100' },
          { name: 'role', type: 'varchar', length: '16' },
          { name: 'password_hash', type: 'varchar', length: '255' },
          { name: 'active', type: 'boolean', default: true },
          { name: 'created_at', type: timestamp },
          { name: 'updated_at', type: timestamp },
          { name: 'last_login_at', type: timestamp, isNullable: true },
          { name: 'version', type: 'integer', default: 1 },
        ],
        checks: [
          {
            name: 'users_role_known',
            expression: `role IN ('counselor', 'supervisor', 'admin')`,
          },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'sessions',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'user_id', type: 'varchar', length: '36' },
          // SHA-256 of the bearer token: a copied database holds no usable token.
          { name: 'token_hash', type: 'varchar', length: '64', isUnique: true },
          { name: 'created_at', type: timestamp },
          { name: 'last_seen_at', type: timestamp },
          { name: 'idle_expires_at', type: timestamp },
          { name: 'absolute_expires_at', type: timestamp },
          { name: 'ended_at', type: timestamp, isNullable: true },
          {
            name: 'end_reason',
            type: 'varchar',
            length: '16',
            isNullable: true,
          },
        ],
        foreignKeys: [
          {
            columnNames: ['user_id'],
            referencedTableName: 'users',
            referencedColumnNames: ['id'],
          },
        ],
        indices: [
          new TableIndex({
            name: 'sessions_user_open',
            columnNames: ['user_id', 'ended_at'],
          }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'login_failures',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'username', type: 'varchar', length: '64' },
          { name: 'client_address', type: 'varchar', length: '64' },
          { name: 'failed_at', type: timestamp },
        ],
        indices: [
          new TableIndex({
            name: 'login_failures_username',
            columnNames: ['username', 'failed_at'],
          }),
          new TableIndex({
            name: 'login_failures_address',
            columnNames: ['client_address', 'failed_at'],
          }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('login_failures');
    await queryRunner.dropTable('sessions');
    await queryRunner.dropTable('users');
  }
}
