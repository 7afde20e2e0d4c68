import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  In,
  LessThan,
  LessThanOrEqual,
  MoreThan,
  MoreThanOrEqual,
  Repository,
} from 'typeorm';
import type { BoardCall, BoardSnapshot } from '@casebook/shared/contracts';
import { CallbackEntity } from '@casebook/api/callbacks';
import { AssessmentEntity, CallEntity } from '@casebook/api/calls';
import { Clock } from '@casebook/api/core';
import { staleDraftSavedBefore } from '@casebook/shared/domain';

/** High-risk screens stay on the board for a shift. */
export const HIGH_RISK_WINDOW_HOURS = 12;
const MAX_ROWS = 50;

/** The supervisors' live board, read from the database (never from one process's memory). */
@Injectable()
export class BoardService {
  constructor(
    @InjectRepository(CallEntity)
    private readonly calls: Repository<CallEntity>,
    @InjectRepository(AssessmentEntity)
    private readonly assessments: Repository<AssessmentEntity>,
    @InjectRepository(CallbackEntity)
    private readonly callbacks: Repository<CallbackEntity>,
    private readonly clock: Clock,
  ) {}

  async snapshot(): Promise<BoardSnapshot> {
    const now = this.clock.now();
    // One rule splits the drafts: saved within 30 minutes is in progress, else unfinished.
    const staleBefore = staleDraftSavedBefore(now);
    const [inProgress, unfinished, highRisk, overdue] = await Promise.all([
      this.calls.find({
        where: { status: 'draft', updatedAt: MoreThan(staleBefore) },
        relations: { counselor: true, case: true },
        order: { startedAt: 'ASC' },
        take: MAX_ROWS,
      }),
      this.calls.find({
        where: { status: 'draft', updatedAt: LessThanOrEqual(staleBefore) },
        relations: { counselor: true, case: true },
        order: { updatedAt: 'DESC' },
        take: MAX_ROWS,
      }),
      this.calls.find({
        where: {
          riskLevel: 'high',
          updatedAt: MoreThanOrEqual(
            new Date(now.getTime() - HIGH_RISK_WINDOW_HOURS * 3_600_000),
          ),
        },
        relations: { counselor: true, case: true },
        order: { updatedAt: 'DESC' },
        take: MAX_ROWS,
      }),
      this.callbacks.find({
        where: { status: 'open', dueAt: LessThan(now) },
        relations: { case: true, assignedTo: true },
        order: { dueAt: 'ASC' },
        take: MAX_ROWS,
      }),
    ]);
    const scored = inProgress.length
      ? await this.assessments.find({
          where: { callId: In(inProgress.map((c) => c.id)) },
          order: { position: 'ASC' },
        })
      : [];
    return {
      at: now.toISOString(),
      inProgress: inProgress.map((call) => {
        const latest = scored
          .filter(
            (a) =>
              a.callId === call.id && a.total !== null && a.severity !== null,
          )
          .pop();
        return {
          callId: call.id,
          counselorId: call.counselorId,
          counselorName: call.counselor.displayName,
          caseNumber: call.case?.caseNumber ?? null,
          startedAt: call.startedAt.toISOString(),
          latestSeverity:
            latest && latest.total !== null && latest.severity !== null
              ? {
                  instrument: latest.instrument,
                  total: latest.total,
                  severity: latest.severity,
                }
              : null,
          riskLevel: call.riskLevel,
          overdose: call.overdose
            ? (JSON.parse(call.overdose) as BoardCall['overdose'])
            : null,
        };
      }),
      highRisk: highRisk.map((call) => ({
        callId: call.id,
        counselorName: call.counselor.displayName,
        caseNumber: call.case?.caseNumber ?? null,
        savedAt: call.updatedAt.toISOString(),
        status: call.status,
      })),
      unfinishedDrafts: unfinished.map((call) => ({
        callId: call.id,
        counselorName: call.counselor.displayName,
        caseNumber: call.case?.caseNumber ?? null,
        startedAt: call.startedAt.toISOString(),
        savedAt: call.updatedAt.toISOString(),
      })),
      overdueCallbacks: overdue.map((callback) => ({
        callbackId: callback.id,
        caseNumber: callback.case.caseNumber,
        assignedToName: callback.assignedTo?.displayName ?? null,
        dueAt: callback.dueAt.toISOString(),
      })),
    };
  }
}
