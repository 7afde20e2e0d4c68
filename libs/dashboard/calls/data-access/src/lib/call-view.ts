import type {
  AssessmentRecord,
  CallSummary,
  CssrsQuestionId,
  InstrumentId,
  RiskLevel,
  Severity,
} from '@casebook/shared/contracts';
import {
  bandFor,
  cssrsRisk,
  getInstrument,
  nextQuestion,
  scoreAssessment,
  visibleQuestions,
} from '@casebook/shared/domain';
import {
  hasUnsavedChanges,
  type CallDraft,
  type DraftAssessment,
} from './draft-model';
import { isEditable } from './draft-entity';

/**
 * One instrument's score as the screen shows it. `source` says whose numbers they are:
 * the server's once it has saved exactly what is on screen (its result is the record),
 * `scoreAssessment` live while the counselor types. Both run the same shared function.
 */
export type ScoreView =
  | {
      status: 'complete';
      total: number;
      severity: Severity;
      bandLabel: string;
      source: 'server' | 'live';
    }
  | {
      status: 'partial';
      answered: number;
      of: number;
      source: 'server' | 'live';
    }
  | { status: 'invalid'; message: string; source: 'live' };

/** One instrument of the call with its answers and score. */
export interface AssessmentView {
  instrument: InstrumentId;
  answers: Record<string, number | null>;
  score: ScoreView;
}

/** The risk screen as the screen shows it, with the same server-or-live rule. */
export interface RiskView {
  visible: CssrsQuestionId[];
  next: CssrsQuestionId | null;
  complete: boolean;
  level: RiskLevel;
  imminentRisk: boolean;
  started: boolean;
  source: 'server' | 'live';
}

/** True when the last record the server sent answered exactly the content on screen. */
export function isInSync(draft: CallDraft): boolean {
  return (
    draft.record !== null &&
    draft.recordRevision === draft.revision &&
    draft.savedRevision === draft.revision
  );
}

/** The score of one instrument's answers: live, or the server's when in sync. */
export function scoreView(
  draft: CallDraft,
  assessment: DraftAssessment,
): ScoreView {
  const server = isInSync(draft)
    ? draft.record?.assessments.find(
        (record) => record.instrument === assessment.instrument,
      )
    : undefined;
  if (server) {
    return serverScore(server);
  }
  const outcome = scoreAssessment(assessment.instrument, assessment.answers);
  if (!outcome.ok) {
    return {
      status: 'invalid',
      message: outcome.problems.map((p) => p.message).join('; '),
      source: 'live',
    };
  }
  return outcome.score.status === 'complete'
    ? {
        status: 'complete',
        total: outcome.score.total,
        severity: outcome.score.band.severity,
        bandLabel: outcome.score.band.label,
        source: 'live',
      }
    : {
        status: 'partial',
        answered: outcome.score.answered,
        of: outcome.score.of,
        source: 'live',
      };
}

function serverScore(record: AssessmentRecord): ScoreView {
  if (
    record.status === 'complete' &&
    record.total !== null &&
    record.severity !== null
  ) {
    const instrument = getInstrument(record.instrument);
    const bandLabel =
      (instrument && bandFor(instrument, record.total)?.label) ||
      record.severity;
    return {
      status: 'complete',
      total: record.total,
      severity: record.severity,
      bandLabel,
      source: 'server',
    };
  }
  return {
    status: 'partial',
    answered: record.answered,
    of: record.of,
    source: 'server',
  };
}

/** Every instrument of the call with its score. */
export function assessmentViews(draft: CallDraft): AssessmentView[] {
  return draft.content.assessments.map((assessment) => ({
    instrument: assessment.instrument,
    answers: assessment.answers,
    score: scoreView(draft, assessment),
  }));
}

/** The C-SSRS screen of the call: skip rules and risk from the shared screener. */
export function riskView(draft: CallDraft): RiskView {
  const answers = draft.content.risk.answers;
  const outcome = cssrsRisk(answers);
  const started = Object.keys(answers).length > 0;
  const server = isInSync(draft) ? draft.record?.risk : null;
  const live = outcome.ok
    ? {
        level:
          outcome.status === 'complete' ? outcome.level : outcome.levelSoFar,
        imminentRisk: outcome.imminentRisk,
        complete: outcome.status === 'complete',
      }
    : { level: 'none' as const, imminentRisk: false, complete: false };
  return {
    visible: visibleQuestions(answers),
    next: nextQuestion(answers),
    started,
    ...(server
      ? {
          level: server.level,
          imminentRisk: server.imminentRisk,
          complete: server.complete,
          source: 'server' as const,
        }
      : { ...live, source: 'live' as const }),
  };
}

/** Where a row of "My drafts" is kept. */
export type DraftLocation = 'server' | 'device-only' | 'unsaved-changes';

/** One row of "My drafts": a server draft, or a call only this device has. */
export interface DraftRow {
  id: string;
  startedAt: string;
  caseNumber: string | null;
  caseAlias: string | null;
  riskLevel: RiskLevel | null;
  latestSeverity: CallSummary['latestSeverity'];
  location: DraftLocation;
}

/**
 * The server's drafts with this device's open calls merged in: calls the server does not
 * list come first (a call only this device has, or one the server got after the list was
 * read — on the first page, where the newest belong), and a server draft with unsaved
 * changes here says so.
 */
export function mergeDraftRows(
  serverItems: readonly CallSummary[],
  local: readonly CallDraft[],
  firstPage = true,
): DraftRow[] {
  const open = local.filter((draft) => isEditable(draft));
  const unsaved = new Set(
    open.filter((draft) => hasUnsavedChanges(draft)).map((draft) => draft.id),
  );
  const serverIds = new Set(serverItems.map((item) => item.id));
  const extra: DraftRow[] = open
    .filter(
      (draft) =>
        !serverIds.has(draft.id) && (unsaved.has(draft.id) || firstPage),
    )
    .map((draft) => ({
      id: draft.id,
      startedAt: draft.content.startedAt,
      caseNumber: draft.linkedCase?.caseNumber ?? null,
      caseAlias: draft.linkedCase?.alias ?? null,
      riskLevel: null,
      latestSeverity: null,
      location: !draft.createdOnServer
        ? 'device-only'
        : unsaved.has(draft.id)
          ? 'unsaved-changes'
          : 'server',
    }));
  const fromServer: DraftRow[] = serverItems.map((item) => ({
    id: item.id,
    startedAt: item.startedAt,
    caseNumber: item.caseNumber,
    caseAlias: item.caseAlias,
    riskLevel: item.riskLevel,
    latestSeverity: item.latestSeverity,
    location: unsaved.has(item.id) ? 'unsaved-changes' : 'server',
  }));
  return [...extra, ...fromServer];
}
