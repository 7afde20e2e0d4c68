import { Test } from '@nestjs/testing';
import { getRepositoryToken, TypeOrmModule } from '@nestjs/typeorm';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Repository } from 'typeorm';
import { SESSION_ABSOLUTE_HOURS } from '@casebook/shared/domain';
import {
  APP_CONFIG,
  Clock,
  dataSourceOptions,
  loadConfig,
  ManualClock,
  OpenCalls,
  UnitOfWork,
} from '@casebook/api/core';
import { UserEntity } from '@casebook/api/users';
import { SessionEntity } from './session.entity';
import { SessionService } from './session.service';
import { hashSessionToken } from './session-token';

describe('SessionService (real SQLite)', () => {
  let dir: string;
  let clock: ManualClock;
  let service: SessionService;
  let users: Repository<UserEntity>;
  let sessions: Repository<SessionEntity>;
  let close: () => Promise<void>;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'casebook-session-'));
    clock = new ManualClock();
    const config = loadConfig({
      DASHBOARD_DIR: 'off',
      SESSION_IDLE_MINUTES: '10',
      DATABASE_PATH: join(dir, 'db.sqlite'),
    });
    const moduleRef = await Test.createTestingModule({
      imports: [
        TypeOrmModule.forRoot(
          dataSourceOptions(config.database, [UserEntity, SessionEntity]),
        ),
        TypeOrmModule.forFeature([UserEntity, SessionEntity]),
      ],
      providers: [
        SessionService,
        UnitOfWork,
        { provide: APP_CONFIG, useValue: config },
        { provide: Clock, useValue: clock },
        // No calls tables here: nobody is on a call (the HTTP specs cover open calls).
        {
          provide: OpenCalls,
          useValue: { isOnCall: () => Promise.resolve(false) },
        },
      ],
    }).compile();
    await moduleRef.init();
    service = moduleRef.get(SessionService);
    users = moduleRef.get(getRepositoryToken(UserEntity));
    sessions = moduleRef.get(getRepositoryToken(SessionEntity));
    close = () => moduleRef.close();
    await users.insert({
      id: 'u1',
      username: 'sam',
      displayName: 'Sam',
      role: 'counselor',
      passwordHash: 'not used here',
      active: true,
      createdAt: clock.now(),
      updatedAt: clock.now(),
      lastLoginAt: null,
    });
  });

  afterEach(async () => {
    await close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores only the hash of the token it hands out', async () => {
    const { token } = await service.start('u1');
    const stored = await sessions.find();
    expect(stored.length).toBe(1);
    expect(stored[0].tokenHash).toBe(hashSessionToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);
  });

  it('authenticates a live token and restarts its idle timer', async () => {
    const { token, expiresAt } = await service.start('u1');
    expect(expiresAt.getTime()).toBe(clock.now().getTime() + 10 * 60_000);
    clock.advanceMinutes(9);
    const session = await service.authenticate(token);
    expect(session?.user).toEqual({
      id: 'u1',
      username: 'sam',
      displayName: 'Sam',
      role: 'counselor',
    });
    expect(session?.expiresAt.getTime()).toBe(
      clock.now().getTime() + 10 * 60_000,
    );
  });

  it('ends a session idle for exactly the limit and records why', async () => {
    const { token } = await service.start('u1');
    clock.advanceMinutes(10);
    expect(await service.authenticate(token)).toBeNull();
    const [stored] = await sessions.find();
    expect(stored.endReason).toBe('idle');
    clock.advanceMinutes(-5);
    expect(await service.authenticate(token)).toBeNull();
  });

  it('never lets the idle expiry pass the absolute limit', async () => {
    const { token } = await service.start('u1');
    const limit = clock.now().getTime() + SESSION_ABSOLUTE_HOURS * 3_600_000;
    for (
      let minutes = 0;
      minutes < SESSION_ABSOLUTE_HOURS * 60 - 5;
      minutes += 5
    ) {
      clock.advanceMinutes(5);
      await service.authenticate(token);
    }
    const last = await service.authenticate(token);
    expect(last?.expiresAt.getTime()).toBe(limit);
    clock.advanceMinutes(5);
    expect(await service.authenticate(token)).toBeNull();
    expect((await sessions.find())[0].endReason).toBe('absolute');
  });

  it('refuses the sessions of a deactivated account', async () => {
    const { token } = await service.start('u1');
    await users.update({ id: 'u1' }, { active: false });
    expect(await service.authenticate(token)).toBeNull();
    expect((await sessions.find())[0].endReason).toBe('deactivated');
  });

  it('revokes every open session of one user and no other', async () => {
    await users.insert({
      ...(await users.findOneByOrFail({ id: 'u1' })),
      id: 'u2',
      username: 'kim',
    });
    const a = await service.start('u1');
    const b = await service.start('u1');
    const other = await service.start('u2');
    expect(await service.revokeAllForUser('u1', 'deactivated')).toBe(2);
    expect(await service.authenticate(a.token)).toBeNull();
    expect(await service.authenticate(b.token)).toBeNull();
    expect(await service.authenticate(other.token)).not.toBeNull();
  });

  it('does not revive an ended session', async () => {
    const { token } = await service.start('u1');
    const session = await service.authenticate(token);
    await service.end(session?.sessionId ?? '', 'signed-out');
    expect(await service.authenticate(token)).toBeNull();
  });
});
