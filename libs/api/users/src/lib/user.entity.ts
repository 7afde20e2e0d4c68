import { Column, Entity, PrimaryColumn, VersionColumn } from 'typeorm';
import type { Role } from '@casebook/shared/contracts';
import { timestampColumnType } from '@casebook/api/core';

/** A helpline staff account. Never deleted: deactivated. */
@Entity('users')
export class UserEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  /** Stored lower-case; see normalizeUsername. */
  @Column({ type: 'varchar', length: 64, unique: true })
  username!: string;

  @Column({ name: 'display_name', type: 'varchar', length: 100 })
  displayName!: string;

  @Column({ type: 'varchar', length: 16 })
  role!: Role;

  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash!: string;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ name: 'created_at', type: timestampColumnType() })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: timestampColumnType() })
  updatedAt!: Date;

  @Column({
    name: 'last_login_at',
    type: timestampColumnType(),
    nullable: true,
  })
  lastLoginAt!: Date | null;

  @VersionColumn()
  version!: number;
}
