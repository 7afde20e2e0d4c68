import {
  ChangeDetectionStrategy,
  Component,
  input,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { ChartDatum } from '../chart-data';

let nextId = 0;

/**
 * A report chart's frame: its heading, the chart (projected), and the same numbers as a
 * table behind a toggle, for anyone who would rather read than look (and for print).
 */
@Component({
  selector: 'cb-chart-card',
  imports: [MatButtonModule],
  templateUrl: './chart-card.html',
  styleUrl: './chart-card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChartCard {
  /** The chart's title, a level-2 heading. */
  readonly heading = input.required<string>();
  /** One line under the heading: what is counted, how to drill down. */
  readonly description = input('');
  /** The table's rows: one per bar or cell. */
  readonly rows = input.required<readonly ChartDatum[]>();
  /** The table's column header for the values. */
  readonly valueHeader = input('Calls');
  /** The table's column header for the labels. */
  readonly labelHeader = input('');

  protected readonly id = `cb-chart-${nextId++}`;
  protected readonly tableShown = signal(false);

  protected toggleTable(): void {
    this.tableShown.update((shown) => !shown);
  }
}
