import {
  BadRequestException,
  ConflictException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Repository } from 'typeorm';
import type {
  CreateUserRequest,
  Page,
  StaffMember,
  UpdateUserRequest,
  UserAccount,
} from '@casebook/shared/contracts';
import { normalizeUsername } from '@casebook/shared/domain';
import { Clock, SessionRevoker, UnitOfWork } from '@casebook/api/core';
import { PasswordHasher } from './password-hasher';
import { UserEntity } from './user.entity';
import { toStaffMember, toUserAccount } from './user-mapper';

@Injectable()
export class UsersService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionRevoker,
    private readonly clock: Clock,
  ) {}

  private get users(): Repository<UserEntity> {
    return this.unitOfWork.repository(UserEntity);
  }

  async list(page: number, pageSize: number): Promise<Page<UserAccount>> {
    const [rows, total] = await this.users.findAndCount({
      order: { username: 'ASC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    return { items: rows.map(toUserAccount), total, page, pageSize };
  }

  /**
   * Every account, deactivated ones too (old records still name them), by display name.
   * Sorted here rather than in SQL: SQLite and PostgreSQL collate names differently.
   */
  async listStaff(): Promise<StaffMember[]> {
    const rows = await this.users.find({
      select: { id: true, displayName: true, role: true, active: true },
    });
    return rows.map(toStaffMember).sort(
      (a, b) =>
        a.displayName.localeCompare(b.displayName, 'en', {
          sensitivity: 'base',
        }) || a.id.localeCompare(b.id),
    );
  }

  async create(request: CreateUserRequest): Promise<UserAccount> {
    const username = normalizeUsername(request.username);
    if (await this.users.existsBy({ username })) {
      throw new ConflictException(
        `An account named "${username}" already exists`,
      );
    }
    const now = this.clock.now();
    const user = this.users.create({
      id: randomUUID(),
      username,
      displayName: request.displayName.trim(),
      role: request.role,
      passwordHash: await this.hasher.hash(request.password),
      active: true,
      createdAt: now,
      updatedAt: now,
      lastLoginAt: null,
    });
    return toUserAccount(await this.users.save(user));
  }

  /** Applies an admin's change; deactivation and password reset end the user's sessions at once. */
  async update(
    id: string,
    change: UpdateUserRequest,
    actorId: string,
  ): Promise<UserAccount> {
    const user = await this.users.findOneBy({ id });
    if (!user) throw new NotFoundException('No such account');
    if (
      id === actorId &&
      (change.active === false || (change.role && change.role !== user.role))
    ) {
      throw new BadRequestException(
        'You cannot deactivate your own account or change your own role; ask another admin',
      );
    }
    if (change.displayName !== undefined)
      user.displayName = change.displayName.trim();
    if (change.role !== undefined) user.role = change.role;
    if (change.active !== undefined) user.active = change.active;
    if (change.password !== undefined)
      user.passwordHash = await this.hasher.hash(change.password);
    user.updatedAt = this.clock.now();
    const saved = await this.users.save(user);
    if (change.active === false)
      await this.sessions.revokeAllForUser(id, 'deactivated');
    else if (change.password !== undefined)
      await this.sessions.revokeAllForUser(id, 'password-reset');
    return toUserAccount(saved);
  }

  /** The active account whose password matches, or null; the same time is spent either way. */
  async verifyCredentials(
    username: string,
    password: string,
  ): Promise<UserEntity | null> {
    const user = await this.users.findOneBy({
      username: normalizeUsername(username),
    });
    const matches = await this.hasher.verify(
      user?.passwordHash ?? null,
      password,
    );
    return user && matches && user.active ? user : null;
  }

  /** An active account that takes calls (counselor or supervisor), or null. */
  async findActiveCaller(id: string): Promise<UserEntity | null> {
    const user = await this.users.findOneBy({ id, active: true });
    return user && user.role !== 'admin' ? user : null;
  }

  async findByUsername(username: string): Promise<UserEntity | null> {
    return this.users.findOneBy({
      username: normalizeUsername(username).slice(0, 64),
    });
  }

  async recordSignIn(id: string): Promise<void> {
    await this.users.update({ id }, { lastLoginAt: this.clock.now() });
  }

  async isEmpty(): Promise<boolean> {
    return (await this.users.count()) === 0;
  }
}
