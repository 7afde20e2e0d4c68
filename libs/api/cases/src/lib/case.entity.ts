import { Column, Entity, PrimaryColumn } from 'typeorm';
import type {
  CaseStatus,
  InstrumentId,
  Substance,
  Severity,
} from '@casebook/shared/contracts';
import { jsonListColumn, timestampColumnType } from '@casebook/api/core';

/**
 * One person followed across calls. `last_call_at` and `latest_*` are copied here when a
 * call is finalized, so the caller lookup answers from one indexed table while the caller waits.
 */
@Entity('cases')
export class CaseEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'case_number', type: 'varchar', length: 16, unique: true })
  caseNumber!: string;

  @Column({ type: 'varchar', length: 80 })
  alias!: string;

  /** Lower-cased alias: case-insensitive search that behaves alike on SQLite and PostgreSQL. */
  @Column({ name: 'alias_search', type: 'varchar', length: 80 })
  aliasSearch!: string;

  @Column({ type: 'varchar', length: 20, nullable: true })
  phone!: string | null;

  @Column({ type: 'varchar', length: 8, default: 'open' })
  status!: CaseStatus;

  @Column({ type: 'varchar', length: 200, nullable: true })
  alert!: string | null;

  @Column({
    name: 'primary_substance',
    type: 'varchar',
    length: 24,
    nullable: true,
  })
  primarySubstance!: Substance | null;

  @Column({
    name: 'co_used_substances',
    type: 'varchar',
    length: 400,
    transformer: jsonListColumn,
  })
  coUsedSubstances!: Substance[];

  @Column({ type: 'boolean', default: false })
  pregnant!: boolean;

  @Column({ name: 'last_use_at', type: timestampColumnType(), nullable: true })
  lastUseAt!: Date | null;

  @Column({ name: 'last_call_at', type: timestampColumnType(), nullable: true })
  lastCallAt!: Date | null;

  @Column({
    name: 'latest_instrument',
    type: 'varchar',
    length: 8,
    nullable: true,
  })
  latestInstrument!: InstrumentId | null;

  @Column({ name: 'latest_total', type: 'integer', nullable: true })
  latestTotal!: number | null;

  @Column({
    name: 'latest_severity',
    type: 'varchar',
    length: 20,
    nullable: true,
  })
  latestSeverity!: Severity | null;

  @Column({
    name: 'latest_recorded_at',
    type: timestampColumnType(),
    nullable: true,
  })
  latestRecordedAt!: Date | null;

  @Column({ name: 'created_by', type: 'varchar', length: 36 })
  createdBy!: string;

  @Column({ name: 'created_at', type: timestampColumnType() })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: timestampColumnType() })
  updatedAt!: Date;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}
