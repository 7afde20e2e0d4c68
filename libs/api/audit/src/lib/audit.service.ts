import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Repository } from 'typeorm';
import type {
  AuditAction,
  AuditDetails,
  AuditEvent,
  Page,
  SessionUser,
} from '@casebook/shared/contracts';
import { Clock, UnitOfWork } from '@casebook/api/core';
import { AuditEventEntity } from './audit-event.entity';

/** What one audit row says happened. */
export interface AuditEntry {
  actor: Pick<SessionUser, 'id' | 'username'> | null;
  action: AuditAction;
  entityType?: AuditEvent['entityType'];
  entityId?: string | null;
  caseId?: string | null;
  details?: AuditDetails;
}

export interface AuditFilter {
  caseId?: string;
  userId?: string;
  action?: AuditAction;
  from?: Date;
  to?: Date;
  page: number;
  pageSize: number;
}

/** Writes and reads the append-only audit trail. There is no update or delete here, by design. */
@Injectable()
export class AuditService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  private get events(): Repository<AuditEventEntity> {
    return this.unitOfWork.repository(AuditEventEntity);
  }

  /**
   * Writes the row in the caller's transaction, so it commits or rolls back with the change
   * it records; a read's row (no transaction open) gets a transaction of its own.
   */
  async record(entry: AuditEntry): Promise<void> {
    await this.unitOfWork.run((manager) =>
      manager.insert(AuditEventEntity, {
        id: randomUUID(),
        at: this.clock.now(),
        userId: entry.actor?.id ?? null,
        username: entry.actor?.username ?? null,
        action: entry.action,
        entityType: entry.entityType ?? null,
        entityId: entry.entityId ?? null,
        caseId: entry.caseId ?? null,
        details: JSON.stringify(entry.details ?? {}),
      }),
    );
  }

  /**
   * A page of the trail, newest first, each row with the number of the case it concerns.
   * The number comes from a LEFT JOIN in the same query: reading each case for it would
   * itself be an audited read nobody made. There is no foreign key (the append-only trail
   * must never refuse a write), so a case id without a case row gives a null number too.
   */
  async list(filter: AuditFilter): Promise<Page<AuditEvent>> {
    const query = this.events
      .createQueryBuilder('event')
      .leftJoin('cases', 'subject', 'subject.id = event.case_id')
      .addSelect('subject.case_number', 'subject_case_number');
    if (filter.caseId)
      query.andWhere('event.case_id = :caseId', { caseId: filter.caseId });
    if (filter.userId)
      query.andWhere('event.user_id = :userId', { userId: filter.userId });
    if (filter.action)
      query.andWhere('event.action = :action', { action: filter.action });
    // [from, to): a day's events end before the next day's midnight, as everywhere else.
    if (filter.from) query.andWhere('event.at >= :from', { from: filter.from });
    if (filter.to) query.andWhere('event.at < :to', { to: filter.to });
    const total = await query.getCount();
    // The join matches at most one case (by its primary key), so plain OFFSET/LIMIT pages
    // events, not joined rows.
    const { entities, raw } = await query
      .orderBy('event.at', 'DESC')
      .addOrderBy('event.seq', 'DESC')
      .offset((filter.page - 1) * filter.pageSize)
      .limit(filter.pageSize)
      .getRawAndEntities<{
        event_id: string;
        subject_case_number: string | null;
      }>();
    const caseNumbers = new Map(
      raw.map((row) => [row.event_id, row.subject_case_number]),
    );
    const items = entities.map((row) =>
      toAuditEvent(row, caseNumbers.get(row.id) ?? null),
    );
    return { items, total, page: filter.page, pageSize: filter.pageSize };
  }
}

function toAuditEvent(
  row: AuditEventEntity,
  caseNumber: string | null,
): AuditEvent {
  return {
    id: row.id,
    at: row.at.toISOString(),
    userId: row.userId,
    username: row.username,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    caseId: row.caseId,
    caseNumber,
    details: JSON.parse(row.details) as AuditDetails,
  };
}
