import {
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import type { CallbackAttemptResult } from '@casebook/shared/contracts';
import { timestampColumnType } from '@casebook/api/core';
import { UserEntity } from '@casebook/api/users';
import { CallbackEntity } from './callback.entity';

/** One try at a call-back; kept even when the call-back is later done or cancelled. */
@Entity('callback_attempts')
export class CallbackAttemptEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'callback_id', type: 'varchar', length: 36 })
  callbackId!: string;

  @ManyToOne(() => CallbackEntity, (callback) => callback.attempts)
  @JoinColumn({ name: 'callback_id' })
  callback!: Relation<CallbackEntity>;

  @Column({ name: 'attempted_at', type: timestampColumnType() })
  attemptedAt!: Date;

  @Column({ name: 'by_user', type: 'varchar', length: 36 })
  byUserId!: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'by_user' })
  byUser!: Relation<UserEntity>;

  @Column({ type: 'varchar', length: 16 })
  result!: CallbackAttemptResult;

  @Column({ name: 'call_id', type: 'varchar', length: 36, nullable: true })
  callId!: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note!: string | null;
}
