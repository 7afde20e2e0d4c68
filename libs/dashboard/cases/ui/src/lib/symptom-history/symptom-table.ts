import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import type {
  InstrumentDefinition,
  SymptomHistoryPoint,
} from '@casebook/shared/contracts';
import { HoursPipe } from '../pipes';
import { answeredCount, bandOf } from './symptom-points';
import { DateTimePipe } from '@casebook/dashboard/shared/ui';

/** The chart's data as a table: what "Show as table" gives, and what a screen reader reads best. */
@Component({
  selector: 'cb-symptom-table',
  imports: [DateTimePipe, HoursPipe],
  template: `
    <table class="data">
      <caption class="cdk-visually-hidden">
        {{
          instrument().abbreviation
        }}
        totals, oldest first
      </caption>
      <thead>
        <tr>
          <th scope="col">Date and time</th>
          <th scope="col">Since last use</th>
          <th scope="col">Total</th>
          <th scope="col">Band</th>
          <th scope="col">Items answered</th>
        </tr>
      </thead>
      <tbody>
        @for (row of rows(); track row.id) {
          <tr>
            <th scope="row">
              <time [attr.datetime]="row.recordedAt">{{
                row.recordedAt | dateTime
              }}</time>
            </th>
            <td>
              {{ row.hours === null ? 'not recorded' : (row.hours | cbHours) }}
            </td>
            <td>{{ row.total ?? 'none (partial)' }}</td>
            <td>{{ row.band }}</td>
            <td>{{ row.answered }} of {{ row.of }}</td>
          </tr>
        }
      </tbody>
    </table>
  `,
  styles: `
    .data {
      border-collapse: collapse;
      min-width: 100%;
    }
    th,
    td {
      padding: 0.375rem 0.75rem;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      text-align: left;
      font-weight: 400;
    }
    thead th {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-label-large);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SymptomTable {
  readonly instrument = input.required<InstrumentDefinition>();
  readonly points = input.required<readonly SymptomHistoryPoint[]>();

  protected readonly rows = computed(() => {
    const instrument = this.instrument();
    return [...this.points()]
      .sort((a, b) => Date.parse(a.recordedAt) - Date.parse(b.recordedAt))
      .map((point) => ({
        id: point.assessmentId,
        recordedAt: point.recordedAt,
        hours: point.hoursSinceLastUse,
        total: point.total,
        band:
          point.total === null
            ? 'no band'
            : (bandOf(instrument, point)?.label ?? 'no band'),
        answered: answeredCount(instrument, point),
        of: instrument.items.length,
      }));
  });
}
