import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuditEvent, Page } from '@casebook/shared/contracts';
import { CurrentSession, type RequestSession, Roles } from '@casebook/api/core';
import { AuditService } from './audit.service';
import { AuditQuery } from './dto/audit.query';

@ApiTags('audit')
@ApiBearerAuth()
@Roles('supervisor', 'admin')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  /** Newest first. Reading the trail is itself recorded in it. */
  @Get()
  async list(
    @Query() query: AuditQuery,
    @CurrentSession() session: RequestSession,
  ): Promise<Page<AuditEvent>> {
    const page = await this.audit.list({
      caseId: query.caseId,
      userId: query.userId,
      action: query.action,
      from: query.from ? new Date(query.from) : undefined,
      to: query.to ? new Date(query.to) : undefined,
      page: query.page,
      pageSize: query.pageSize,
    });
    await this.audit.record({
      actor: session.user,
      action: 'audit.read',
      entityType: 'audit',
      caseId: query.caseId ?? null,
      details: {
        filterUserId: query.userId ?? null,
        filterAction: query.action ?? null,
        results: page.total,
      },
    });
    return page;
  }
}
