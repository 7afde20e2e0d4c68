import {
  Body,
  Controller,
  Get,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { CaseRecord, CaseSummary, Page } from '@casebook/shared/contracts';
import { AuditService } from '@casebook/api/audit';
import { CurrentSession, type RequestSession, Roles } from '@casebook/api/core';
import { CasesService } from './cases.service';
import { CaseSearchQuery } from './dto/case-search.query';
import { CreateCaseDto } from './dto/create-case.dto';
import { UpdateCaseDto } from './dto/update-case.dto';

/** Case routes are for the people who talk to callers; admins manage accounts, not records (ADR 5). */
@ApiTags('cases')
@ApiBearerAuth()
@Roles('counselor', 'supervisor')
@Controller('cases')
export class CasesController {
  constructor(
    private readonly cases: CasesService,
    private readonly audit: AuditService,
  ) {}

  @Post()
  async create(
    @Body() body: CreateCaseDto,
    @CurrentSession() session: RequestSession,
  ): Promise<CaseRecord> {
    const created = await this.cases.create(body, session.user);
    await this.audit.record({
      actor: session.user,
      action: 'case.create',
      entityType: 'case',
      entityId: created.id,
      caseId: created.id,
    });
    return created;
  }

  /** Searching is audited by what was searched by and how many matched — never the words typed. */
  @Get()
  async search(
    @Query() query: CaseSearchQuery,
    @CurrentSession() session: RequestSession,
  ): Promise<Page<CaseSummary>> {
    const page = await this.cases.search(query);
    await this.audit.record({
      actor: session.user,
      action: 'case.search',
      entityType: 'case',
      details: {
        byPhone: Boolean(query.phone),
        byText: Boolean(query.q),
        status: query.status ?? null,
        results: page.total,
      },
    });
    return page;
  }

  @Get(':id')
  async read(
    @Param('id', new ParseUUIDPipe({ errorHttpStatusCode: 404 })) id: string,
    @CurrentSession() session: RequestSession,
  ): Promise<CaseRecord> {
    const record = await this.cases.get(id);
    await this.audit.record({
      actor: session.user,
      action: 'case.read',
      entityType: 'case',
      entityId: id,
      caseId: id,
    });
    return record;
  }

  @Patch(':id')
  async update(
    @Param('id', new ParseUUIDPipe({ errorHttpStatusCode: 404 })) id: string,
    @Body() body: UpdateCaseDto,
    @CurrentSession() session: RequestSession,
  ): Promise<CaseRecord> {
    const record = await this.cases.update(id, body);
    await this.audit.record({
      actor: session.user,
      action: 'case.update',
      entityType: 'case',
      entityId: id,
      caseId: id,
      details: { version: record.version },
    });
    return record;
  }
}
