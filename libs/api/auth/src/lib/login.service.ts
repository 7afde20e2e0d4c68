import { Injectable, UnauthorizedException } from '@nestjs/common';
import type { LoginResponse } from '@casebook/shared/contracts';
import { AuditService } from '@casebook/api/audit';
import { UnitOfWork } from '@casebook/api/core';
import { toSessionUser, UsersService } from '@casebook/api/users';
import { SessionService } from './sessions/session.service';
import { LoginThrottle } from './throttle/login-throttle';

/** The same words for an unknown user and a wrong password, so neither can be probed. */
export const INVALID_CREDENTIALS = 'Invalid username or password';

/**
 * Sign-in in three steps, each its own transaction or none: the throttle admits and
 * records the attempt; the password is checked with no transaction held (argon2 takes
 * tens of milliseconds, and SQLite has one writer); then the session, the sign-in time
 * and the audit row commit together.
 */
@Injectable()
export class LoginService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly users: UsersService,
    private readonly sessions: SessionService,
    private readonly throttle: LoginThrottle,
    private readonly audit: AuditService,
  ) {}

  async signIn(
    username: string,
    password: string,
    clientAddress: string,
  ): Promise<LoginResponse> {
    const attempt = await this.throttle.reserve(username, clientAddress);
    const user = await this.users.verifyCredentials(username, password);
    if (!user) {
      await this.recordFailure(username);
      throw new UnauthorizedException(INVALID_CREDENTIALS);
    }
    return this.unitOfWork.run(async () => {
      await this.throttle.forgive(attempt);
      await this.users.recordSignIn(user.id);
      const { token, expiresAt } = await this.sessions.start(user.id);
      await this.audit.record({
        actor: user,
        action: 'auth.login',
        entityType: 'user',
        entityId: user.id,
      });
      return {
        accessToken: token,
        expiresAt: expiresAt.toISOString(),
        user: toSessionUser(user),
      };
    });
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
}
