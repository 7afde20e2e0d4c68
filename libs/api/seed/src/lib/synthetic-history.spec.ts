import { cssrsRisk, scoreAssessment } from '@casebook/shared/domain';
import { syntheticHistory, type HistoryOptions } from './synthetic-history';

const options: HistoryOptions = {
  cases: 40,
  calls: 300,
  seed: 11,
  end: new Date('2026-06-01T00:00:00Z'),
  counselorIds: ['c1', 'c2', 'c3'],
  firstCaseNumber: 1001,
};

describe('syntheticHistory', () => {
  const histories = [...syntheticHistory(options)];
  const calls = histories.flatMap((h) => h.calls);

  it('writes exactly the cases and calls asked for, numbered from the first case number', () => {
    expect(histories.length).toBe(40);
    expect(calls.length).toBe(300);
    expect(histories[0].caseRow.caseNumber).toBe('C-1001');
    expect(histories[39].caseRow.caseNumber).toBe('C-1040');
  });

  it('is reproducible: the same seed gives the same rows, another seed others', () => {
    const again = [...syntheticHistory(options)];
    expect(JSON.stringify(again)).toBe(JSON.stringify(histories));
    const other = [...syntheticHistory({ ...options, seed: 12 })];
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(histories));
  });

  it('keeps every call within the year before the end, after the last use, ended after it started', () => {
    const end = options.end.getTime();
    for (const call of calls) {
      expect(call.startedAt.getTime()).toBeLessThan(end);
      expect(call.startedAt.getTime()).toBeGreaterThanOrEqual(
        end - 366 * 24 * 3_600_000,
      );
      expect(call.lastUseAt.getTime()).toBeLessThan(call.startedAt.getTime());
      expect(call.endedAt.getTime()).toBeGreaterThan(call.startedAt.getTime());
      expect(options.counselorIds).toContain(call.counselorId);
    }
  });

  it('stores the scores and risk levels the shared domain computes from the stored answers', () => {
    for (const call of calls) {
      if (call.assessment) {
        const outcome = scoreAssessment(
          'sows',
          JSON.parse(call.assessment.answers),
        );
        expect(outcome.ok).toBeTrue();
        if (outcome.ok && outcome.score.status === 'complete') {
          expect(call.assessment.total).toBe(outcome.score.total);
          expect(call.assessment.severity).toBe(outcome.score.band.severity);
        } else {
          expect(call.assessment.total).toBeNull();
        }
      }
      if (call.risk) {
        const outcome = cssrsRisk(JSON.parse(call.risk).answers);
        expect(
          outcome.ok && outcome.status === 'complete' ? outcome.level : null,
        ).toBe(call.riskLevel as never);
      }
    }
  });

  it('copies the latest call onto its case', () => {
    for (const { caseRow, calls: own } of histories.filter(
      (h) => h.calls.length,
    )) {
      const last = own[own.length - 1];
      expect(caseRow.lastCallAt).toEqual(last.startedAt);
      expect(caseRow.lastUseAt).toEqual(last.lastUseAt);
      expect(
        own.every((c, i) => i === 0 || c.startedAt >= own[i - 1].startedAt),
      ).toBeTrue();
    }
  });
});
