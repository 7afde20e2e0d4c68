import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  signal,
} from '@angular/core';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import type {
  InstrumentDefinition,
  SymptomHistoryPoint,
} from '@casebook/shared/contracts';
import { INSTRUMENTS } from '@casebook/shared/domain';
import { SymptomChart } from './symptom-chart';
import type { XAxisMode } from './symptom-chart-model';
import { SymptomHeatmap } from './symptom-heatmap';
import { SymptomTable } from './symptom-table';

/**
 * The symptom history of a case: per instrument used, totals over time (chart or table)
 * and the item-by-item heatmap. The axis and chart/table choices are this view's own.
 */
@Component({
  selector: 'cb-symptom-history',
  imports: [
    MatButtonToggleModule,
    MatSlideToggleModule,
    SymptomChart,
    SymptomHeatmap,
    SymptomTable,
  ],
  templateUrl: './symptom-history.html',
  styleUrl: './symptom-history.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SymptomHistoryView {
  /** Every assessment of the case's finalized calls, oldest first. */
  readonly points = input.required<readonly SymptomHistoryPoint[]>();
  /** True while the history is being fetched. */
  readonly loading = input(false);

  protected readonly xAxis = signal<XAxisMode>('date');
  protected readonly asTable = signal(false);

  protected readonly groups = computed(() =>
    INSTRUMENTS.map((instrument: InstrumentDefinition) => ({
      instrument,
      points: this.points().filter(
        (point) => point.instrument === instrument.id,
      ),
    })).filter((group) => group.points.length > 0),
  );

  protected setAxis(value: unknown): void {
    if (value === 'date' || value === 'hours') {
      this.xAxis.set(value);
    }
  }
}
