import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { SymptomHistory } from '@casebook/shared/contracts';
import { AuditService } from '@casebook/api/audit';
import { CurrentSession, type RequestSession, Roles } from '@casebook/api/core';
import { CallsService } from './calls.service';

/** `GET /api/cases/:id/symptoms` lives with the calls, which own the assessments. */
@ApiTags('cases')
@ApiBearerAuth()
@Roles('counselor', 'supervisor')
@Controller('cases')
export class CaseSymptomsController {
  constructor(
    private readonly calls: CallsService,
    private readonly audit: AuditService,
  ) {}

  @Get(':id/symptoms')
  async symptoms(
    @Param('id', new ParseUUIDPipe({ errorHttpStatusCode: 404 })) id: string,
    @CurrentSession() session: RequestSession,
  ): Promise<SymptomHistory> {
    const history = await this.calls.symptomHistory(id);
    await this.audit.record({
      actor: session.user,
      action: 'case.symptoms-read',
      entityType: 'case',
      entityId: id,
      caseId: id,
      details: { points: history.items.length },
    });
    return history;
  }
}
