import {
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import type {
  CallDirection,
  CallerRelation,
  CallOutcome,
  CallStatus,
  RiskLevel,
  Substance,
  WithdrawalDangerSign,
} from '@casebook/shared/contracts';
import { CaseEntity } from '@casebook/api/cases';
import { jsonListColumn, timestampColumnType } from '@casebook/api/core';
import { UserEntity } from '@casebook/api/users';

/** One call. A draft while it is logged; final (read-only, addenda only) once finalized; or a discarded draft. */
@Entity('calls')
export class CallEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'case_id', type: 'varchar', length: 36, nullable: true })
  caseId!: string | null;

  @ManyToOne(() => CaseEntity)
  @JoinColumn({ name: 'case_id' })
  case!: Relation<CaseEntity> | null;

  @Column({ name: 'counselor_id', type: 'varchar', length: 36 })
  counselorId!: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'counselor_id' })
  counselor!: Relation<UserEntity>;

  @Column({ type: 'varchar', length: 8 })
  direction!: CallDirection;

  /** Who called about the person: anyone but 'self' reports on them (ADR 30). */
  @Column({
    name: 'caller_relation',
    type: 'varchar',
    length: 16,
    default: 'self',
  })
  callerRelation!: CallerRelation;

  @Column({ type: 'varchar', length: 12 })
  status!: CallStatus;

  @Column({ name: 'started_at', type: timestampColumnType() })
  startedAt!: Date;

  @Column({ name: 'ended_at', type: timestampColumnType(), nullable: true })
  endedAt!: Date | null;

  /** Whole seconds from start to end, stored at finalize: reports take the median of it. */
  @Column({ name: 'handle_seconds', type: 'integer', nullable: true })
  handleSeconds!: number | null;

  @Column({ type: 'text' })
  notes!: string;

  @Column({ name: 'last_use_at', type: timestampColumnType(), nullable: true })
  lastUseAt!: Date | null;

  @Column({ type: 'varchar', length: 24, nullable: true })
  substance!: Substance | null;

  @Column({
    name: 'co_used_substances',
    type: 'varchar',
    length: 400,
    transformer: jsonListColumn,
  })
  coUsedSubstances!: Substance[];

  @Column({ type: 'boolean', default: false })
  pregnant!: boolean;

  @Column({
    name: 'withdrawal_danger_signs',
    type: 'varchar',
    length: 200,
    transformer: jsonListColumn,
  })
  withdrawalDangerSigns!: WithdrawalDangerSign[];

  /** JSON OverdoseResponse, or null when no overdose was reported on the call. */
  @Column({ type: 'text', nullable: true })
  overdose!: string | null;

  /** JSON SymptomReport. */
  @Column({ type: 'text' })
  symptoms!: string;

  /** JSON {answers, emergencyDisclosure}, or null when no screen was started. */
  @Column({ type: 'text', nullable: true })
  risk!: string | null;

  /** The level the server assessed (so far, while incomplete): reports filter on it. */
  @Column({ name: 'risk_level', type: 'varchar', length: 8, nullable: true })
  riskLevel!: RiskLevel | null;

  /** Whether the screen was answered in full (the shared screener's verdict): reports count it. */
  @Column({ name: 'risk_complete', type: 'boolean', default: false })
  riskComplete!: boolean;

  @Column({ type: 'varchar', length: 24, nullable: true })
  outcome!: CallOutcome | null;

  /** JSON Referral[]. */
  @Column({ type: 'text' })
  referrals!: string;

  @Column({ name: 'naloxone_discussed', type: 'boolean', default: false })
  naloxoneDiscussed!: boolean;

  @Column({
    name: 'naloxone_not_discussed_reason',
    type: 'varchar',
    length: 200,
    nullable: true,
  })
  naloxoneNotDiscussedReason!: string | null;

  @Column({ name: 'overdose_education_given', type: 'boolean', default: false })
  overdoseEducationGiven!: boolean;

  @Column({ name: 'finalized_at', type: timestampColumnType(), nullable: true })
  finalizedAt!: Date | null;

  /** Set when the draft was discarded (status 'discarded'): kept, never deleted (ADR 32). */
  @Column({ name: 'discarded_at', type: timestampColumnType(), nullable: true })
  discardedAt!: Date | null;

  @Column({ name: 'discarded_by', type: 'varchar', length: 36, nullable: true })
  discardedById!: string | null;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'discarded_by' })
  discardedBy!: Relation<UserEntity> | null;

  @Column({ name: 'created_at', type: timestampColumnType() })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: timestampColumnType() })
  updatedAt!: Date;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}
