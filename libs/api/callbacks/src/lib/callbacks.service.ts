import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Repository } from 'typeorm';
import type {
  Callback,
  CallbackQueue,
  CallbackStatusFilter,
  CreateCallbackRequest,
  Page,
  SessionUser,
  UpdateCallbackRequest,
} from '@casebook/shared/contracts';
import { MAX_CALLBACK_DAYS_AHEAD } from '@casebook/shared/domain';
import { CallEntity } from '@casebook/api/calls';
import { CasesService } from '@casebook/api/cases';
import { Clock, RequestValidationError, UnitOfWork } from '@casebook/api/core';
import { UsersService } from '@casebook/api/users';
import { CallbackAttemptEntity } from './callback-attempt.entity';
import { CallbackErrors } from './callback-errors';
import { toCallback } from './callback-mapper';
import { CallbackEntity } from './callback.entity';

export interface CallbackFilter {
  /** Absent: 'mine', or 'all' when the list is of one case or one call. */
  queue?: CallbackQueue;
  status: CallbackStatusFilter;
  caseId?: string;
  sourceCallId?: string;
  page: number;
  pageSize: number;
}

/** Call-back queues: soonest due first, so overdue ones lead. */
@Injectable()
export class CallbacksService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly cases: CasesService,
    private readonly users: UsersService,
    private readonly clock: Clock,
  ) {}

  private get callbacks(): Repository<CallbackEntity> {
    return this.unitOfWork.repository(CallbackEntity);
  }

  private get attempts(): Repository<CallbackAttemptEntity> {
    return this.unitOfWork.repository(CallbackAttemptEntity);
  }

  private get calls(): Repository<CallEntity> {
    return this.unitOfWork.repository(CallEntity);
  }

  async list(
    filter: CallbackFilter,
    actor: SessionUser,
  ): Promise<Page<Callback>> {
    const query = this.callbacks
      .createQueryBuilder('callback')
      .innerJoinAndSelect('callback.case', 'case')
      .leftJoinAndSelect('callback.assignedTo', 'assignee');
    if (filter.status !== 'any')
      query.andWhere('callback.status = :status', { status: filter.status });
    if (filter.caseId)
      query.andWhere('callback.case_id = :caseId', { caseId: filter.caseId });
    if (filter.sourceCallId)
      query.andWhere('callback.source_call_id = :callId', {
        callId: filter.sourceCallId,
      });
    // A counselor may read any case (audited), so one case's or one call's call-backs are theirs to see whoever holds them.
    const scoped = Boolean(filter.caseId || filter.sourceCallId);
    const queue = filter.queue ?? (scoped ? 'all' : 'mine');
    if (queue === 'mine')
      query.andWhere('callback.assigned_to = :me', { me: actor.id });
    else if (queue === 'team') query.andWhere('callback.assigned_to IS NULL');
    else if (actor.role !== 'supervisor' && !scoped)
      throw CallbackErrors.allIsForSupervisors();
    const [rows, total] = await query
      .orderBy('callback.due_at', 'ASC')
      .addOrderBy('callback.id', 'ASC')
      .skip((filter.page - 1) * filter.pageSize)
      .take(filter.pageSize)
      .getManyAndCount();
    await this.loadAttempts(rows);
    const now = this.clock.now();
    return {
      items: rows.map((row) => toCallback(row, now)),
      total,
      page: filter.page,
      pageSize: filter.pageSize,
    };
  }

  async create(
    request: CreateCallbackRequest,
    actor: SessionUser,
  ): Promise<Callback> {
    this.checkDue(request.dueAt);
    if (!(await this.cases.exists(request.caseId)))
      throw CallbackErrors.unknownCase();
    if (
      request.assignedToId &&
      !(await this.users.findActiveCaller(request.assignedToId))
    )
      throw CallbackErrors.notACaller();
    if (
      request.sourceCallId &&
      !(await this.calls.existsBy({ id: request.sourceCallId }))
    ) {
      throw CallbackErrors.unknownCall('sourceCallId');
    }
    const now = this.clock.now();
    const id = randomUUID();
    await this.callbacks.insert({
      id,
      caseId: request.caseId,
      sourceCallId: request.sourceCallId ?? null,
      assignedToId: request.assignedToId ?? null,
      dueAt: new Date(request.dueAt),
      reason: request.reason,
      status: 'open',
      createdById: actor.id,
      createdAt: now,
      updatedAt: now,
      version: 1,
    });
    return this.get(id);
  }

  /**
   * Reschedules, reassigns, closes, or logs an attempt. A counselor may change their own
   * and the team's call-backs; supervisors any. Reaching the caller closes it as done.
   */
  async update(
    id: string,
    change: UpdateCallbackRequest,
    actor: SessionUser,
  ): Promise<Callback> {
    const row = await this.callbacks.findOneBy({ id });
    if (!row) throw CallbackErrors.notFound();
    if (
      actor.role !== 'supervisor' &&
      row.assignedToId !== null &&
      row.assignedToId !== actor.id
    ) {
      throw CallbackErrors.notYours();
    }
    if (row.version !== change.version) throw CallbackErrors.stale();
    if (change.dueAt !== undefined) this.checkDue(change.dueAt);
    if (
      change.assignedToId &&
      !(await this.users.findActiveCaller(change.assignedToId))
    )
      throw CallbackErrors.notACaller();
    if (
      change.attempt?.callId &&
      !(await this.calls.existsBy({ id: change.attempt.callId }))
    ) {
      throw CallbackErrors.unknownCall('attempt.callId');
    }
    const now = this.clock.now();
    const patch: Partial<CallbackEntity> = {
      updatedAt: now,
      version: row.version + 1,
    };
    if (change.dueAt !== undefined) patch.dueAt = new Date(change.dueAt);
    if (change.reason !== undefined) patch.reason = change.reason;
    if (change.assignedToId !== undefined)
      patch.assignedToId = change.assignedToId;
    if (change.status !== undefined) patch.status = change.status;
    else if (change.attempt?.result === 'reached') patch.status = 'done';
    const result = await this.callbacks.update(
      { id, version: change.version },
      patch,
    );
    if (!result.affected) throw CallbackErrors.stale();
    if (change.attempt) {
      await this.attempts.insert({
        id: randomUUID(),
        callbackId: id,
        attemptedAt: now,
        byUserId: actor.id,
        result: change.attempt.result,
        callId: change.attempt.callId ?? null,
        note: change.attempt.note?.trim() || null,
      });
    }
    return this.get(id);
  }

  async get(id: string): Promise<Callback> {
    const row = await this.callbacks.findOne({
      where: { id },
      relations: { case: true, assignedTo: true },
    });
    if (!row) throw CallbackErrors.notFound();
    await this.loadAttempts([row]);
    return toCallback(row, this.clock.now());
  }

  /** A call-back is planned at most a year ahead; past times are fine (it is simply overdue). */
  private checkDue(dueAt: string): void {
    const latest =
      this.clock.now().getTime() + MAX_CALLBACK_DAYS_AHEAD * 86_400_000;
    if (Date.parse(dueAt) > latest) {
      throw new RequestValidationError([
        {
          field: 'dueAt',
          message: `dueAt must be within ${MAX_CALLBACK_DAYS_AHEAD} days from now`,
        },
      ]);
    }
  }

  private async loadAttempts(rows: CallbackEntity[]): Promise<void> {
    if (!rows.length) return;
    const attempts = await this.attempts
      .createQueryBuilder('attempt')
      .innerJoinAndSelect('attempt.byUser', 'by')
      .where('attempt.callback_id IN (:...ids)', {
        ids: rows.map((row) => row.id),
      })
      .getMany();
    for (const row of rows)
      row.attempts = attempts.filter(
        (attempt) => attempt.callbackId === row.id,
      );
  }
}
