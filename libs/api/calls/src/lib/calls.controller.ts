import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { CallRecord, CallSummary, Page } from '@casebook/shared/contracts';
import { AuditService } from '@casebook/api/audit';
import {
  CurrentSession,
  EmptyBodyPipe,
  type RequestSession,
  Roles,
} from '@casebook/api/core';
import { CallsService } from './calls.service';
import { CallListQuery } from './dto/call-list.query';
import { CreateAddendumDto } from './dto/create-addendum.dto';
import { CreateCallDto } from './dto/create-call.dto';
import { DiscardCallDto } from './dto/discard-call.dto';
import { DraftDiscards } from './draft-discards';
import { UpdateCallDto } from './dto/update-call.dto';

const callId = new ParseUUIDPipe({ errorHttpStatusCode: 404 });

@ApiTags('calls')
@ApiBearerAuth()
@Roles('counselor', 'supervisor')
@Controller('calls')
export class CallsController {
  constructor(
    private readonly calls: CallsService,
    private readonly audit: AuditService,
    private readonly discards: DraftDiscards,
  ) {}

  /** 201 with a new draft, or 200 with the draft a retried create already made. */
  @Post()
  async create(
    @Body() body: CreateCallDto,
    @CurrentSession() session: RequestSession,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CallRecord> {
    const { record, created } = await this.calls.create(body, session.user);
    response.status(created ? 201 : 200);
    if (created) await this.recordCallEvent(session, 'call.create', record);
    return record;
  }

  @Get()
  async list(
    @Query() query: CallListQuery,
    @CurrentSession() session: RequestSession,
  ): Promise<Page<CallSummary>> {
    const page = await this.calls.list(query, session.user);
    await this.audit.record({
      actor: session.user,
      action: 'call.list',
      entityType: 'call',
      caseId: query.caseId ?? null,
      details: {
        status: query.status ?? null,
        counselorId: query.counselorId ?? null,
        results: page.total,
      },
    });
    return page;
  }

  @Get(':id')
  async read(
    @Param('id', callId) id: string,
    @CurrentSession() session: RequestSession,
  ): Promise<CallRecord> {
    const record = await this.calls.readAs(id, session.user);
    await this.recordCallEvent(session, 'call.read', record);
    return record;
  }

  @Patch(':id')
  async update(
    @Param('id', callId) id: string,
    @Body() body: UpdateCallDto,
    @CurrentSession() session: RequestSession,
  ): Promise<CallRecord> {
    const record = await this.calls.update(id, body, session.user);
    await this.recordCallEvent(session, 'call.update', record);
    return record;
  }

  @Post(':id/finalize')
  @HttpCode(200)
  async finalize(
    @Param('id', callId) id: string,
    @Body(EmptyBodyPipe) _body: undefined,
    @CurrentSession() session: RequestSession,
  ): Promise<CallRecord> {
    const record = await this.calls.finalize(id, session.user);
    await this.recordCallEvent(session, 'call.finalize', record);
    return record;
  }

  /** Sets a draft aside, kept and audited (ADR 32); 409 for a finalized or discarded call. */
  @Post(':id/discard')
  @HttpCode(200)
  async discard(
    @Param('id', callId) id: string,
    @Body() body: DiscardCallDto,
    @CurrentSession() session: RequestSession,
  ): Promise<CallRecord> {
    // No body at all is a plain discard (Express 5 leaves the body undefined).
    const onlyIfEmpty = body?.onlyIfEmpty === true;
    const record = await this.discards.discard(id, session.user, onlyIfEmpty);
    await this.audit.record({
      actor: session.user,
      action: 'call.discard',
      entityType: 'call',
      entityId: record.id,
      caseId: record.caseId,
      details: {
        status: record.status,
        version: record.version,
        onlyIfEmpty,
      },
    });
    return record;
  }

  @Post(':id/addenda')
  async addAddendum(
    @Param('id', callId) id: string,
    @Body() body: CreateAddendumDto,
    @CurrentSession() session: RequestSession,
  ): Promise<CallRecord> {
    const record = await this.calls.addAddendum(id, body.text, session.user);
    await this.recordCallEvent(session, 'call.addendum', record);
    return record;
  }

  private recordCallEvent(
    session: RequestSession,
    action:
      | 'call.create'
      | 'call.read'
      | 'call.update'
      | 'call.finalize'
      | 'call.addendum',
    record: CallRecord,
  ): Promise<void> {
    return this.audit.record({
      actor: session.user,
      action,
      entityType: 'call',
      entityId: record.id,
      caseId: record.caseId,
      details: { status: record.status, version: record.version },
    });
  }
}
