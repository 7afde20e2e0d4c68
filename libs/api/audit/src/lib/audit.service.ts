import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { And, FindOptionsWhere, LessThan, MoreThanOrEqual, Repository } from 'typeorm';
import type { AuditAction, AuditDetails, AuditEvent, Page, SessionUser } from '@casebook/shared/contracts';
import { Clock } from '@casebook/api/core';
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
    @InjectRepository(AuditEventEntity) private readonly events: Repository<AuditEventEntity>,
    private readonly clock: Clock,
  ) {}

  async record(entry: AuditEntry): Promise<void> {
    await this.events.insert({
      id: randomUUID(),
      at: this.clock.now(),
      userId: entry.actor?.id ?? null,
      username: entry.actor?.username ?? null,
      action: entry.action,
      entityType: entry.entityType ?? null,
      entityId: entry.entityId ?? null,
      caseId: entry.caseId ?? null,
      details: JSON.stringify(entry.details ?? {}),
    });
  }

  async list(filter: AuditFilter): Promise<Page<AuditEvent>> {
    const where: FindOptionsWhere<AuditEventEntity> = {};
    if (filter.caseId) where.caseId = filter.caseId;
    if (filter.userId) where.userId = filter.userId;
    if (filter.action) where.action = filter.action;
    // [from, to): a day's events end before the next day's midnight, as everywhere else.
    if (filter.from && filter.to) where.at = And(MoreThanOrEqual(filter.from), LessThan(filter.to));
    else if (filter.from) where.at = MoreThanOrEqual(filter.from);
    else if (filter.to) where.at = LessThan(filter.to);
    const [rows, total] = await this.events.findAndCount({
      where,
      order: { at: 'DESC', seq: 'DESC' },
      skip: (filter.page - 1) * filter.pageSize,
      take: filter.pageSize,
    });
    return { items: rows.map(toAuditEvent), total, page: filter.page, pageSize: filter.pageSize };
  }
}

function toAuditEvent(row: AuditEventEntity): AuditEvent {
  return {
    id: row.id,
    at: row.at.toISOString(),
    userId: row.userId,
    username: row.username,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    caseId: row.caseId,
    details: JSON.parse(row.details) as AuditDetails,
  };
}
