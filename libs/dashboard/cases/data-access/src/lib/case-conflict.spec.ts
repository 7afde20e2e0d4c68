import { conflictRows, reapplyChanges } from './case-conflict';
import { caseRecord } from '@casebook/shared/contracts/testing';

describe('case conflict', () => {
  const base = caseRecord();
  const current = caseRecord({
    version: 4,
    alert: 'Ask for Sam',
    status: 'closed',
    lastUseAt: '2026-03-01T08:00:00Z',
  });

  it('lists the fields either side changed, marking the ones both changed differently', () => {
    const rows = conflictRows({
      base,
      current,
      attempted: { version: 3, alert: 'Prefers English', alias: 'Sam Rivera' },
      message: 'stale',
    });
    expect(rows.map((row) => row.field)).toEqual(['alias', 'alert', 'status']);
    expect(rows[0]).toEqual(
      jasmine.objectContaining({
        before: 'Sam R.',
        theirs: 'Sam R.',
        yours: 'Sam Rivera',
        theirsChanged: false,
        yoursChanged: true,
        clash: false,
      }),
    );
    expect(rows[1]).toEqual(
      jasmine.objectContaining({
        theirs: 'Ask for Sam',
        yours: 'Prefers English',
        clash: true,
      }),
    );
    // Their change of status, which you left alone: yours is what you started from.
    expect(rows[2]).toEqual(
      jasmine.objectContaining({
        before: 'open',
        theirs: 'closed',
        yours: 'open',
        yoursChanged: false,
        clash: false,
      }),
    );
  });

  it('treats a cleared field as a change and equal instants as the same time', () => {
    const rows = conflictRows({
      base,
      current: caseRecord({ version: 4 }),
      attempted: {
        version: 3,
        phone: null,
        lastUseAt: '2026-03-01T08:00:00Z',
      },
      message: 'stale',
    });
    expect(rows.map((row) => [row.field, row.yours])).toEqual([
      ['phone', null],
    ]);
  });

  it('re-applies the same changes on top of the version now stored', () => {
    expect(
      reapplyChanges({
        base,
        current,
        attempted: { version: 3, alert: 'Prefers English' },
        message: 'stale',
      }),
    ).toEqual({ version: 4, alert: 'Prefers English' });
  });
});
