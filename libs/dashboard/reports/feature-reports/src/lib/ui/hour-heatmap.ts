import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
} from '@angular/core';
import { heatLevel } from '@casebook/dashboard/cases/ui';
import type { ChartDatum } from '../chart-data';
import { WEEKDAY_NAMES, hourLabel } from '../report-labels';
import { RovingFocus } from './roving-focus';

/**
 * Calls by weekday and hour: a table of 7 rows (Sunday first) and 24 columns, each cell a
 * button shaded by its share of the busiest hour and printing its count. One tab stop:
 * the arrow keys move by hour and by day, Enter opens the hour's calls.
 */
@Component({
  selector: 'cb-hour-heatmap',
  imports: [RovingFocus],
  templateUrl: './hour-heatmap.html',
  styleUrl: './hour-heatmap.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HourHeatmap {
  /** 7 rows of 24 cells, from `hourOfWeekGrid`. */
  readonly grid = input.required<readonly (readonly ChartDatum[])[]>();
  /** False for admins: the figures stay readable, but the calls behind them are for supervisors. */
  readonly drillable = input(true);
  /** A cell was chosen. */
  readonly picked = output<ChartDatum>();

  protected readonly hours = Array.from({ length: 24 }, (_, hour) => ({
    hour,
    short: String(hour).padStart(2, '0'),
    label: hourLabel(hour),
  }));

  protected readonly levels = [0, 1, 2, 3, 4];

  protected readonly rows = computed(() => {
    const grid = this.grid();
    const max = Math.max(0, ...grid.flat().map((cell) => cell.value));
    return grid.map((cells, weekday) => ({
      name: WEEKDAY_NAMES[weekday],
      short: WEEKDAY_NAMES[weekday].slice(0, 3),
      cells: cells.map((cell) => ({
        d: cell,
        level: heatLevel(cell.value, max) ?? 0,
      })),
    }));
  });
}
