import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import type { BoardAlert } from '@casebook/shared/contracts';
import { DateTimePipe } from '@casebook/dashboard/shared/ui';
import { callStatusText } from './format';

/** High-risk screens saved recently; the most prominent region of the board. */
@Component({
  selector: 'cb-board-alerts',
  imports: [DateTimePipe, MatCardModule, MatIconModule],
  templateUrl: './board-alerts.html',
  styleUrl: './board-alerts.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BoardAlerts {
  /** The alerts, as the server ordered them. */
  readonly alerts = input.required<readonly BoardAlert[]>();
  /** Alerts that arrived while the page was open: highlighted and labelled "New". */
  readonly newIds = input<ReadonlySet<string>>(new Set());

  protected readonly statusText = callStatusText;
}
