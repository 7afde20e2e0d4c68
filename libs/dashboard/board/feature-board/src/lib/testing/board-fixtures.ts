import type {
  BoardAlert,
  BoardCall,
  BoardSnapshot,
  BoardUnfinishedDraft,
} from '@casebook/shared/contracts';

export function boardAlert(
  callId: string,
  overrides: Partial<BoardAlert> = {},
): BoardAlert {
  return {
    callId,
    counselorName: 'Dana Reyes',
    caseNumber: 'C-1042',
    savedAt: '2026-11-25T16:58:00.000Z',
    status: 'draft',
    ...overrides,
  };
}

export function boardCall(
  callId: string,
  overrides: Partial<BoardCall> = {},
): BoardCall {
  return {
    callId,
    counselorId: 'u-1',
    counselorName: 'Sam Ortiz',
    caseNumber: 'C-2001',
    startedAt: '2026-11-25T16:55:00.000Z',
    latestSeverity: { instrument: 'sows', total: 14, severity: 'moderate' },
    riskLevel: 'low',
    overdose: null,
    ...overrides,
  };
}

export function boardUnfinishedDraft(
  callId: string,
  overrides: Partial<BoardUnfinishedDraft> = {},
): BoardUnfinishedDraft {
  return {
    callId,
    counselorName: 'Sam Ortiz',
    caseNumber: 'C-2001',
    startedAt: '2026-11-25T15:40:00.000Z',
    savedAt: '2026-11-25T15:50:00.000Z',
    ...overrides,
  };
}

export function snapshot(
  overrides: Partial<BoardSnapshot> = {},
): BoardSnapshot {
  return {
    at: '2026-11-25T17:00:00.000Z',
    inProgress: [],
    highRisk: [],
    unfinishedDrafts: [],
    overdueCallbacks: [],
    ...overrides,
  };
}
