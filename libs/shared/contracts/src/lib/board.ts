import type { InstrumentId, Severity } from './instruments';
import type { OverdoseResponse } from './overdose';
import type { RiskLevel } from './risk-screen';

/** A call being logged right now (a draft touched in the last few minutes). */
export interface BoardCall {
  callId: string;
  counselorId: string;
  counselorName: string;
  caseNumber: string | null;
  startedAt: string;
  latestSeverity: { instrument: InstrumentId; total: number; severity: Severity } | null;
  riskLevel: RiskLevel | null;
  /** An overdose reported on the call, with the steps ticked so far (issue 9). */
  overdose: OverdoseResponse | null;
}

/** A high-risk screen saved recently, until the supervisor has seen the call end. */
export interface BoardAlert {
  callId: string;
  counselorName: string;
  caseNumber: string | null;
  savedAt: string;
  status: 'draft' | 'final';
}

export interface BoardOverdueCallback {
  callbackId: string;
  caseNumber: string;
  assignedToName: string | null;
  dueAt: string;
}

/**
 * What `GET /api/board/events` pushes (server-sent events, event name `board`) whenever
 * it changes. Each API instance reads it from the database, so every instance behind a
 * load balancer tells the same story.
 */
export interface BoardSnapshot {
  at: string;
  inProgress: BoardCall[];
  highRisk: BoardAlert[];
  overdueCallbacks: BoardOverdueCallback[];
}
