import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
  signal,
} from '@angular/core';
import type { ChartDatum } from '../chart-data';
import { RovingFocus } from './roving-focus';

const WIDTH = 720;
const HEIGHT = 220;
const PLOT = { left: 44, right: WIDTH - 8, top: 12, bottom: HEIGHT - 36 };
const MAX_X_LABELS = 10;

/** A round axis top and its steps: 0–5 by 1, 0–40 by 10, 0–250 by 50… */
export function niceScale(max: number): { top: number; step: number } {
  if (max <= 5) {
    return { top: Math.max(1, max), step: 1 };
  }
  const raw = max / 4;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step =
    [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? raw;
  return { top: Math.ceil(max / step) * step, step };
}

/** "Tue 10 Mar 2026" → "10 Mar", or "10 Mar 2026" on a long range. */
function tickLabel(dayLabel: string, withYear: boolean): string {
  const [, day, month, year] = dayLabel.split(' ');
  return month
    ? withYear && year
      ? `${day} ${month} ${year}`
      : `${day} ${month}`
    : dayLabel;
}

/**
 * Calls per day as vertical bars in SVG, every day of the range present. The chart is one
 * tab stop: arrow keys move between days, Enter opens the day's calls; each bar's label
 * names the day and its count, and the bar in focus or under the pointer is read out
 * under the chart.
 */
@Component({
  selector: 'cb-day-chart',
  imports: [RovingFocus],
  templateUrl: './day-chart.html',
  styleUrl: './day-chart.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DayChart {
  /** One datum a day, in date order. */
  readonly data = input.required<readonly ChartDatum[]>();
  /** False for admins: the figures stay readable, but the calls behind them are for supervisors. */
  readonly drillable = input(true);
  /** A day was chosen. */
  readonly picked = output<ChartDatum>();

  protected readonly width = WIDTH;
  protected readonly height = HEIGHT;
  protected readonly plot = PLOT;
  protected readonly active = signal<ChartDatum | null>(null);

  protected readonly model = computed(() => {
    const data = this.data();
    const { top, step } = niceScale(Math.max(0, ...data.map((d) => d.value)));
    const slot = (PLOT.right - PLOT.left) / Math.max(1, data.length);
    const gap = slot > 6 ? Math.min(4, slot * 0.2) : 0;
    const y = (value: number) =>
      PLOT.bottom - (value / top) * (PLOT.bottom - PLOT.top);
    // Past half a year the ticks name the year too ("Mar 10 2026"), and there are fewer.
    const long = data.length > 180;
    const every = Math.ceil(
      data.length / (long ? MAX_X_LABELS - 3 : MAX_X_LABELS),
    );
    return {
      bars: data.map((d, i) => ({
        d,
        x: PLOT.left + i * slot + gap / 2,
        width: Math.max(0.5, slot - gap),
        slotX: PLOT.left + i * slot,
        slot,
        y: y(d.value),
        height: PLOT.bottom - y(d.value),
        tick: i % every === 0 ? tickLabel(d.label, long) : null,
      })),
      yTicks: Array.from({ length: Math.round(top / step) + 1 }, (_, i) => ({
        value: i * step,
        y: y(i * step),
      })),
    };
  });

  protected hide(d: ChartDatum): void {
    if (this.active()?.key === d.key) {
      this.active.set(null);
    }
  }

  protected pick(event: Event, d: ChartDatum): void {
    event.preventDefault();
    if (this.drillable()) this.picked.emit(d);
  }
}
