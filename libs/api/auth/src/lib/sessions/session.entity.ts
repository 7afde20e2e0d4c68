import {
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { timestampColumnType } from '@casebook/api/core';
import { UserEntity } from '@casebook/api/users';

/** Why a session ended; kept for the audit trail and for support questions. */
export type SessionEndReason =
  'signed-out' | 'idle' | 'absolute' | 'deactivated' | 'password-reset';

/** A server-side session: the bearer token is only ever stored as its SHA-256. */
@Entity('sessions')
export class SessionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'user_id', type: 'varchar', length: 36 })
  userId!: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'user_id' })
  user!: Relation<UserEntity>;

  @Column({ name: 'token_hash', type: 'varchar', length: 64, unique: true })
  tokenHash!: string;

  @Column({ name: 'created_at', type: timestampColumnType() })
  createdAt!: Date;

  @Column({ name: 'last_seen_at', type: timestampColumnType() })
  lastSeenAt!: Date;

  @Column({ name: 'idle_expires_at', type: timestampColumnType() })
  idleExpiresAt!: Date;

  @Column({ name: 'absolute_expires_at', type: timestampColumnType() })
  absoluteExpiresAt!: Date;

  @Column({ name: 'ended_at', type: timestampColumnType(), nullable: true })
  endedAt!: Date | null;

  @Column({ name: 'end_reason', type: 'varchar', length: 16, nullable: true })
  endReason!: SessionEndReason | null;
}
