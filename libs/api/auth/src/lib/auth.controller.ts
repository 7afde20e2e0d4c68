import { Body, Controller, Get, HttpCode, Post, Req, Res, UnauthorizedException } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { LoginResponse, SessionUser } from '@casebook/shared/contracts';
import { CurrentSession, Public, type RequestSession } from '@casebook/api/core';
import { AuditService } from '@casebook/api/audit';
import { toSessionUser, UsersService } from '@casebook/api/users';
import { LoginDto } from './login.dto';
import { SessionService } from './sessions/session.service';
import { LoginThrottle, TooManyLoginAttempts } from './throttle/login-throttle';

/** The same words for an unknown user and a wrong password, so neither can be probed. */
export const INVALID_CREDENTIALS = 'Invalid username or password';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly users: UsersService,
    private readonly sessions: SessionService,
    private readonly throttle: LoginThrottle,
    private readonly audit: AuditService,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  async login(
    @Body() body: LoginDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<LoginResponse> {
    const address = request.ip ?? 'unknown';
    try {
      await this.throttle.assertAllowed(body.username, address);
    } catch (error) {
      if (error instanceof TooManyLoginAttempts) response.setHeader('Retry-After', String(error.retryAfterSeconds));
      throw error;
    }
    const user = await this.users.verifyCredentials(body.username, body.password);
    if (!user) {
      await this.throttle.recordFailure(body.username, address);
      await this.recordFailure(body.username);
      throw new UnauthorizedException(INVALID_CREDENTIALS);
    }
    await this.throttle.forgive(body.username);
    await this.users.recordSignIn(user.id);
    const { token, expiresAt } = await this.sessions.start(user.id);
    await this.audit.record({ actor: user, action: 'auth.login', entityType: 'user', entityId: user.id });
    return { accessToken: token, expiresAt: expiresAt.toISOString(), user: toSessionUser(user) };
  }

  @ApiBearerAuth()
  @Post('logout')
  @HttpCode(204)
  async logout(@CurrentSession() session: RequestSession): Promise<void> {
    await this.sessions.end(session.sessionId, 'signed-out');
    await this.audit.record({ actor: session.user, action: 'auth.logout', entityType: 'user', entityId: session.user.id });
  }

  /**
   * A failed sign-in names the account only when one exists: people type their password
   * into the username field, and that must not land in the audit trail.
   */
  private async recordFailure(username: string): Promise<void> {
    const account = await this.users.findByUsername(username);
    await this.audit.record({
      actor: account ? { id: account.id, username: account.username } : null,
      action: 'auth.login-failed',
      entityType: 'user',
      entityId: account?.id ?? null,
      details: { knownAccount: account !== null },
    });
  }

  /** Who am I; also how the dashboard's "stay signed in" restarts the idle timer. */
  @ApiBearerAuth()
  @Get('me')
  me(@CurrentSession() session: RequestSession): SessionUser {
    return session.user;
  }
}
