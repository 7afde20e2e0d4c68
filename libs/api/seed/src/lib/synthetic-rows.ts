/** Rows as the schema stores them, written by either writer. Times are Date; JSON columns are strings. */
export interface SyntheticCase {
  id: string;
  caseNumber: string;
  alias: string;
  phone: string | null;
  status: 'open' | 'closed';
  alert: string | null;
  primarySubstance: string;
  lastUseAt: Date | null;
  lastCallAt: Date | null;
  latestInstrument: string | null;
  latestTotal: number | null;
  latestSeverity: string | null;
  latestRecordedAt: Date | null;
  createdBy: string;
  createdAt: Date;
}

export interface SyntheticCall {
  id: string;
  caseId: string;
  counselorId: string;
  direction: 'inbound' | 'outbound';
  startedAt: Date;
  endedAt: Date;
  notes: string;
  lastUseAt: Date;
  symptoms: string;
  risk: string | null;
  riskLevel: string | null;
  /** Whether the C-SSRS screen was answered in full (the shared screener's verdict). */
  riskComplete: boolean;
  outcome: string;
  referrals: string;
  naloxoneDiscussed: boolean;
  overdoseEducationGiven: boolean;
  assessment: SyntheticAssessment | null;
}

export interface SyntheticAssessment {
  id: string;
  instrument: 'sows';
  answers: string;
  status: 'complete' | 'partial';
  answered: number;
  itemCount: number;
  total: number | null;
  severity: string | null;
  recordedAt: Date;
  hoursSinceLastUse: number;
}

/** One case followed by its calls, oldest first: a writer can stream these without holding them. */
export interface SyntheticCaseHistory {
  caseRow: SyntheticCase;
  calls: SyntheticCall[];
}
