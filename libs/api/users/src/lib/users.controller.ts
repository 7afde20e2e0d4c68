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
import type { Page, UserAccount } from '@casebook/shared/contracts';
import { AuditService } from '@casebook/api/audit';
import {
  CurrentSession,
  PageQuery,
  type RequestSession,
  Roles,
} from '@casebook/api/core';
import { CreateUserDto } from './dto/create-user.dto';
import { UpdateUserDto } from './dto/update-user.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@ApiBearerAuth()
@Roles('admin')
@Controller('users')
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly audit: AuditService,
  ) {}

  @Get()
  list(@Query() query: PageQuery): Promise<Page<UserAccount>> {
    return this.users.list(query.page, query.pageSize);
  }

  @Post()
  async create(
    @Body() body: CreateUserDto,
    @CurrentSession() session: RequestSession,
  ): Promise<UserAccount> {
    const account = await this.users.create(body);
    await this.audit.record({
      actor: session.user,
      action: 'user.create',
      entityType: 'user',
      entityId: account.id,
      details: { role: account.role },
    });
    return account;
  }

  @Patch(':id')
  async update(
    @Param('id', new ParseUUIDPipe({ errorHttpStatusCode: 404 })) id: string,
    @Body() body: UpdateUserDto,
    @CurrentSession() session: RequestSession,
  ): Promise<UserAccount> {
    const account = await this.users.update(id, body, session.user.id);
    // Which fields changed, never the values (a password above all).
    await this.audit.record({
      actor: session.user,
      action: 'user.update',
      entityType: 'user',
      entityId: id,
      details: {
        changed: changedFields(body),
        active: account.active,
        role: account.role,
      },
    });
    return account;
  }
}

/** The names of the fields a PATCH set (the DTO instance also carries the unset ones as undefined). */
function changedFields(body: UpdateUserDto): string {
  return Object.entries(body)
    .filter(([, value]) => value !== undefined)
    .map(([key]) => key)
    .sort()
    .join(',');
}
