import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Page, UserAccount } from '@casebook/shared/contracts';
import { CurrentSession, PageQuery, type RequestSession, Roles } from '@casebook/api/core';
import { CreateUserDto } from './dto/create-user.dto';
import { UpdateUserDto } from './dto/update-user.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@ApiBearerAuth()
@Roles('admin')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  list(@Query() query: PageQuery): Promise<Page<UserAccount>> {
    return this.users.list(query.page, query.pageSize);
  }

  @Post()
  create(@Body() body: CreateUserDto): Promise<UserAccount> {
    return this.users.create(body);
  }

  @Patch(':id')
  update(
    @Param('id', new ParseUUIDPipe({ errorHttpStatusCode: 404 })) id: string,
    @Body() body: UpdateUserDto,
    @CurrentSession() session: RequestSession,
  ): Promise<UserAccount> {
    return this.users.update(id, body, session.user.id);
  }
}
