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
import type { Page, ReferralResource } from '@casebook/shared/contracts';
import { Roles } from '@casebook/api/core';
import {
  CreateResourceDto,
  ResourceSearchQuery,
  UpdateResourceDto,
} from './dto/resource-dtos';
import { ResourcesService } from './resources.service';

/** Everyone searches the directory (it holds no PHI); only admins change it. */
@ApiTags('resources')
@ApiBearerAuth()
@Controller('resources')
export class ResourcesController {
  constructor(private readonly resources: ResourcesService) {}

  @Get()
  search(@Query() query: ResourceSearchQuery): Promise<Page<ReferralResource>> {
    return this.resources.search(query);
  }

  @Get(':id')
  get(
    @Param('id', new ParseUUIDPipe({ errorHttpStatusCode: 404 })) id: string,
  ): Promise<ReferralResource> {
    return this.resources.get(id);
  }

  @Roles('admin')
  @Post()
  create(@Body() body: CreateResourceDto): Promise<ReferralResource> {
    return this.resources.create(body);
  }

  @Roles('admin')
  @Patch(':id')
  update(
    @Param('id', new ParseUUIDPipe({ errorHttpStatusCode: 404 })) id: string,
    @Body() body: UpdateResourceDto,
  ): Promise<ReferralResource> {
    return this.resources.update(id, body);
  }
}
