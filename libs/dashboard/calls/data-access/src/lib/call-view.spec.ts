import { assessmentViews, mergeDraftRows, riskView } from './call-view';
import { draft, record } from './testing/call-fixtures';
import type { CallSummary } from '@casebook/shared/contracts';

const sowsAll = (score: number) =>
  Object.fromEntries(
    [
      'anxious',
      'yawning',
      'perspiring',
      'tearing',
      'runnyNose',
      'goosebumps',
      'shaking',
      'hotFlushes',
      'coldFlushes',
      'achesBonesMuscles',
      'restless',
      'nauseous',
      'likeVomiting',
      'musclesTwitch',
      'stomachCramps',
      'likeUsingNow',
    ].map((id) => [id, score]),
  );

describe('call view', () => {
  it('scores live with scoreAssessment while typing: partial has no total', () => {
    const partial = draft({
      content: {
        ...draft().content,
        assessments: [{ instrument: 'sows', answers: { anxious: 3 } }],
      },
    });
    expect(assessmentViews(partial)[0].score).toEqual({
      status: 'partial',
      answered: 1,
      of: 16,
      source: 'live',
    });
    const complete = draft({
      content: {
        ...draft().content,
        assessments: [{ instrument: 'sows', answers: sowsAll(1) }],
      },
    });
    expect(assessmentViews(complete)[0].score).toEqual(
      jasmine.objectContaining({
        status: 'complete',
        total: 16,
        severity: 'moderate',
        source: 'live',
      }),
    );
  });

  it('shows the server’s numbers once it has saved exactly what is on screen', () => {
    const content = {
      ...draft().content,
      assessments: [{ instrument: 'sows' as const, answers: sowsAll(1) }],
    };
    const server = record({
      assessments: [
        {
          id: 'a1',
          instrument: 'sows',
          answers: sowsAll(1),
          status: 'complete',
          answered: 16,
          of: 16,
          total: 16,
          severity: 'moderate',
          recordedAt: record().updatedAt,
          hoursSinceLastUse: null,
        },
      ],
    });
    const synced = draft({
      content,
      revision: 2,
      savedRevision: 2,
      record: server,
      recordRevision: 2,
      createdOnServer: true,
    });
    expect(assessmentViews(synced)[0].score.source).toBe('server');
    expect(assessmentViews({ ...synced, revision: 3 })[0].score.source).toBe(
      'live',
    );
  });

  it('applies the C-SSRS skip rules and shows high risk as soon as Q4 is yes', () => {
    const screen = (answers: object) =>
      riskView(
        draft({
          content: {
            ...draft().content,
            risk: { answers, emergencyDisclosure: null },
          },
        }),
      );
    expect(screen({ q1: true, q2: false }).visible).toEqual(['q1', 'q2', 'q6']);
    const high = screen({ q1: true, q2: true, q3: true, q4: true });
    expect(high.visible).toEqual(['q1', 'q2', 'q3', 'q4', 'q5', 'q6']);
    expect(high.imminentRisk).toBeTrue();
    expect(high.level).toBe('high');
    expect(high.complete).toBeFalse();
  });

  it('merges calls only on this device before the server’s drafts and marks unsaved ones', () => {
    const summary: CallSummary = {
      id: 'server-1',
      caseId: null,
      caseNumber: null,
      caseAlias: null,
      counselorId: 'u-casey',
      counselorName: 'Casey',
      direction: 'inbound',
      status: 'draft',
      startedAt: record().startedAt,
      endedAt: null,
      outcome: null,
      riskLevel: 'low',
      latestSeverity: null,
      addendaCount: 0,
    };
    const deviceOnly = draft({ id: 'local-1' });
    const unsaved = draft({
      id: 'server-1',
      createdOnServer: true,
      revision: 3,
      savedRevision: 2,
    });
    const justSent = draft({
      id: 'sent-1',
      createdOnServer: true,
      revision: 2,
      savedRevision: 2,
    });
    const rows = mergeDraftRows([summary], [deviceOnly, unsaved, justSent]);
    expect(rows.map((row) => [row.id, row.location])).toEqual([
      ['local-1', 'device-only'],
      ['sent-1', 'server'],
      ['server-1', 'unsaved-changes'],
    ]);
    // Past the first page, a saved call the server did not list belongs to another page.
    expect(
      mergeDraftRows([summary], [justSent], false).map((row) => row.id),
    ).toEqual(['server-1']);
  });
});
