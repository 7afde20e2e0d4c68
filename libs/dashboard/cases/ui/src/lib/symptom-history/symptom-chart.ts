import { formatDate } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  LOCALE_ID,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import type {
  InstrumentDefinition,
  SymptomHistoryPoint,
} from '@casebook/shared/contracts';
import {
  CHART_GEOMETRY,
  buildChartModel,
  type ChartFormatters,
  type ChartPoint,
  type XAxisMode,
} from './symptom-chart-model';
import { dateTimeText } from '@casebook/shared/domain';

const TOOLTIP_HEIGHT = 44;

/**
 * One instrument's totals over time, drawn in SVG: the definition's severity bands
 * shaded behind, a filled marker per complete assessment joined by a line, a hollow one
 * per partial assessment on its own row (it has no total to place). Each marker is in the
 * tab order and labelled with date, total and band; focus or hover shows the same text.
 */
@Component({
  selector: 'cb-symptom-chart',
  templateUrl: './symptom-chart.html',
  styleUrl: './symptom-chart.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SymptomChart {
  private readonly locale = inject(LOCALE_ID);

  /** The instrument whose bands and range the chart uses. */
  readonly instrument = input.required<InstrumentDefinition>();
  /** This instrument's assessments, in any order. */
  readonly points = input.required<readonly SymptomHistoryPoint[]>();
  /** Date, or hours since last use. */
  readonly xAxis = input<XAxisMode>('date');

  protected readonly geometry = CHART_GEOMETRY;
  protected readonly viewBox = computed(
    () => `0 0 ${CHART_GEOMETRY.width} ${this.model().height}`,
  );
  protected readonly active = signal<ChartPoint | null>(null);

  private readonly formatters: ChartFormatters = {
    dateTime: (ms) => dateTimeText(ms),
    tick: (ms, step) =>
      formatDate(
        ms,
        step < 24 * 3600_000
          ? 'MMM d, HH:mm'
          : step < 180 * 24 * 3600_000
            ? 'MMM d'
            : 'MMM y',
        this.locale,
      ),
  };

  protected readonly model = computed(() =>
    buildChartModel(
      this.instrument(),
      this.points(),
      this.xAxis(),
      this.formatters,
    ),
  );

  protected readonly unplacedText = computed(() =>
    this.model()
      .unplaced.map((point) =>
        this.formatters.dateTime(Date.parse(point.recordedAt)),
      )
      .join('; '),
  );

  protected readonly tooltip = computed(() => {
    const point = this.active();
    if (!point) {
      return null;
    }
    // Wide enough for the longer line at about 7 units a character (12px text, bold).
    const width =
      Math.max(...point.tooltip.map((line) => line.length)) * 7.2 + 16;
    const x = Math.min(
      Math.max(point.x - width / 2, 0),
      CHART_GEOMETRY.width - width,
    );
    const above = point.y - TOOLTIP_HEIGHT - 12;
    const y = above >= 0 ? above : point.y + 12;
    return { x, y, width, height: TOOLTIP_HEIGHT, lines: point.tooltip };
  });

  protected show(point: ChartPoint): void {
    this.active.set(point);
  }

  protected hide(point: ChartPoint): void {
    if (this.active()?.id === point.id) {
      this.active.set(null);
    }
  }
}
