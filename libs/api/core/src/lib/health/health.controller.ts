import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import type { HealthStatus } from '@casebook/shared/contracts';
import { Public } from '../auth/auth-decorators';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  /** Answers ok only when the database answers, so a load balancer drops an instance that lost it. */
  @Public()
  @Get()
  @ApiOkResponse({ description: 'The database answered' })
  async check(): Promise<HealthStatus> {
    try {
      await this.dataSource.query('SELECT 1');
      return { status: 'ok' };
    } catch {
      throw new ServiceUnavailableException('The database is not answering');
    }
  }
}
