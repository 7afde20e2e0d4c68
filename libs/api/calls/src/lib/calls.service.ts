import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager, In, Repository } from 'typeorm';
import type {
  CallContent,
  CallRecord,
  CallStatus,
  CallSummary,
  CreateCallRequest,
  Page,
  Referral,
  SessionUser,
  SymptomHistory,
  UpdateCallRequest,
} from '@casebook/shared/contracts';
import {
  cssrsRisk,
  getInstrument,
  hoursSinceLastUse,
  scoreAssessment,
} from '@casebook/shared/domain';
import { CasesService } from '@casebook/api/cases';
import {
  addToRollups,
  Clock,
  dialectOf,
  handleSeconds,
  RequestValidationError,
  toDriverSql,
  UnitOfWork,
} from '@casebook/api/core';
import { ResourcesService } from '@casebook/api/resources';
import { UsersService } from '@casebook/api/users';
import { contentOf, pickContent } from './call-content';
import { callContentProblems, finalizeProblems } from './call-content-rules';
import { CallErrors } from './call-errors';
import { toAssessmentRecord, toCallRecord, toCallSummary } from './call-mapper';
import { AddendumEntity } from './entities/addendum.entity';
import { AssessmentEntity } from './entities/assessment.entity';
import { CallEntity } from './entities/call.entity';

export interface CallFilter {
  caseId?: string;
  counselorId?: string;
  status?: CallStatus;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

/**
 * Call records: drafts autosaved while the call happens, finalized into read-only records,
 * amended by addenda. Every total, band and risk level is computed here by the shared
 * domain functions; what a client says about them is never stored.
 */
@Injectable()
export class CallsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly cases: CasesService,
    private readonly resources: ResourcesService,
    private readonly users: UsersService,
    private readonly clock: Clock,
  ) {}

  private get calls(): Repository<CallEntity> {
    return this.unitOfWork.repository(CallEntity);
  }

  private get assessments(): Repository<AssessmentEntity> {
    return this.unitOfWork.repository(AssessmentEntity);
  }

  private get addenda(): Repository<AddendumEntity> {
    return this.unitOfWork.repository(AddendumEntity);
  }

  /** Starts a draft; the same client-chosen id again returns the draft already made. */
  async create(
    request: CreateCallRequest,
    actor: SessionUser,
  ): Promise<{ record: CallRecord; created: boolean }> {
    if (request.id) {
      const existing = await this.calls.findOneBy({ id: request.id });
      if (existing) {
        if (existing.counselorId !== actor.id) throw CallErrors.idTaken();
        return { record: await this.get(existing.id), created: false };
      }
    }
    const content = pickContent(request);
    await this.check(content);
    const now = this.clock.now();
    const id = request.id ?? randomUUID();
    await this.unitOfWork.run(async (manager) => {
      await manager.insert(CallEntity, {
        id,
        counselorId: actor.id,
        status: 'draft',
        createdAt: now,
        updatedAt: now,
        version: 1,
        ...(await this.columns(content)),
      });
      await this.writeAssessments(manager, id, content, [], now);
    });
    return { record: await this.get(id), created: true };
  }

  /** Autosave: the fields sent replace the stored ones, and the whole result is checked. */
  async update(
    id: string,
    change: UpdateCallRequest,
    actor: SessionUser,
  ): Promise<CallRecord> {
    const row = await this.editableDraft(id, actor);
    if (change.version !== undefined && change.version !== row.version)
      throw CallErrors.stale();
    const existing = await this.assessments.find({
      where: { callId: id },
      order: { position: 'ASC' },
    });
    const content = {
      ...contentOf(toCallRecord(row, existing, [])),
      ...pickContent(change),
    };
    await this.check(content);
    const now = this.clock.now();
    await this.unitOfWork.run(async (manager) => {
      const result = await manager.update(
        CallEntity,
        { id, version: row.version, status: 'draft' },
        {
          ...(await this.columns(content)),
          updatedAt: now,
          version: row.version + 1,
        },
      );
      if (!result.affected) throw CallErrors.stale();
      if (
        change.assessments !== undefined ||
        change.lastUseAt !== undefined ||
        change.caseId !== undefined
      ) {
        await this.writeAssessments(manager, id, content, existing, now);
      }
    });
    return this.get(id);
  }

  /** Locks the call; its case learns the call's time, last use and latest severity. */
  async finalize(id: string, actor: SessionUser): Promise<CallRecord> {
    const row = await this.editableDraft(id, actor);
    const now = this.clock.now();
    const problems = finalizeProblems(row.startedAt, row.endedAt, now);
    if (problems.length) throw new RequestValidationError(problems);
    const endedAt = row.endedAt ?? (now > row.startedAt ? now : row.startedAt);
    await this.unitOfWork.run(async (manager) => {
      const result = await manager.update(
        CallEntity,
        { id, version: row.version, status: 'draft' },
        {
          status: 'final',
          finalizedAt: now,
          endedAt,
          handleSeconds: handleSeconds(row.startedAt, endedAt),
          updatedAt: now,
          version: row.version + 1,
        },
      );
      if (!result.affected) throw CallErrors.stale();
      // The call enters the report rollups with the change that makes it count.
      const dialect = dialectOf(manager);
      for (const statement of addToRollups(dialect, {
        sql: 'c.id = ?',
        params: [id],
      })) {
        await manager.query(
          toDriverSql(dialect, statement.sql),
          statement.params,
        );
      }
    });
    const record = await this.get(id);
    if (record.caseId) {
      const latest =
        [...record.assessments]
          .reverse()
          .find((a) => a.status === 'complete') ?? null;
      await this.cases.recordFinalizedCall(record.caseId, {
        startedAt: new Date(record.startedAt),
        lastUseAt: record.lastUseAt ? new Date(record.lastUseAt) : null,
        substance: record.substance,
        coUsedSubstances: record.coUsedSubstances,
        pregnant: record.pregnant,
        latestAssessment: latest,
      });
    }
    return record;
  }

  async addAddendum(
    id: string,
    text: string,
    actor: SessionUser,
  ): Promise<CallRecord> {
    const row = await this.calls.findOneBy({ id });
    if (!row) throw CallErrors.notFound();
    if (row.status !== 'final') throw CallErrors.notFinalized();
    await this.addenda.insert({
      id: randomUUID(),
      callId: id,
      authorId: actor.id,
      text,
      createdAt: this.clock.now(),
    });
    return this.get(id);
  }

  /**
   * A call as `actor` may read it: finalized calls are the helpline's record, but a draft
   * belongs to its counselor (and the supervisors) until it is finalized.
   */
  async readAs(id: string, actor: SessionUser): Promise<CallRecord> {
    const record = await this.get(id);
    if (
      !mayReadDraftsOf(actor, record.counselorId) &&
      record.status !== 'final'
    )
      throw CallErrors.draftOfAnother();
    return record;
  }

  async get(id: string): Promise<CallRecord> {
    const row = await this.calls.findOne({
      where: { id },
      relations: { case: true, counselor: true, discardedBy: true },
    });
    if (!row) throw CallErrors.notFound();
    const [assessments, addenda] = await Promise.all([
      this.assessments.find({
        where: { callId: id },
        order: { position: 'ASC' },
      }),
      this.addenda.find({
        where: { callId: id },
        order: { createdAt: 'ASC' },
        relations: { author: true },
      }),
    ]);
    return toCallRecord(row, assessments, addenda);
  }

  /** Newest first, one page, with each call's latest severity and addenda count; a counselor sees only their own drafts and discarded drafts. */
  async list(
    filter: CallFilter,
    actor: SessionUser,
  ): Promise<Page<CallSummary>> {
    const query = this.calls
      .createQueryBuilder('call')
      .leftJoinAndSelect('call.case', 'case')
      .innerJoinAndSelect('call.counselor', 'counselor');
    if (actor.role !== 'supervisor') {
      query.andWhere(`(call.status = 'final' OR call.counselor_id = :me)`, {
        me: actor.id,
      });
    }
    if (filter.caseId)
      query.andWhere('call.case_id = :caseId', { caseId: filter.caseId });
    if (filter.counselorId)
      query.andWhere('call.counselor_id = :counselorId', {
        counselorId: filter.counselorId,
      });
    // A discarded draft is listed only when asked for by name (ADR 32).
    if (filter.status)
      query.andWhere('call.status = :status', { status: filter.status });
    else query.andWhere(`call.status <> 'discarded'`);
    if (filter.from)
      query.andWhere('call.started_at >= :from', {
        from: new Date(filter.from),
      });
    if (filter.to)
      query.andWhere('call.started_at < :to', { to: new Date(filter.to) });
    const [rows, total] = await query
      .orderBy('call.started_at', 'DESC')
      .addOrderBy('call.id', 'ASC')
      .skip((filter.page - 1) * filter.pageSize)
      .take(filter.pageSize)
      .getManyAndCount();
    const items = await this.summarize(rows);
    return { items, total, page: filter.page, pageSize: filter.pageSize };
  }

  /** The list rows of the given calls, in the order of `ids` (reports' drill-down). */
  async summaries(ids: readonly string[]): Promise<CallSummary[]> {
    if (!ids.length) return [];
    const rows = await this.calls.find({
      where: { id: In([...ids]) },
      relations: { case: true, counselor: true },
    });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return this.summarize(ids.flatMap((id) => byId.get(id) ?? []));
  }

  private async summarize(rows: CallEntity[]): Promise<CallSummary[]> {
    const ids = rows.map((row) => row.id);
    if (!ids.length) return [];
    const assessments = await this.assessments.find({
      where: { callId: In(ids) },
      order: { position: 'ASC' },
    });
    const counts: { callId: string; count: string | number }[] =
      await this.addenda
        .createQueryBuilder('addendum')
        .select('addendum.call_id', 'callId')
        .addSelect('COUNT(*)', 'count')
        .where('addendum.call_id IN (:...ids)', { ids })
        .groupBy('addendum.call_id')
        .getRawMany();
    return rows.map((row) =>
      toCallSummary(
        row,
        assessments.filter((a) => a.callId === row.id),
        Number(counts.find((c) => c.callId === row.id)?.count ?? 0),
      ),
    );
  }

  /** Every assessment of the case's finalized calls, oldest first: the symptom history. */
  async symptomHistory(caseId: string): Promise<SymptomHistory> {
    await this.cases.find(caseId);
    const rows = await this.assessments
      .createQueryBuilder('a')
      .innerJoin(CallEntity, 'call', 'call.id = a.call_id')
      .where('call.case_id = :caseId', { caseId })
      .andWhere(`call.status = 'final'`)
      .orderBy('a.recorded_at', 'ASC')
      .addOrderBy('a.position', 'ASC')
      .getMany();
    return {
      items: rows.map((row) => {
        const record = toAssessmentRecord(row);
        return {
          callId: row.callId,
          assessmentId: row.id,
          recordedAt: record.recordedAt,
          instrument: record.instrument,
          answers: { ...record.answers },
          status: record.status,
          total: record.total,
          severity: record.severity,
          hoursSinceLastUse: record.hoursSinceLastUse,
        };
      }),
    };
  }

  private async editableDraft(
    id: string,
    actor: SessionUser,
  ): Promise<CallEntity> {
    const row = await this.calls.findOne({
      where: { id },
      relations: { case: true, counselor: true },
    });
    if (!row) throw CallErrors.notFound();
    if (row.status === 'final') throw CallErrors.finalized();
    if (row.status === 'discarded') throw CallErrors.discarded();
    if (row.counselorId !== actor.id) throw CallErrors.notOwner();
    return row;
  }

  private async check(content: CallContent): Promise<void> {
    const problems = callContentProblems(content, this.clock.now());
    if (problems.length) throw new RequestValidationError(problems);
    if (content.caseId && !(await this.cases.exists(content.caseId)))
      throw CallErrors.unknownCase();
    const disclosedBy = content.risk?.emergencyDisclosure?.disclosedByUserId;
    if (disclosedBy && !(await this.users.findActiveCaller(disclosedBy))) {
      const field = 'risk.emergencyDisclosure.disclosedByUserId';
      throw new RequestValidationError([
        {
          field,
          message: `${field} must name an active counselor or supervisor`,
        },
      ]);
    }
    const referrals = content.referrals ?? [];
    for (const [index, referral] of referrals.entries()) {
      if (
        referral.resourceId &&
        !(await this.resources.exists(referral.resourceId))
      ) {
        const field = `referrals.${index}.resourceId`;
        throw new RequestValidationError([
          { field, message: `${field} does not name a directory entry` },
        ]);
      }
    }
  }

  /** The call's own columns from its content; the risk level is the server's, from the shared screener. */
  private async columns(content: CallContent): Promise<Partial<CallEntity>> {
    // A disclosure recorded for an overdose, with no question answered, is no screen: no level.
    const risk =
      content.risk && Object.keys(content.risk.answers).length
        ? cssrsRisk(content.risk.answers)
        : null;
    return {
      caseId: content.caseId ?? null,
      direction: content.direction,
      callerRelation: content.callerRelation ?? 'self',
      startedAt: content.startedAt ? new Date(content.startedAt) : undefined,
      endedAt: content.endedAt ? new Date(content.endedAt) : null,
      notes: content.notes ?? '',
      lastUseAt: content.lastUseAt ? new Date(content.lastUseAt) : null,
      substance: content.substance ?? null,
      coUsedSubstances: content.coUsedSubstances ?? [],
      pregnant: content.pregnant ?? false,
      withdrawalDangerSigns: content.withdrawalDangerSigns ?? [],
      overdose: content.overdose
        ? JSON.stringify({
            openedAt: content.overdose.openedAt,
            steps: content.overdose.steps.map(({ step, doneAt }) => ({
              step,
              doneAt,
            })),
          })
        : null,
      symptoms: JSON.stringify({
        symptomIds: content.symptoms?.symptomIds ?? [],
        freeText: content.symptoms?.freeText,
      }),
      risk: content.risk
        ? JSON.stringify({
            answers: content.risk.answers,
            emergencyDisclosure: content.risk.emergencyDisclosure ?? null,
          })
        : null,
      riskLevel: risk?.ok
        ? risk.status === 'complete'
          ? risk.level
          : risk.levelSoFar
        : null,
      riskComplete: risk?.ok === true && risk.status === 'complete',
      outcome: content.outcome ?? null,
      referrals: JSON.stringify(
        withPregnancyPriority(
          content.referrals ?? [],
          content.pregnant ?? false,
        ),
      ),
      naloxoneDiscussed: content.naloxoneDiscussed ?? false,
      naloxoneNotDiscussedReason: content.naloxoneNotDiscussedReason || null,
      overdoseEducationGiven: content.overdoseEducationGiven ?? false,
    };
  }

  /**
   * Stores the call's assessments as the server scores them. An assessment keeps its id and
   * the time it was first recorded while the same instrument stays at its place, so the
   * symptom history shows when it was asked, not when it was last autosaved.
   */
  private async writeAssessments(
    manager: EntityManager,
    callId: string,
    content: CallContent,
    existing: AssessmentEntity[],
    now: Date,
  ): Promise<void> {
    const lastUseAt =
      content.lastUseAt ??
      (content.caseId
        ? (await this.cases.find(content.caseId)).lastUseAt
        : null);
    const wanted = content.assessments ?? [];
    const rows = wanted.map((assessment, position) => {
      const outcome = scoreAssessment(
        assessment.instrument,
        assessment.answers,
      );
      if (!outcome.ok)
        throw new RequestValidationError([
          { field: `assessments.${position}`, message: 'invalid assessment' },
        ]);
      const kept =
        existing[position]?.instrument === assessment.instrument
          ? existing[position]
          : null;
      const recordedAt = kept?.recordedAt ?? now;
      const score = outcome.score;
      const itemCount = getInstrument(assessment.instrument)?.items.length ?? 0;
      return manager.create(AssessmentEntity, {
        id: kept?.id ?? randomUUID(),
        callId,
        position,
        instrument: assessment.instrument,
        answers: JSON.stringify(assessment.answers),
        status: score.status,
        answered: score.status === 'complete' ? itemCount : score.answered,
        itemCount,
        total: score.status === 'complete' ? score.total : null,
        severity: score.status === 'complete' ? score.band.severity : null,
        recordedAt,
        hoursSinceLastUse: lastUseAt
          ? hoursSinceLastUse(lastUseAt, recordedAt)
          : null,
      });
    });
    const keptIds = new Set(rows.map((row) => row.id));
    const dropped = existing
      .filter((row) => !keptIds.has(row.id))
      .map((row) => row.id);
    // A draft's assessment removed by the counselor before finalizing was never part of a record.
    if (dropped.length)
      await manager.delete(AssessmentEntity, { id: In(dropped) });
    if (rows.length) await manager.save(rows);
  }
}

/** Supervisors read every draft; anyone else only their own. */
function mayReadDraftsOf(actor: SessionUser, counselorId: string): boolean {
  return actor.role === 'supervisor' || actor.id === counselorId;
}

/**
 * A pregnant caller's referrals are marked priority (ACOG 711: medication treatment is
 * recommended, so the service should see them first; the marking is our choice, ADR 25).
 * The flag follows the pregnancy: it is the server's, whatever a client sends.
 */
function withPregnancyPriority(
  referrals: readonly Referral[],
  pregnant: boolean,
): Referral[] {
  return referrals.map((sent) => {
    const referral: Referral = { ...sent };
    delete referral.priority;
    return pregnant ? { ...referral, priority: true } : referral;
  });
}
