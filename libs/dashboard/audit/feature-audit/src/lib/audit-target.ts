import type { AuditDetails, AuditEvent } from '@casebook/shared/contracts';

/** One thing a row names: a link to it where there is a screen for it, else words. */
export type AuditTarget =
  | {
      kind: 'link';
      label: string;
      commands: string[];
      queryParams?: Record<string, string>;
    }
  | { kind: 'text'; label: string };

/** What the table knows beyond the row itself, to name and link what rows point to. */
export interface AuditTargetContext {
  /**
   * Whether the reader may open cases, calls and call-backs (counselors and supervisors;
   * admins see no case records, so for them these are words, not dead links).
   */
  canOpenRecords: boolean;
  /** Display names from the staff list, by user id. */
  staffNames: Readonly<Record<string, string>>;
}

/** The first block of an id: enough to tell rows apart, short enough to read. */
export function shortId(id: string): string {
  return id.slice(0, 8);
}

/**
 * A case by the number the API gives with the row (`caseNumber`, of the row's `caseId`);
 * by the first block of its id only when there is no number (the case row is gone).
 */
function caseTarget(
  caseId: string,
  event: AuditEvent,
  context: AuditTargetContext,
): AuditTarget {
  const caseNumber = caseId === event.caseId ? event.caseNumber : null;
  return record(
    `Case ${caseNumber ?? shortId(caseId)}`,
    ['/cases', caseId],
    context,
  );
}

function record(
  label: string,
  commands: string[],
  context: AuditTargetContext,
): AuditTarget {
  return context.canOpenRecords
    ? { kind: 'link', label, commands }
    : { kind: 'text', label };
}

/** "2026-03-01 to 2026-03-31 (America/Chicago)" from a report's details, as far as they say. */
function reportRange(details: AuditDetails): string {
  const { from, to, tz } = details;
  const range =
    typeof from === 'string' && typeof to === 'string'
      ? `${from} to ${to}`
      : typeof from === 'string'
        ? `from ${from}`
        : typeof to === 'string'
          ? `to ${to}`
          : '';
  const zone = typeof tz === 'string' && range ? ` (${tz})` : '';
  return range ? `Report, ${range}${zone}` : 'Report';
}

/** The trail again, filtered as the read being shown was. */
function auditTarget(event: AuditEvent): AuditTarget {
  const queryParams: Record<string, string> = {};
  const { filterUserId, filterAction } = event.details;
  if (typeof filterUserId === 'string') queryParams['userId'] = filterUserId;
  if (typeof filterAction === 'string') queryParams['action'] = filterAction;
  if (event.caseId) queryParams['caseId'] = event.caseId;
  return {
    kind: 'link',
    label: 'Audit trail',
    commands: ['/audit'],
    queryParams,
  };
}

function primaryTarget(
  event: AuditEvent,
  context: AuditTargetContext,
): AuditTarget | null {
  const id = event.entityId;
  switch (event.entityType) {
    case 'case':
      return id
        ? caseTarget(id, event, context)
        : { kind: 'text', label: 'Case search' };
    case 'call':
      return id
        ? record(`Call ${shortId(id)}`, ['/calls', id], context)
        : { kind: 'text', label: 'Call list' };
    case 'callback':
      return record(
        id ? `Call-back ${shortId(id)}` : 'Call-back queue',
        ['/callbacks'],
        context,
      );
    case 'user':
      return id
        ? {
            kind: 'link',
            label: context.staffNames[id] ?? `User ${shortId(id)}`,
            commands: ['/audit'],
            queryParams: { userId: id },
          }
        : { kind: 'text', label: 'Unknown account' };
    case 'report':
      return { kind: 'text', label: reportRange(event.details) };
    case 'audit':
      return auditTarget(event);
    case 'session':
      return { kind: 'text', label: 'Session' };
    case null:
      return null;
  }
}

/**
 * What a row names, most specific first: the call, then the case it belongs to; a user
 * links to that user's own trail; a report is described by its range.
 */
export function auditTargets(
  event: AuditEvent,
  context: AuditTargetContext,
): AuditTarget[] {
  const primary = primaryTarget(event, context);
  const targets = primary ? [primary] : [];
  if (
    event.caseId &&
    !(event.entityType === 'case' && event.entityId === event.caseId)
  ) {
    targets.push(caseTarget(event.caseId, event, context));
  }
  return targets;
}

/**
 * `key: value` pairs of a row's details, in the order stored. Details hold ids, counts and
 * ranges, never record contents; null values (a filter not used) are left out.
 */
export function formatDetails(details: AuditDetails): string {
  return Object.entries(details)
    .filter(([, value]) => value !== null)
    .map(([key, value]) => `${key}: ${String(value)}`)
    .join(' · ');
}
