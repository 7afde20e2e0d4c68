import type { CallRecord, CaseSummary } from '@casebook/shared/contracts';
import { recordToContent, withContentDefaults } from './draft-content';
import {
  hasUnsavedChanges,
  type CallDraft,
  type DraftContent,
  type LinkedCase,
  type SaveStatus,
  type StoredCallDraft,
} from './draft-model';

/** Shown when local changes can no longer be saved because the call became final. */
export const FINALIZED_ELSEWHERE = {
  statusCode: 409,
  error: 'Conflict',
  message:
    'the call was finalized before these changes reached the server. They are kept on this device: add what matters as an addendum.',
};

/** A draft with nothing saved, failed or pending yet. */
export function newDraftEntity(
  id: string,
  content: DraftContent,
  changes: Partial<CallDraft> = {},
): CallDraft {
  return {
    id,
    content,
    revision: 0,
    savedRevision: 0,
    createdOnServer: false,
    caseChoice: 'pending',
    linkedCase: null,
    disclosureDraft: null,
    lastSavedAt: null,
    record: null,
    recordRevision: 0,
    saveStatus: 'idle',
    saveError: null,
    saveAttempts: 0,
    finalizing: false,
    finalizeError: null,
    addendumText: '',
    addendumStatus: 'idle',
    addendumError: null,
    ...changes,
  };
}

/** A call opened from the server with no copy on this device. */
export function entityFromRecord(record: CallRecord): CallDraft {
  return newDraftEntity(record.id, recordToContent(record), {
    createdOnServer: true,
    caseChoice: record.caseId
      ? 'linked'
      : record.status === 'final'
        ? 'anonymous'
        : 'pending',
    linkedCase: record.caseId ? linkedCaseFromRecord(record) : null,
    lastSavedAt: record.updatedAt,
    record,
    saveStatus: 'saved',
  });
}

/** A call restored from this device's copy. */
export function entityFromStored(
  stored: StoredCallDraft,
  addendumText = '',
): CallDraft {
  return newDraftEntity(stored.id, withContentDefaults(stored.content), {
    revision: stored.revision,
    savedRevision: stored.savedRevision,
    createdOnServer: stored.createdOnServer,
    caseChoice: stored.caseChoice,
    linkedCase: stored.linkedCase,
    disclosureDraft: stored.disclosureDraft,
    lastSavedAt: stored.lastSavedAt,
    saveStatus: hasUnsavedChanges(stored) ? 'pending' : 'saved',
    addendumText,
    callbackId: stored.callbackId ?? null,
  });
}

/** The device copy of a draft. */
export function toStoredDraft(
  draft: CallDraft,
  userId: string,
): StoredCallDraft {
  return {
    format: 1,
    userId,
    id: draft.id,
    content: draft.content,
    revision: draft.revision,
    savedRevision: draft.savedRevision,
    createdOnServer: draft.createdOnServer,
    caseChoice: draft.caseChoice,
    linkedCase: draft.linkedCase,
    disclosureDraft: draft.disclosureDraft,
    lastSavedAt: draft.lastSavedAt,
    ...(draft.callbackId ? { callbackId: draft.callbackId } : {}),
    ...(draft.record?.status === 'final' ? { finalOnServer: true } : {}),
  };
}

/** The fields of a case the call screen keeps. */
export function toLinkedCase(summary: LinkedCase | CaseSummary): LinkedCase {
  return {
    id: summary.id,
    caseNumber: summary.caseNumber,
    alias: summary.alias,
    alert: summary.alert,
    phone: summary.phone,
    primarySubstance: summary.primarySubstance,
    coUsedSubstances: summary.coUsedSubstances ?? [],
    pregnant: summary.pregnant ?? false,
    lastUseAt: summary.lastUseAt,
    latestSeverity: summary.latestSeverity,
  };
}

/** A case known only by id (a call started from a call-back) until it is read. */
export function pendingLinkedCase(caseId: string): LinkedCase {
  return {
    id: caseId,
    caseNumber: '',
    alias: '',
    alert: null,
    phone: null,
    primarySubstance: null,
    coUsedSubstances: [],
    pregnant: false,
    lastUseAt: null,
    latestSeverity: null,
    partial: true,
  };
}

/** What the call record itself says of its case, until the case is read for its alert. */
function linkedCaseFromRecord(record: CallRecord): LinkedCase {
  return {
    id: record.caseId ?? '',
    caseNumber: record.caseNumber ?? '',
    alias: record.caseAlias ?? '',
    alert: null,
    phone: null,
    primarySubstance: null,
    coUsedSubstances: [],
    pregnant: false,
    lastUseAt: null,
    latestSeverity: null,
    partial: true,
  };
}

/** A local change: one more revision, and the status line moves to "Saving…" unless a problem is showing. */
export function withLocalChange(
  draft: CallDraft,
  content: DraftContent,
  changes: Partial<CallDraft> = {},
): CallDraft {
  return {
    ...draft,
    ...changes,
    content,
    revision: draft.revision + 1,
    saveStatus: pendingStatus(draft.saveStatus),
  };
}

/** Offline and failed stay on screen until a save succeeds: the counselor must not be told "Saving…" over a problem. */
function pendingStatus(status: SaveStatus): SaveStatus {
  return status === 'offline' || status === 'failed' || status === 'saving'
    ? status
    : 'pending';
}

/** Drafts can be edited until they are final (or discarded) on the server, or being finalized. */
export function isEditable(draft: CallDraft): boolean {
  return !draft.finalizing && (draft.record?.status ?? 'draft') === 'draft';
}

/**
 * Folds a server reply into a draft. Local content is never replaced by a save's reply
 * (the counselor may have typed on); a reply for an older revision than the record
 * already shown is ignored, so an out-of-order answer cannot roll numbers back.
 */
export function withSaveReply(
  draft: CallDraft,
  record: CallRecord,
  revision: number,
): CallDraft {
  const savedRevision = Math.max(draft.savedRevision, revision);
  const newer = revision >= draft.recordRevision;
  return {
    ...draft,
    createdOnServer: true,
    savedRevision,
    record: newer ? record : draft.record,
    recordRevision: newer ? revision : draft.recordRevision,
    lastSavedAt: newer ? record.updatedAt : draft.lastSavedAt,
    saveStatus: savedRevision >= draft.revision ? 'saved' : 'pending',
    saveError: null,
    saveAttempts: 0,
  };
}

/**
 * A record read from the server for a call this device also has. A draft with no
 * unsaved local changes takes the server's content when it is newer (saved from another
 * workstation); unsaved local changes win and will be sent (last write wins for the
 * owning counselor). A final record makes the call read-only either way.
 */
export function withLoadedRecord(
  draft: CallDraft,
  record: CallRecord,
): CallDraft {
  const unsaved = draft.revision > draft.savedRevision;
  const serverNewer =
    draft.lastSavedAt === null || record.updatedAt > draft.lastSavedAt;
  if (!unsaved && (serverNewer || record.status === 'final')) {
    const revision = draft.revision + 1;
    return {
      ...draft,
      content: recordToContent(record),
      revision,
      savedRevision: revision,
      createdOnServer: true,
      caseChoice: record.caseId
        ? 'linked'
        : draft.caseChoice === 'linked'
          ? 'pending'
          : draft.caseChoice,
      linkedCase:
        record.caseId === null
          ? null
          : draft.linkedCase?.id === record.caseId
            ? draft.linkedCase
            : linkedCaseFromRecord(record),
      record,
      recordRevision: revision,
      lastSavedAt: record.updatedAt,
      saveStatus: 'saved',
      saveError: null,
    };
  }
  return {
    ...draft,
    createdOnServer: true,
    record,
    recordRevision: draft.savedRevision,
    ...(record.status === 'final' && unsaved
      ? { saveStatus: 'failed' as const, saveError: FINALIZED_ELSEWHERE }
      : {}),
  };
}
