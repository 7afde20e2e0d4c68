import { HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { LessThan, MoreThan, Repository } from 'typeorm';
import { normalizeUsername } from '@casebook/shared/domain';
import { Clock } from '@casebook/api/core';
import { LoginFailureEntity } from './login-failure.entity';

/** Failures counted over this window; a throttled caller waits until the oldest one ages out. */
export const LOGIN_FAILURE_WINDOW_MINUTES = 15;
/** Guessing one account's password: a few typos are human, five in 15 minutes are not. */
export const MAX_FAILURES_PER_USERNAME = 5;
/** One address trying many accounts; a shared helpline office sits behind one address, hence higher. */
export const MAX_FAILURES_PER_ADDRESS = 20;

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

/** Throttles repeated sign-in failures, counted in the database so every API instance agrees. */
@Injectable()
export class LoginThrottle {
  constructor(
    @InjectRepository(LoginFailureEntity) private readonly failures: Repository<LoginFailureEntity>,
    private readonly clock: Clock,
  ) {}

  /** Throws {@link TooManyLoginAttempts} while either limit is reached. */
  async assertAllowed(username: string, clientAddress: string): Promise<void> {
    const since = this.windowStart();
    const byUsername = { username: normalizeUsername(username).slice(0, 64), failedAt: MoreThan(since) };
    const byAddress = { clientAddress, failedAt: MoreThan(since) };
    const retryAfter = Math.max(
      await this.retryAfter(byUsername, MAX_FAILURES_PER_USERNAME),
      await this.retryAfter(byAddress, MAX_FAILURES_PER_ADDRESS),
    );
    if (retryAfter > 0) throw new TooManyLoginAttempts(retryAfter);
  }

  async recordFailure(username: string, clientAddress: string): Promise<void> {
    await this.failures.insert({
      id: randomUUID(),
      username: normalizeUsername(username).slice(0, 64),
      clientAddress,
      failedAt: this.clock.now(),
    });
    // Rows outside the window count for nothing: prune them as we go.
    await this.failures.delete({ failedAt: LessThan(this.windowStart()) });
  }

  /** A successful sign-in forgives that username's earlier typos. */
  async forgive(username: string): Promise<void> {
    await this.failures.delete({ username: normalizeUsername(username).slice(0, 64) });
  }

  private async retryAfter(where: object, limit: number): Promise<number> {
    const recent = await this.failures.find({ where, order: { failedAt: 'DESC' }, take: limit, select: { failedAt: true } });
    if (recent.length < limit) return 0;
    const oldestCounted = recent[limit - 1].failedAt.getTime();
    const freeAt = oldestCounted + LOGIN_FAILURE_WINDOW_MINUTES * 60_000;
    return Math.max(0, Math.ceil((freeAt - this.clock.now().getTime()) / 1000));
  }

  private windowStart(): Date {
    return new Date(this.clock.now().getTime() - LOGIN_FAILURE_WINDOW_MINUTES * 60_000);
  }
}
