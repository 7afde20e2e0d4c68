import type {
  ApiError,
  CallbackAttemptResult,
  CallDirection,
  CallerRelation,
  CallOutcome,
  CallRecord,
  CaseSummary,
  CssrsAnswers,
  EmergencyDisclosure,
  InstrumentId,
  OverdoseResponse,
  Referral,
  Substance,
  WithdrawalDangerSign,
} from '@casebook/shared/contracts';

/**
 * Everything typed into one call, every field present. The dashboard keeps this as the
 * truth while the call is a draft and always sends it whole (`toCallContent`), so a
 * save can never leave half of an edit on the server.
 */
export interface DraftContent {
  caseId: string | null;
  direction: CallDirection;
  /** Who is calling; anyone but 'self' reports on the person (ADR 30). */
  callerRelation: CallerRelation;
  startedAt: string;
  endedAt: string | null;
  notes: string;
  lastUseAt: string | null;
  substance: Substance | null;
  coUsedSubstances: Substance[];
  pregnant: boolean;
  withdrawalDangerSigns: WithdrawalDangerSign[];
  overdose: OverdoseResponse | null;
  /** At most one per instrument; answers of `null` are "not answered". */
  assessments: DraftAssessment[];
  symptoms: { symptomIds: string[]; freeText: string };
  risk: {
    answers: CssrsAnswers;
    emergencyDisclosure: EmergencyDisclosure | null;
  };
  outcome: CallOutcome | null;
  referrals: Referral[];
  naloxoneDiscussed: boolean;
  naloxoneNotDiscussedReason: string;
  overdoseEducationGiven: boolean;
}

/** One instrument's answers as the counselor enters them. */
export interface DraftAssessment {
  instrument: InstrumentId;
  answers: Record<string, number | null>;
}

/** A change to some fields of a draft; nested objects are replaced whole. */
export type DraftChanges = Partial<Omit<DraftContent, 'startedAt'>>;

/** Whether the counselor has said who is calling yet. */
export type CaseChoice = 'pending' | 'linked' | 'anonymous';

/** What the call screen needs of the linked case for the rest of the call (its alert above all). */
export type LinkedCase = Pick<
  CaseSummary,
  | 'id'
  | 'caseNumber'
  | 'alias'
  | 'alert'
  | 'phone'
  | 'primarySubstance'
  | 'coUsedSubstances'
  | 'pregnant'
  | 'lastUseAt'
  | 'latestSeverity'
> & {
  /** Only what the call record says (number, alias): the case itself, with its alert, is still to be read. */
  partial?: boolean;
};

/**
 * The emergency-disclosure form while it is being filled in. Kept beside the draft (and
 * on the device) so no word of it is lost, but only copied into the call content once
 * `emergencyDisclosureProblems` finds nothing wrong: a half-filled disclosure must not
 * make the whole autosave fail.
 */
export interface DisclosureDraft {
  disclosedByUserId: string;
  recipientName: string;
  recipientAffiliation: string;
  /** ISO-8601 with offset. */
  disclosedAt: string;
  natureOfEmergency: string;
}

/**
 * Where the latest save of a draft stands, as the status line says it:
 * pending/saving "Saving…", saved "Saved", offline "Offline — saved on this device, will
 * retry", failed "Not saved: <message>".
 */
export type SaveStatus =
  'idle' | 'pending' | 'saving' | 'saved' | 'offline' | 'failed';

/** One call the counselor has open or has on this device. */
export interface CallDraft {
  id: string;
  content: DraftContent;
  /** Goes up by one with every local change. */
  revision: number;
  /** The highest revision the server has confirmed; below `revision` means unsaved changes. */
  savedRevision: number;
  /** The server has the call (the create was confirmed). Until then saves are a POST with our id. */
  createdOnServer: boolean;
  caseChoice: CaseChoice;
  linkedCase: LinkedCase | null;
  disclosureDraft: DisclosureDraft | null;
  /** `updatedAt` of the last record the server sent. */
  lastSavedAt: string | null;
  /** The latest server record: its totals, severities and risk level are the record. */
  record: CallRecord | null;
  /** The local revision `record` answered; an older reply never replaces a newer one. */
  recordRevision: number;
  saveStatus: SaveStatus;
  saveError: ApiError | null;
  /** Failed attempts in a row, for the retry backoff. */
  saveAttempts: number;
  finalizing: boolean;
  finalizeError: ApiError | null;
  /** An addendum being written to the final call (kept on the device too). */
  addendumText: string;
  addendumStatus: 'idle' | 'saving' | 'saved' | 'failed';
  addendumError: ApiError | null;
  /** The call-back this call was started from (`/calls/new?callbackId=`): the attempt is logged on it at finalize. */
  callbackId?: string | null;
  /** What the counselor said came of that call-back when confirming the finalize. */
  callbackResult?: CallbackAttemptResult | null;
}

/** The part of a draft kept on the device (localStorage), per user. */
export interface StoredCallDraft {
  format: 1;
  userId: string;
  id: string;
  content: DraftContent;
  revision: number;
  savedRevision: number;
  createdOnServer: boolean;
  caseChoice: CaseChoice;
  linkedCase: LinkedCase | null;
  disclosureDraft: DisclosureDraft | null;
  lastSavedAt: string | null;
  /** The call-back this call was started from, when there is one. */
  callbackId?: string | null;
  /** The server said the call is final while local changes were unsaved: kept for the counselor to copy. */
  finalOnServer?: boolean;
}

/** True when the device holds changes the server has not confirmed. */
export function hasUnsavedChanges(
  draft: Pick<CallDraft, 'revision' | 'savedRevision' | 'createdOnServer'>,
): boolean {
  return draft.revision > draft.savedRevision || !draft.createdOnServer;
}
