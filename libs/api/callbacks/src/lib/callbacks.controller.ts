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
import type { Callback, Page } from '@casebook/shared/contracts';
import { AuditService } from '@casebook/api/audit';
import { CurrentSession, type RequestSession, Roles } from '@casebook/api/core';
import { CallbacksService } from './callbacks.service';
import {
  CallbackListQuery,
  CreateCallbackDto,
  UpdateCallbackDto,
} from './dto/callback-dtos';

@ApiTags('callbacks')
@ApiBearerAuth()
@Roles('counselor', 'supervisor')
@Controller('callbacks')
export class CallbacksController {
  constructor(
    private readonly callbacks: CallbacksService,
    private readonly audit: AuditService,
  ) {}

  @Get()
  async list(
    @Query() query: CallbackListQuery,
    @CurrentSession() session: RequestSession,
  ): Promise<Page<Callback>> {
    const page = await this.callbacks.list(query, session.user);
    await this.audit.record({
      actor: session.user,
      action: 'callback.list',
      entityType: 'callback',
      caseId: query.caseId ?? null,
      details: {
        queue: query.queue ?? null,
        status: query.status,
        sourceCallId: query.sourceCallId ?? null,
        results: page.total,
      },
    });
    return page;
  }

  @Post()
  async create(
    @Body() body: CreateCallbackDto,
    @CurrentSession() session: RequestSession,
  ): Promise<Callback> {
    const callback = await this.callbacks.create(body, session.user);
    await this.audit.record({
      actor: session.user,
      action: 'callback.create',
      entityType: 'callback',
      entityId: callback.id,
      caseId: callback.caseId,
      details: { assigned: callback.assignedToId !== null },
    });
    return callback;
  }

  @Patch(':id')
  async update(
    @Param('id', new ParseUUIDPipe({ errorHttpStatusCode: 404 })) id: string,
    @Body() body: UpdateCallbackDto,
    @CurrentSession() session: RequestSession,
  ): Promise<Callback> {
    const callback = await this.callbacks.update(id, body, session.user);
    await this.audit.record({
      actor: session.user,
      action: 'callback.update',
      entityType: 'callback',
      entityId: id,
      caseId: callback.caseId,
      details: {
        status: callback.status,
        attempt: body.attempt?.result ?? null,
      },
    });
    return callback;
  }
}
