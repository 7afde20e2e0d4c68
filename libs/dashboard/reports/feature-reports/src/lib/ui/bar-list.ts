import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
} from '@angular/core';
import type { ChartDatum } from '../chart-data';

/**
 * Horizontal bars, one real button a row: the label, a bar as long as its share of the
 * largest value, and the number written out, so nothing rests on length or colour alone.
 * Clicking or pressing Enter on a bar asks for the calls behind it.
 */
@Component({
  selector: 'cb-bar-list',
  templateUrl: './bar-list.html',
  styleUrl: './bar-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BarList {
  /** The bars, in the order to draw them. */
  readonly data = input.required<readonly ChartDatum[]>();
  /** What the list is, for screen readers ("Top symptoms"). */
  readonly label = input.required<string>();
  /** False for admins: the figures stay readable, but the calls behind them are for supervisors. */
  readonly drillable = input(true);
  /** A bar was chosen. */
  readonly picked = output<ChartDatum>();

  protected readonly bars = computed(() => {
    const data = this.data();
    const max = Math.max(1, ...data.map((d) => d.value));
    return data.map((d) => ({ d, percent: (d.value / max) * 100 }));
  });
}
