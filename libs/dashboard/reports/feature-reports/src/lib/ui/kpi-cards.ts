import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { ReportTotals } from '@casebook/shared/contracts';
import { formatHandleTime } from '../report-labels';

interface Kpi {
  label: string;
  value: string;
  /** A second line: what the number counts, or a part of it. */
  note?: string;
}

/** The range's totals as cards: each a term and its value, read in order by screen readers. */
@Component({
  selector: 'cb-kpi-cards',
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
  styleUrl: './kpi-cards.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class KpiCards {
  /** The summary's totals. */
  readonly totals = input.required<ReportTotals>();

  protected readonly kpis = computed((): Kpi[] => {
    const t = this.totals();
    const n = (value: number) => value.toLocaleString('en-US');
    return [
      { label: 'Calls', value: n(t.calls), note: `${n(t.callsWithoutCase)} without a case` },
      { label: 'Cases', value: n(t.cases), note: `${n(t.newCases)} new` },
      { label: 'Average handle time', value: formatHandleTime(t.avgHandleSeconds), note: 'm:ss' },
      { label: 'Median handle time', value: formatHandleTime(t.medianHandleSeconds), note: 'm:ss' },
      { label: 'High-risk calls', value: n(t.highRiskCalls), note: 'C-SSRS high risk' },
      { label: 'Repeat callers', value: n(t.repeatCallers), note: 'cases with 2+ calls' },
      { label: 'Inbound', value: n(t.inbound) },
      { label: 'Outbound', value: n(t.outbound) },
    ];
  });
}
