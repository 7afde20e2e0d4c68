import { Injectable } from '@nestjs/common';
import type { CallRecord, SessionUser } from '@casebook/shared/contracts';
import { isEmptyCallContent } from '@casebook/shared/domain';
import { Clock, UnitOfWork } from '@casebook/api/core';
import { contentOf } from './call-content';
import { CallErrors } from './call-errors';
import { CallsService } from './calls.service';
import { CallEntity } from './entities/call.entity';

/**
 * Setting drafts aside (ADR 32). A discarded draft keeps every word, gains who discarded
 * it and when, and leaves My drafts, the live board and the open-call session rule, all of
 * which read drafts only. Its counselor may discard it, and so may a supervisor (who
 * reads every draft); nobody may discard a finalized call.
 */
@Injectable()
export class DraftDiscards {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly calls: CallsService,
    private readonly clock: Clock,
  ) {}

  /**
   * `onlyIfEmpty`: the server's own copy decides, so a draft with content is never lost this
   * way; and only the draft's own counselor may discard it so.
   */
  async discard(
    id: string,
    actor: SessionUser,
    onlyIfEmpty: boolean,
  ): Promise<CallRecord> {
    const record = await this.calls.get(id);
    if (record.status === 'final') throw CallErrors.finalized();
    if (record.status === 'discarded') throw CallErrors.discarded();
    if (record.counselorId !== actor.id && actor.role !== 'supervisor')
      throw CallErrors.notYoursToDiscard();
    // Leaving a screen discards only one's own call: a supervisor glancing at a colleague's
    // call that has only just begun must not take it away.
    if (onlyIfEmpty && record.counselorId !== actor.id)
      throw CallErrors.notOwner();
    if (onlyIfEmpty && !isEmptyCallContent(contentOf(record)))
      throw CallErrors.notEmpty();
    const now = this.clock.now();
    await this.unitOfWork.run(async (manager) => {
      const result = await manager.update(
        CallEntity,
        { id, version: record.version, status: 'draft' },
        {
          status: 'discarded',
          discardedAt: now,
          discardedById: actor.id,
          updatedAt: now,
          version: record.version + 1,
        },
      );
      if (!result.affected) throw CallErrors.stale();
    });
    return this.calls.get(id);
  }
}
