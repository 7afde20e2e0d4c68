import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** One figure of a report: a term, its value, and what it counts. */
export interface Kpi {
  label: string;
  value: string;
  /** A second line: what the number counts, or a part of it (a percentage's denominator). */
  note?: string;
}

/** Figures as cards: each a term and its value, read in order by screen readers. */
@Component({
  selector: 'cb-kpi-list',
  template: `<dl class="kpis">
    @for (kpi of kpis(); track kpi.label) {
      <div class="kpi">
        <dt>{{ kpi.label }}</dt>
        <dd>
          <span class="value">{{ kpi.value }}</span>
          @if (kpi.note) {
            <span class="note">{{ kpi.note }}</span>
          }
        </dd>
      </div>
    }
  </dl>`,
  styleUrl: './kpi-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class KpiList {
  readonly kpis = input.required<readonly Kpi[]>();
}
