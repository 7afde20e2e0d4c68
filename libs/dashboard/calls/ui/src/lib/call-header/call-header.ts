import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatIconModule } from '@angular/material/icon';
import type { CallDirection, RiskLevel } from '@casebook/shared/contracts';
import { CallTimer } from '../call-timer';
import { RISK_LEVEL_LABELS } from '../labels';
import { SaveStatus, type SaveStatusKind } from '../save-status';
import { ScoreSummary, type InstrumentScore } from '../score-summary';

/**
 * The call screen's sticky header: what stays in view for the whole call — the timer,
 * the caller alert, the save state, the live SOWS (and COWS) total and the risk level —
 * with direction, "Finalize" and the keyboard map.
 */
@Component({
  selector: 'cb-call-header',
  imports: [
    MatButtonModule,
    MatButtonToggleModule,
    MatIconModule,
    CallTimer,
    SaveStatus,
    ScoreSummary,
  ],
  templateUrl: './call-header.html',
  styleUrl: './call-header.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CallHeader {
  /** The page's h1, e.g. "Call · Sam R. (C-1042)". */
  readonly heading = input.required<string>();
  readonly startedAt = input.required<string>();
  readonly endedAt = input<string | null>(null);
  readonly now = input.required<number>();
  readonly direction = input.required<CallDirection>();
  readonly editable = input(true);
  readonly finalizing = input(false);
  readonly saveStatus = input.required<SaveStatusKind>();
  readonly saveMessage = input<string | null>(null);
  readonly willRetry = input(false);
  readonly deviceError = input<string | null>(null);
  readonly sowsScore = input.required<InstrumentScore>();
  /** Shown only when a clinician is present and COWS was added. */
  readonly cowsScore = input<InstrumentScore | null>(null);
  /** Null until the risk screen is started. */
  readonly riskLevel = input<RiskLevel | null>(null);
  /** The linked case's caller alert, shown for the whole call. */
  readonly alert = input<string | null>(null);

  readonly directionChange = output<CallDirection>();
  readonly endedToggle = output<void>();
  readonly retry = output<void>();
  readonly shortcuts = output<void>();
  readonly finalize = output<void>();

  protected readonly riskText = computed(() => {
    const level = this.riskLevel();
    return level ? RISK_LEVEL_LABELS[level] : 'Not screened';
  });
}
