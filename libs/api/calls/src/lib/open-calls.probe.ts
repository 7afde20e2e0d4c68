import { Injectable } from '@nestjs/common';
import { IsNull, MoreThan } from 'typeorm';
import { MAX_CALL_HOURS } from '@casebook/shared/domain';
import { OpenCalls, UnitOfWork } from '@casebook/api/core';
import { CallEntity } from './entities/call.entity';

/**
 * A counselor is on the call they have on screen while it is their draft, not marked
 * ended, and began less than a call's longest possible length ago (a draft forgotten
 * yesterday is not a call; other drafts left open elsewhere do not count).
 */
@Injectable()
export class OpenCallsProbe extends OpenCalls {
  constructor(private readonly unitOfWork: UnitOfWork) {
    super();
  }

  isOnCall(userId: string, callId: string, now: Date): Promise<boolean> {
    return this.unitOfWork.repository(CallEntity).existsBy({
      id: callId,
      counselorId: userId,
      status: 'draft',
      endedAt: IsNull(),
      startedAt: MoreThan(new Date(now.getTime() - MAX_CALL_HOURS * 3_600_000)),
    });
  }
}
