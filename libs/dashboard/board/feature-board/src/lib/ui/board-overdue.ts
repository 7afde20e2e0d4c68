import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import type { BoardOverdueCallback } from '@casebook/shared/contracts';
import { overdueText } from './format';
import { DateTimePipe } from '@casebook/dashboard/shared/ui';

/** Call-backs past their due time, with who owns each. */
@Component({
  selector: 'cb-board-overdue',
  imports: [DateTimePipe, MatCardModule, MatIconModule],
  templateUrl: './board-overdue.html',
  styleUrl: './board-overdue.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BoardOverdue {
  /** The overdue call-backs. */
  readonly callbacks = input.required<readonly BoardOverdueCallback[]>();
  /** The clock, from the container. */
  readonly now = input.required<number>();

  protected readonly overdueText = overdueText;
}
