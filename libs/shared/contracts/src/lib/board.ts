import type { CallStatus } from './calls';
import type { InstrumentId, Severity } from './instruments';
import type { OverdoseResponse } from './overdose';
import type { RiskLevel } from './risk-screen';

/** A call being logged right now (a draft saved in the last 30 minutes, `STALE_DRAFT_MINUTES`). */
export interface BoardCall {
  callId: string;
  counselorId: string;
  counselorName: string;
  caseNumber: string | null;
  startedAt: string;
  latestSeverity: {
    instrument: InstrumentId;
    total: number;
    severity: Severity;
  } | null;
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
  /** A discarded high-risk draft stays on the board: the screen happened (ADR 32). */
  status: CallStatus;
}

/** A draft with no save for 30 minutes or more: left unfinished, no longer a call in progress (ADR 32). */
export interface BoardUnfinishedDraft {
  callId: string;
  counselorName: string;
  caseNumber: string | null;
  startedAt: string;
  savedAt: string;
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
  /** Most recently saved first, at most 50. */
  unfinishedDrafts: BoardUnfinishedDraft[];
  overdueCallbacks: BoardOverdueCallback[];
}
