import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import type { BoardCall } from '@casebook/shared/contracts';
import { DateTimePipe, SeverityBadge } from '@casebook/dashboard/shared/ui';
import { overdoseProgress } from '@casebook/shared/domain';
import { elapsedClock, elapsedWords, riskText } from './format';

/** Calls being logged right now, with how long each has run. */
@Component({
  selector: 'cb-board-calls',
  imports: [DateTimePipe, MatCardModule, MatIconModule, SeverityBadge],
  templateUrl: './board-calls.html',
  styleUrl: './board-calls.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BoardCalls {
  /** The calls in progress. */
  readonly calls = input.required<readonly BoardCall[]>();
  /** The clock, from the container (it ticks once a second). */
  readonly now = input.required<number>();

  protected readonly elapsedClock = elapsedClock;
  protected readonly elapsedWords = elapsedWords;
  protected readonly riskText = riskText;
  protected readonly overdoseProgress = overdoseProgress;
}
