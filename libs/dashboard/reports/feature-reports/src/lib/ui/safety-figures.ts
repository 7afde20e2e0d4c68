import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import type { ReportSafety } from '@casebook/shared/contracts';
import { countOf } from '../report-labels';
import { KpiList, type Kpi } from './kpi-list';

/**
 * Overdose-now calls, naloxone on opioid calls and complete risk screens (issue 9, ADR 29).
 * A percentage always names its denominator, and an empty one says so instead of "0%".
 */
@Component({
  selector: 'cb-safety-figures',
  imports: [KpiList],
  template: `<section class="safety" aria-labelledby="safety-heading">
    <h2 id="safety-heading">Safety</h2>
    <cb-kpi-list [kpis]="kpis()" />
  </section>`,
  styles: `
    :host {
      display: block;
      margin-bottom: 1rem;
    }

    .safety h2 {
      margin: 1rem 0 0.5rem;
      font: var(--mat-sys-title-large);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SafetyFigures {
  readonly safety = input.required<ReportSafety>();
  /** The range's finalized calls: the denominator of complete screens. */
  readonly calls = input.required<number>();

  protected readonly kpis = computed((): Kpi[] => {
    const s = this.safety();
    return [
      {
        label: 'Overdose-now calls',
        value: s.overdoseCalls.toLocaleString('en-US'),
        note: 'overdose response opened',
      },
      {
        label: 'Naloxone discussed on opioid calls',
        ...percentOf(
          s.naloxoneDiscussed,
          s.opioidCalls,
          s.naloxonePercent,
          'opioid call',
          'no opioid calls',
        ),
      },
      {
        label: 'Risk screens completed',
        ...percentOf(
          s.riskScreensComplete,
          this.calls(),
          s.riskScreensCompletePercent,
          'call',
          'no calls',
        ),
      },
    ];
  });
}

/** "30%" over "12 of 40 opioid calls"; "—" over `none` when there is nothing to divide by. */
function percentOf(
  part: number,
  whole: number,
  percent: number | null,
  unit: string,
  none: string,
): Pick<Kpi, 'value' | 'note'> {
  if (percent === null || whole === 0) return { value: '—', note: none };
  return {
    value: `${percent}%`,
    note: `${part.toLocaleString('en-US')} of ${countOf(whole, unit)}`,
  };
}
