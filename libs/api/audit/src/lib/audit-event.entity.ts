import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AuditAction, AuditEvent } from '@casebook/shared/contracts';
import { timestampColumnType } from '@casebook/api/core';

/** One audit row. Written once by AuditService; the database refuses updates and deletes. */
@Entity('audit_events')
export class AuditEventEntity {
  /** Insertion order: events in the same millisecond still list newest first. */
  @PrimaryGeneratedColumn('increment')
  seq!: number;

  @Column({ type: 'varchar', length: 36, unique: true })
  id!: string;

  @Column({ type: timestampColumnType() })
  at!: Date;

  @Column({ name: 'user_id', type: 'varchar', length: 36, nullable: true })
  userId!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  username!: string | null;

  @Column({ type: 'varchar', length: 32 })
  action!: AuditAction;

  @Column({ name: 'entity_type', type: 'varchar', length: 16, nullable: true })
  entityType!: AuditEvent['entityType'];

  @Column({ name: 'entity_id', type: 'varchar', length: 36, nullable: true })
  entityId!: string | null;

  @Column({ name: 'case_id', type: 'varchar', length: 36, nullable: true })
  caseId!: string | null;

  /** JSON of ids, counts and ranges; never record contents. */
  @Column({ type: 'text' })
  details!: string;
}
