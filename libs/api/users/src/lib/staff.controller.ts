import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { StaffMember } from '@casebook/shared/contracts';
import { Roles } from '@casebook/api/core';
import { UsersService } from './users.service';

/**
 * The staff list every signed-in role may read, to name a colleague (a call-back's
 * assignee, the audit trail's user filter). Apart from UsersController, which is for
 * admins only; see docs/adr/0013-staff-list.md.
 */
@ApiTags('users')
@ApiBearerAuth()
@Roles('counselor', 'supervisor', 'admin')
@Controller('users/staff')
export class StaffController {
  constructor(private readonly users: UsersService) {}

  /** Every account, active or not, sorted by display name; no username, no hash. */
  @Get()
  list(): Promise<StaffMember[]> {
    return this.users.listStaff();
  }
}
