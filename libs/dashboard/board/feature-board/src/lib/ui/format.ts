import type { CallStatus, RiskLevel } from '@casebook/shared/contracts';
import { clockDuration } from '@casebook/dashboard/shared/ui';

/** "4:07" or "1:02:03": how long since `fromIso`, never negative (clocks drift). */
export function elapsedClock(fromIso: string, now: number): string {
  const seconds = (now - Date.parse(fromIso)) / 1000;
  return Number.isFinite(seconds) ? clockDuration(seconds) : '';
}

/** The same duration in words for screen readers: "4 minutes 7 seconds". */
export function elapsedWords(fromIso: string, now: number): string {
  const total = Math.max(0, Math.floor((now - Date.parse(fromIso)) / 1000));
  if (!Number.isFinite(total)) {
    return '';
  }
  const parts: string[] = [];
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  if (hours) parts.push(plural(hours, 'hour'));
  if (minutes) parts.push(plural(minutes, 'minute'));
  if (!hours) parts.push(plural(seconds, 'second'));
  return parts.join(' ');
}

/** How late a call-back is: "12 min", "3 h 5 min", "2 days". */
export function overdueText(dueIso: string, now: number): string {
  const minutes = Math.max(0, Math.floor((now - Date.parse(dueIso)) / 60_000));
  if (!Number.isFinite(minutes)) {
    return '';
  }
  if (minutes < 60) {
    return `${minutes} min`;
  }
  if (minutes < 48 * 60) {
    const rest = minutes % 60;
    return `${Math.floor(minutes / 60)} h${rest ? ` ${rest} min` : ''}`;
  }
  return plural(Math.floor(minutes / (24 * 60)), 'day');
}

const RISK_LABELS: Readonly<Record<RiskLevel, string>> = {
  none: 'No risk',
  low: 'Low risk',
  moderate: 'Moderate risk',
  high: 'High risk',
};

/** The C-SSRS screener's triage as words; "Not screened" before the screen is saved. */
export function riskText(level: RiskLevel | null): string {
  return level ? RISK_LABELS[level] : 'Not screened';
}

const CALL_STATUS_TEXT: Readonly<Record<CallStatus, string>> = {
  draft: 'Draft, in progress',
  final: 'Final',
  discarded: 'Draft, discarded',
};

/** Where an alert's call stands, in words. */
export function callStatusText(status: CallStatus): string {
  return CALL_STATUS_TEXT[status];
}

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}
