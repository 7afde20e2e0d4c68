import { HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { type EntityManager, LessThan, MoreThan } from 'typeorm';
import { normalizeUsername } from '@casebook/shared/domain';
import { Clock, UnitOfWork } from '@casebook/api/core';
import { LoginFailureEntity } from './login-failure.entity';
import { throttleDelaySeconds } from './throttle-delay';

/** Failures counted over this window; older ones count for nothing and are pruned. */
export const LOGIN_FAILURE_WINDOW_MINUTES = 15;
/** One address trying many accounts; a shared helpline office sits behind one address, hence higher. */
export const MAX_FAILURES_PER_ADDRESS = 20;
/** NIST SP 800-63B §5.2.2: no more than 100 failed attempts on one account, from anywhere. */
export const MAX_FAILURES_PER_ACCOUNT = 100;

/** A 429 with Retry-After, said in words a counselor understands. */
export class TooManyLoginAttempts extends HttpException {
  constructor(readonly retryAfterSeconds: number) {
    const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
    super(
      `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}, or ask an admin to reset your password.`,
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}

/** An attempt let through to the password check; it counts as a failure unless forgiven. */
export interface LoginAttempt {
  username: string;
  clientAddress: string;
}

/**
 * Sign-in throttle (ADR 0017), counted in the database so every API instance agrees.
 * An attempt is recorded as a failure *before* its password is checked, in the same
 * serialized transaction as the count that admits it: forty guesses sent at once see each
 * other, and at most the allowed number reach the password check. A success forgives it.
 */
@Injectable()
export class LoginThrottle {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  /** Admits and records one attempt, or throws {@link TooManyLoginAttempts}. */
  reserve(username: string, clientAddress: string): Promise<LoginAttempt> {
    const attempt = {
      username: normalizeUsername(username).slice(0, 64),
      clientAddress,
    };
    return this.unitOfWork.run(async (manager) => {
      await lockFor(manager, attempt);
      const now = this.clock.now();
      const retryAfter = await this.retryAfter(manager, attempt, now);
      if (retryAfter > 0) throw new TooManyLoginAttempts(retryAfter);
      await manager.insert(LoginFailureEntity, {
        id: randomUUID(),
        ...attempt,
        failedAt: now,
      });
      await manager.delete(LoginFailureEntity, {
        failedAt: LessThan(this.windowStart(now)),
      });
      return attempt;
    });
  }

  /** A successful sign-in forgives this username's failures from this address, the attempt included. */
  async forgive(attempt: LoginAttempt): Promise<void> {
    await this.unitOfWork.run((manager) =>
      manager.delete(LoginFailureEntity, attempt),
    );
  }

  /** Seconds until the next attempt may be checked: 0 when it may be now. */
  private async retryAfter(
    manager: EntityManager,
    attempt: LoginAttempt,
    now: Date,
  ): Promise<number> {
    const since = MoreThan(this.windowStart(now));
    const failures = manager.getRepository(LoginFailureEntity);
    const pair = await failures.find({
      where: { ...attempt, failedAt: since },
      order: { failedAt: 'DESC' },
      select: { failedAt: true },
    });
    const waits = [0];
    const delay = throttleDelaySeconds(pair.length);
    if (delay > 0)
      waits.push(secondsUntil(pair[0].failedAt.getTime() + delay * 1000, now));
    waits.push(
      await this.limitWait(
        manager,
        { clientAddress: attempt.clientAddress },
        MAX_FAILURES_PER_ADDRESS,
        now,
      ),
    );
    waits.push(
      await this.limitWait(
        manager,
        { username: attempt.username },
        MAX_FAILURES_PER_ACCOUNT,
        now,
      ),
    );
    return Math.max(...waits);
  }

  /** While `limit` failures match within the window, the wait until the oldest of them ages out. */
  private async limitWait(
    manager: EntityManager,
    where: Partial<LoginAttempt>,
    limit: number,
    now: Date,
  ): Promise<number> {
    const recent = await manager.getRepository(LoginFailureEntity).find({
      where: { ...where, failedAt: MoreThan(this.windowStart(now)) },
      order: { failedAt: 'DESC' },
      take: limit,
      select: { failedAt: true },
    });
    if (recent.length < limit) return 0;
    return secondsUntil(
      recent[limit - 1].failedAt.getTime() +
        LOGIN_FAILURE_WINDOW_MINUTES * 60_000,
      now,
    );
  }

  private windowStart(now: Date): Date {
    return new Date(now.getTime() - LOGIN_FAILURE_WINDOW_MINUTES * 60_000);
  }
}

function secondsUntil(freeAtMs: number, now: Date): number {
  return Math.max(0, Math.ceil((freeAtMs - now.getTime()) / 1000));
}

/**
 * On PostgreSQL, concurrent transactions each hold a connection: they queue on advisory
 * locks for the account and the address (always in that order, so they cannot deadlock).
 * SQLite's transactions already run one at a time (UnitOfWork).
 */
async function lockFor(
  manager: EntityManager,
  attempt: LoginAttempt,
): Promise<void> {
  if (manager.connection.options.type !== 'postgres') return;
  await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
    `login:user:${attempt.username}`,
  ]);
  await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
    `login:addr:${attempt.clientAddress}`,
  ]);
}
