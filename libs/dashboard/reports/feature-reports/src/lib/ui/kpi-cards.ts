import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import type { ReportTotals } from '@casebook/shared/contracts';
import { formatHandleTime } from '../report-labels';
import { KpiList, type Kpi } from './kpi-list';

/** The range's totals as cards. */
@Component({
  selector: 'cb-kpi-cards',
  imports: [KpiList],
  template: `<cb-kpi-list [kpis]="kpis()" />`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class KpiCards {
  /** The summary's totals. */
  readonly totals = input.required<ReportTotals>();

  protected readonly kpis = computed((): Kpi[] => {
    const t = this.totals();
    const n = (value: number) => value.toLocaleString('en-US');
    return [
      {
        label: 'Calls',
        value: n(t.calls),
        note: `${n(t.callsWithoutCase)} without a case`,
      },
      { label: 'Cases', value: n(t.cases), note: `${n(t.newCases)} new` },
      {
        label: 'Average handle time',
        value: formatHandleTime(t.avgHandleSeconds),
        note: 'm:ss',
      },
      {
        label: 'Median handle time',
        value: formatHandleTime(t.medianHandleSeconds),
        note: 'm:ss',
      },
      {
        label: 'High-risk calls',
        value: n(t.highRiskCalls),
        note: 'C-SSRS high risk',
      },
      {
        label: 'Repeat callers',
        value: n(t.repeatCallers),
        note: 'cases with 2+ calls',
      },
      { label: 'Inbound', value: n(t.inbound) },
      { label: 'Outbound', value: n(t.outbound) },
    ];
  });
}
