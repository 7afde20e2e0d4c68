import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { DateTimePipe } from '@casebook/dashboard/shared/ui';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import type { BoardUnfinishedDraft } from '@casebook/shared/contracts';
import { STALE_DRAFT_MINUTES } from '@casebook/shared/domain';
import { overdueText } from './format';

/**
 * Drafts with no save for 30 minutes (`isStaleDraft`): no longer calls in progress, not
 * finalized either — for the supervisor to follow up with the counselor (ADR 32).
 */
@Component({
  selector: 'cb-board-unfinished',
  imports: [DateTimePipe, MatCardModule, MatIconModule],
  templateUrl: './board-unfinished.html',
  styleUrl: './board-unfinished.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BoardUnfinished {
  /** The unfinished drafts, most recently saved first. */
  readonly drafts = input.required<readonly BoardUnfinishedDraft[]>();
  /** The clock, from the container. */
  readonly now = input.required<number>();

  protected readonly staleMinutes = STALE_DRAFT_MINUTES;
  /** "35 min", "2 h 5 min": how long since the last save. */
  protected readonly sinceText = overdueText;
}
