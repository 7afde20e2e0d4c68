import {
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import type { CallbackStatus } from '@casebook/shared/contracts';
import { CaseEntity } from '@casebook/api/cases';
import { timestampColumnType } from '@casebook/api/core';
import { UserEntity } from '@casebook/api/users';
import { CallbackAttemptEntity } from './callback-attempt.entity';

/** A follow-up call to make; assigned to one counselor, or to the team when nobody. */
@Entity('callbacks')
export class CallbackEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'case_id', type: 'varchar', length: 36 })
  caseId!: string;

  @ManyToOne(() => CaseEntity)
  @JoinColumn({ name: 'case_id' })
  case!: Relation<CaseEntity>;

  @Column({
    name: 'source_call_id',
    type: 'varchar',
    length: 36,
    nullable: true,
  })
  sourceCallId!: string | null;

  @Column({ name: 'assigned_to', type: 'varchar', length: 36, nullable: true })
  assignedToId!: string | null;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'assigned_to' })
  assignedTo!: Relation<UserEntity> | null;

  @Column({ name: 'due_at', type: timestampColumnType() })
  dueAt!: Date;

  @Column({ type: 'varchar', length: 500 })
  reason!: string;

  @Column({ type: 'varchar', length: 10, default: 'open' })
  status!: CallbackStatus;

  @OneToMany(() => CallbackAttemptEntity, (attempt) => attempt.callback)
  attempts!: Relation<CallbackAttemptEntity[]>;

  @Column({ name: 'created_by', type: 'varchar', length: 36 })
  createdById!: string;

  @Column({ name: 'created_at', type: timestampColumnType() })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: timestampColumnType() })
  updatedAt!: Date;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}
