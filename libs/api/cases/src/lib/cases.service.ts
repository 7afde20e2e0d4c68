import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Brackets, Repository } from 'typeorm';
import type { CountryCode } from 'libphonenumber-js';
import type {
  AssessmentRecord,
  CaseRecord,
  CaseStatus,
  CaseSummary,
  CreateCaseRequest,
  Page,
  SessionUser,
  Substance,
  UpdateCaseRequest,
} from '@casebook/shared/contracts';
import {
  CLOCK_SKEW_TOLERANCE_MINUTES,
  normalizePhone,
} from '@casebook/shared/domain';
import {
  APP_CONFIG,
  type AppConfig,
  Clock,
  containsPattern,
  UnitOfWork,
} from '@casebook/api/core';
import { CaseEntity } from './case.entity';
import { CaseErrors } from './case-errors';
import { toCaseRecord, toCaseSummary } from './case-mapper';
import { nextCaseNumber, parseCaseNumber } from './case-number';

export interface CaseSearch {
  q?: string;
  phone?: string;
  status?: CaseStatus;
  page: number;
  pageSize: number;
}

/** What a finalized call tells its case: copied onto the case for the lookup. */
export interface FinalizedCallFacts {
  startedAt: Date;
  lastUseAt: Date | null;
  /** What the call recorded; the case takes it when the call is its newest. */
  substance: Substance | null;
  coUsedSubstances: Substance[];
  pregnant: boolean;
  latestAssessment: Pick<
    AssessmentRecord,
    'instrument' | 'total' | 'severity' | 'recordedAt'
  > | null;
}

@Injectable()
export class CasesService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  private get cases(): Repository<CaseEntity> {
    return this.unitOfWork.repository(CaseEntity);
  }

  async create(
    request: CreateCaseRequest,
    actor: SessionUser,
  ): Promise<CaseRecord> {
    const now = this.clock.now();
    const row = await this.unitOfWork.run(async (manager) => {
      const entity = manager.create(CaseEntity, {
        id: randomUUID(),
        caseNumber: await nextCaseNumber(manager),
        alias: request.alias,
        aliasSearch: request.alias.toLowerCase(),
        phone: request.phone ? this.e164(request.phone) : null,
        status: 'open',
        alert: request.alert || null,
        primarySubstance: request.primarySubstance ?? null,
        coUsedSubstances: request.coUsedSubstances ?? [],
        pregnant: request.pregnant ?? false,
        lastUseAt: request.lastUseAt ? this.pastTime(request.lastUseAt) : null,
        lastCallAt: null,
        latestInstrument: null,
        latestTotal: null,
        latestSeverity: null,
        latestRecordedAt: null,
        createdBy: actor.id,
        createdAt: now,
        updatedAt: now,
        version: 1,
      });
      return manager.save(entity);
    });
    return toCaseRecord(row);
  }

  /**
   * The caller lookup and the case list. `phone` matches a whole number exactly (every
   * case sharing a family phone) or, while it is being typed, any number containing the
   * digits; `q` matches part of an alias or a case number. Recent callers first.
   */
  async search(search: CaseSearch): Promise<Page<CaseSummary>> {
    const query = this.cases.createQueryBuilder('c');
    if (search.status)
      query.andWhere('c.status = :status', { status: search.status });
    if (search.phone) {
      const normalized = normalizePhone(
        search.phone,
        this.config.phoneDefaultCountry as CountryCode,
      );
      const digits = search.phone.replace(/\D/g, '');
      if (normalized.ok)
        query.andWhere('c.phone = :phone', { phone: normalized.e164 });
      else if (digits.length >= 3)
        query.andWhere('c.phone LIKE :digits', { digits: `%${digits}%` });
      else
        return {
          items: [],
          total: 0,
          page: search.page,
          pageSize: search.pageSize,
        };
    }
    if (search.q) {
      const caseNumber = parseCaseNumber(search.q);
      const alias = containsPattern(search.q.toLowerCase());
      query.andWhere(
        new Brackets((or) => {
          or.where(`c.alias_search LIKE :alias ESCAPE '\\'`, { alias });
          if (caseNumber)
            or.orWhere('c.case_number = :caseNumber', { caseNumber });
        }),
      );
    }
    const [rows, total] = await query
      .orderBy('CASE WHEN c.last_call_at IS NULL THEN 1 ELSE 0 END', 'ASC')
      .addOrderBy('c.last_call_at', 'DESC')
      .addOrderBy('c.created_at', 'DESC')
      .skip((search.page - 1) * search.pageSize)
      .take(search.pageSize)
      .getManyAndCount();
    return {
      items: rows.map(toCaseSummary),
      total,
      page: search.page,
      pageSize: search.pageSize,
    };
  }

  async get(id: string): Promise<CaseRecord> {
    return toCaseRecord(await this.find(id));
  }

  /** The case row, or 404. For other modules: only to check a case exists and read its facts. */
  async find(id: string): Promise<CaseEntity> {
    const row = await this.cases.findOneBy({ id });
    if (!row) throw CaseErrors.notFound();
    return row;
  }

  async exists(id: string): Promise<boolean> {
    return this.cases.existsBy({ id });
  }

  /** Applies a change made against `version`; a stale version gets 409 with the case as it stands. */
  async update(id: string, change: UpdateCaseRequest): Promise<CaseRecord> {
    const current = await this.find(id);
    if (current.version !== change.version)
      throw CaseErrors.stale(toCaseRecord(current));
    const patch: Partial<CaseEntity> = {
      updatedAt: this.clock.now(),
      version: current.version + 1,
    };
    if (change.alias !== undefined)
      Object.assign(patch, {
        alias: change.alias,
        aliasSearch: change.alias.toLowerCase(),
      });
    if (change.phone !== undefined)
      patch.phone = change.phone ? this.e164(change.phone) : null;
    if (change.primarySubstance !== undefined)
      patch.primarySubstance = change.primarySubstance;
    if (change.coUsedSubstances !== undefined)
      patch.coUsedSubstances = change.coUsedSubstances;
    if (change.pregnant !== undefined) patch.pregnant = change.pregnant;
    if (change.lastUseAt !== undefined)
      patch.lastUseAt = change.lastUseAt
        ? this.pastTime(change.lastUseAt)
        : null;
    if (change.alert !== undefined) patch.alert = change.alert || null;
    if (change.status !== undefined) patch.status = change.status;
    // The version in the WHERE clause closes the gap between the read above and this write.
    const result = await this.cases.update(
      { id, version: change.version },
      patch,
    );
    if (!result.affected)
      throw CaseErrors.stale(toCaseRecord(await this.find(id)));
    return this.get(id);
  }

  /** Copies a finalized call's facts onto its case, keeping whichever is newest. */
  async recordFinalizedCall(
    caseId: string,
    facts: FinalizedCallFacts,
  ): Promise<void> {
    const row = await this.find(caseId);
    const patch: Partial<CaseEntity> = {};
    const newest = !row.lastCallAt || facts.startedAt >= row.lastCallAt;
    if (newest) patch.lastCallAt = facts.startedAt;
    if (newest && facts.substance) {
      Object.assign(patch, {
        primarySubstance: facts.substance,
        coUsedSubstances: facts.coUsedSubstances,
      });
    }
    // Said once, pregnancy stays on the case until someone clears it there.
    if (facts.pregnant && !row.pregnant) patch.pregnant = true;
    if (facts.lastUseAt && (!row.lastUseAt || facts.lastUseAt > row.lastUseAt))
      patch.lastUseAt = facts.lastUseAt;
    const latest = facts.latestAssessment;
    if (latest && latest.total !== null && latest.severity !== null) {
      const recordedAt = new Date(latest.recordedAt);
      if (!row.latestRecordedAt || recordedAt >= row.latestRecordedAt) {
        Object.assign(patch, {
          latestInstrument: latest.instrument,
          latestTotal: latest.total,
          latestSeverity: latest.severity,
          latestRecordedAt: recordedAt,
        });
      }
    }
    if (Object.keys(patch).length)
      await this.cases.update({ id: caseId }, patch);
  }

  private e164(phone: string): string {
    const normalized = normalizePhone(
      phone,
      this.config.phoneDefaultCountry as CountryCode,
    );
    if (!normalized.ok) throw CaseErrors.badPhone();
    return normalized.e164;
  }

  private pastTime(iso: string): Date {
    const time = new Date(iso);
    if (
      time.getTime() >
      this.clock.now().getTime() + CLOCK_SKEW_TOLERANCE_MINUTES * 60_000
    ) {
      throw CaseErrors.lastUseInFuture();
    }
    return time;
  }
}
