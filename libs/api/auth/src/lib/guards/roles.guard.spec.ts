import { Controller, ForbiddenException, Get } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { ExecutionContext } from '@nestjs/common';
import type { Role } from '@casebook/shared/contracts';
import { Roles } from '@casebook/api/core';
import { RolesGuard } from './roles.guard';

@Roles('supervisor', 'admin')
@Controller()
class ReportsLikeController {
  @Get() summary() {
    return 'summary';
  }

  @Roles('admin')
  @Get()
  adminOnly() {
    return 'admin';
  }
}

@Controller()
class OpenToAnyRoleController {
  @Get() me() {
    return 'me';
  }
}

function contextFor(
  controller: object,
  handler: string,
  role: Role | null,
): ExecutionContext {
  const request = role ? { session: { user: { role } } } : {};
  const type = controller as { prototype: Record<string, () => unknown> };
  return {
    getHandler: () => type.prototype[handler],
    getClass: () => controller,
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
}

describe('RolesGuard', () => {
  const guard = new RolesGuard(new Reflector());

  it('admits any signed-in role where no role is named', () => {
    expect(
      guard.canActivate(contextFor(OpenToAnyRoleController, 'me', 'counselor')),
    ).toBeTrue();
  });

  it('admits the roles named on the controller and refuses the others with 403', () => {
    expect(
      guard.canActivate(
        contextFor(ReportsLikeController, 'summary', 'supervisor'),
      ),
    ).toBeTrue();
    expect(
      guard.canActivate(contextFor(ReportsLikeController, 'summary', 'admin')),
    ).toBeTrue();
    expect(() =>
      guard.canActivate(
        contextFor(ReportsLikeController, 'summary', 'counselor'),
      ),
    ).toThrowError(ForbiddenException);
  });

  it("lets a handler narrow the controller's roles", () => {
    expect(
      guard.canActivate(
        contextFor(ReportsLikeController, 'adminOnly', 'admin'),
      ),
    ).toBeTrue();
    expect(() =>
      guard.canActivate(
        contextFor(ReportsLikeController, 'adminOnly', 'supervisor'),
      ),
    ).toThrowError(ForbiddenException);
  });

  it('refuses a role-limited route when no session is on the request', () => {
    expect(() =>
      guard.canActivate(contextFor(ReportsLikeController, 'summary', null)),
    ).toThrowError(ForbiddenException);
  });
});
