import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { InstrumentId, Severity } from '@casebook/shared/contracts';
import { timestampColumnType } from '@casebook/api/core';

/** One instrument scored on a call, as the server scored it. */
@Entity('call_assessments')
export class AssessmentEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'call_id', type: 'varchar', length: 36 })
  callId!: string;

  /** Order on the call; also how an autosave matches an assessment to the one it replaces. */
  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'varchar', length: 8 })
  instrument!: InstrumentId;

  /** JSON {itemId: score|null}. */
  @Column({ type: 'text' })
  answers!: string;

  @Column({ type: 'varchar', length: 8 })
  status!: 'complete' | 'partial';

  @Column({ type: 'integer' })
  answered!: number;

  @Column({ name: 'item_count', type: 'integer' })
  itemCount!: number;

  @Column({ type: 'integer', nullable: true })
  total!: number | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  severity!: Severity | null;

  @Column({ name: 'recorded_at', type: timestampColumnType() })
  recordedAt!: Date;

  @Column({
    name: 'hours_since_last_use',
    type: 'double precision',
    nullable: true,
  })
  hoursSinceLastUse!: number | null;
}
