import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { IsNull, Repository } from 'typeorm';
import { SESSION_ABSOLUTE_HOURS } from '@casebook/shared/domain';
import {
  APP_CONFIG,
  type AppConfig,
  Clock,
  OpenCalls,
  type RequestSession,
  SessionRevoker,
  UnitOfWork,
} from '@casebook/api/core';
import { toSessionUser } from '@casebook/api/users';
import { SessionEndReason, SessionEntity } from './session.entity';
import { hashSessionToken, newSessionToken } from './session-token';

const MINUTE_MS = 60_000;

/**
 * Server-side sessions in the database, so logout, deactivation and idle timeout take
 * effect at once on every API instance (DESIGN.md: no state in process memory).
 */
@Injectable()
export class SessionService extends SessionRevoker {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly openCalls: OpenCalls,
  ) {
    super();
  }

  private get sessions(): Repository<SessionEntity> {
    return this.unitOfWork.repository(SessionEntity);
  }

  /** Opens a session; the token is returned once and never stored. */
  async start(userId: string): Promise<{ token: string; expiresAt: Date }> {
    const token = newSessionToken();
    const now = this.clock.now();
    const absoluteExpiresAt = new Date(
      now.getTime() + SESSION_ABSOLUTE_HOURS * 60 * MINUTE_MS,
    );
    const idleExpiresAt = this.idleExpiry(now, absoluteExpiresAt);
    await this.sessions.insert({
      id: randomUUID(),
      userId,
      tokenHash: hashSessionToken(token),
      createdAt: now,
      lastSeenAt: now,
      idleExpiresAt,
      absoluteExpiresAt,
      endedAt: null,
      endReason: null,
    });
    return { token, expiresAt: idleExpiresAt };
  }

  /**
   * The caller behind a token, with the idle timer restarted; null when the token is
   * unknown, ended, idle too long, past the absolute limit, or its account deactivated.
   * A passive check (`touch: false`) restarts the idle timer only for a counselor on the
   * open call it names (`callId`): listening to a caller is activity (ADR 23), and such a
   * call keeps even an idle session that the check reaches late.
   */
  async authenticate(
    token: string,
    { touch = true, callId = null as string | null } = {},
  ): Promise<RequestSession | null> {
    const session = await this.sessions.findOne({
      where: { tokenHash: hashSessionToken(token), endedAt: IsNull() },
      relations: { user: true },
    });
    if (!session) return null;
    const now = this.clock.now();
    const onCall =
      callId !== null &&
      (await this.openCalls.isOnCall(session.userId, callId, now));
    const ended = this.endReason(session, now);
    if (ended && !(ended === 'idle' && onCall)) {
      await this.end(session.id, ended);
      return null;
    }
    if (!touch && !onCall) {
      return {
        sessionId: session.id,
        user: toSessionUser(session.user),
        expiresAt: session.idleExpiresAt,
        onCall,
      };
    }
    const idleExpiresAt = this.idleExpiry(now, session.absoluteExpiresAt);
    await this.unitOfWork.run((manager) =>
      manager.update(
        SessionEntity,
        { id: session.id, endedAt: IsNull() },
        { lastSeenAt: now, idleExpiresAt },
      ),
    );
    return {
      sessionId: session.id,
      user: toSessionUser(session.user),
      expiresAt: idleExpiresAt,
      onCall,
    };
  }

  /**
   * Whether a session is still open, without counting this as activity: a wall board left
   * streaming must not keep an unattended session alive.
   */
  async isLive(sessionId: string): Promise<boolean> {
    const session = await this.sessions.findOne({
      where: { id: sessionId, endedAt: IsNull() },
      relations: { user: true },
    });
    if (!session) return false;
    const reason = this.endReason(session, this.clock.now());
    if (reason) await this.end(sessionId, reason);
    return reason === null;
  }

  async end(sessionId: string, reason: SessionEndReason): Promise<void> {
    await this.unitOfWork.run((manager) =>
      manager.update(
        SessionEntity,
        { id: sessionId, endedAt: IsNull() },
        { endedAt: this.clock.now(), endReason: reason },
      ),
    );
  }

  async revokeAllForUser(
    userId: string,
    reason: 'deactivated' | 'password-reset',
  ): Promise<number> {
    const result = await this.sessions.update(
      { userId, endedAt: IsNull() },
      { endedAt: this.clock.now(), endReason: reason },
    );
    return result.affected ?? 0;
  }

  private endReason(
    session: SessionEntity,
    now: Date,
  ): SessionEndReason | null {
    if (!session.user.active) return 'deactivated';
    if (now >= session.absoluteExpiresAt) return 'absolute';
    if (now >= session.idleExpiresAt) return 'idle';
    return null;
  }

  private idleExpiry(now: Date, absoluteExpiresAt: Date): Date {
    const idle = new Date(
      now.getTime() + this.config.session.idleMinutes * MINUTE_MS,
    );
    return idle < absoluteExpiresAt ? idle : absoluteExpiresAt;
  }
}
