import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterRenderEffect,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, Router } from '@angular/router';
import { Store } from '@ngrx/store';
import { authFeature } from '@casebook/dashboard/auth/data-access';
import type { ReportCounselorRow } from '@casebook/shared/contracts';
import { CLOCK } from '@casebook/dashboard/shared/data-access';
import { LoadError } from '@casebook/dashboard/shared/ui';
import {
  dayData,
  hourOfWeekGrid,
  outcomeData,
  referralData,
  relationData,
  riskData,
  severityGroups,
  symptomData,
  type ChartDatum,
} from './chart-data';
import { ReportsPageActions } from './data-access/reports.actions';
import { reportsFeature } from './data-access/reports.feature';
import { ReportRangeForm } from './range-form';
import { countOf, rangeHeading } from './report-labels';
import {
  drillToQueryParams,
  viewFromQueryParams,
  viewToQueryParams,
  type ReportDrillFilter,
  type ReportView,
} from './report-query-params';
import { browserTimeZone } from './report-range';
import { BarList } from './ui/bar-list';
import { ChartCard } from './ui/chart-card';
import { CounselorTable } from './ui/counselor-table';
import { DayChart } from './ui/day-chart';
import { HourHeatmap } from './ui/hour-heatmap';
import { KpiCards } from './ui/kpi-cards';
import { SafetyFigures } from './ui/safety-figures';

/**
 * The name of the bar, cell or counselor a drill-down was opened from: coming back (the
 * back link or the browser's), the focus returns to it rather than to the page's top.
 */
let returnFocusTo: string | null = null;

/**
 * The supervisor's report. The URL holds the range and zone (`?from=&to=&tz=&preset=`),
 * so a report can be linked, reloaded and printed; the page turns URL changes into
 * `View Changed` and choices into URL changes. Every bar, cell and counselor opens the
 * calls behind it at `/reports/calls`, with the same range.
 */
@Component({
  selector: 'cb-reports-page',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    LoadError,
    ReportRangeForm,
    KpiCards,
    SafetyFigures,
    ChartCard,
    DayChart,
    HourHeatmap,
    BarList,
    CounselorTable,
  ],
  templateUrl: './reports-page.html',
  styleUrl: './reports-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportsPage {
  private readonly store = inject(Store);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly clock = inject(CLOCK);
  private readonly document = inject(DOCUMENT);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly view = this.store.selectSignal(reportsFeature.selectView);
  protected readonly summary = this.store.selectSignal(
    reportsFeature.selectSummary,
  );
  protected readonly loading = this.store.selectSignal(
    reportsFeature.selectLoading,
  );
  protected readonly loadError = this.store.selectSignal(
    reportsFeature.selectLoadError,
  );
  protected readonly isEmpty = this.store.selectSignal(
    reportsFeature.selectIsEmpty,
  );
  protected readonly exporting = this.store.selectSignal(
    reportsFeature.selectExporting,
  );
  /** Admins get aggregates only (DESIGN.md, roles): no calls behind a figure, no CSV of calls. */
  private readonly role = this.store.selectSignal(authFeature.selectRole);
  protected readonly mayOpenCalls = computed(
    () => this.role() === 'supervisor',
  );
  protected readonly loadErrorMessage = computed(() => {
    const error = this.loadError();
    return error ? `Could not load the report. ${error.message}` : null;
  });
  protected readonly notice = signal<string | null>(null);

  protected readonly heading = computed(() => {
    const view = this.view();
    return view ? rangeHeading(view) : '';
  });

  protected readonly charts = computed(() => {
    const summary = this.summary();
    if (!summary) {
      return null;
    }
    return {
      days: dayData(summary),
      hours: hourOfWeekGrid(summary.byHour),
      severity: severityGroups(summary.severity),
      symptoms: symptomData(summary.topSymptoms),
      outcomes: outcomeData(summary.outcomes),
      referrals: referralData(summary.referrals),
      risk: riskData(summary.risk),
      relations: relationData(summary.relations),
    };
  });

  constructor() {
    afterRenderEffect(() => {
      if (this.charts() && returnFocusTo !== null) {
        const label = returnFocusTo;
        returnFocusTo = null;
        Array.from(
          this.host.nativeElement.querySelectorAll<HTMLElement>('[aria-label]'),
        )
          .find((el) => el.getAttribute('aria-label') === label)
          ?.focus();
      }
    });
    const defaultTz = browserTimeZone();
    let rewriteNotice: string | null = null;
    this.route.queryParams.pipe(takeUntilDestroyed()).subscribe((params) => {
      const now = this.clock.now();
      const parsed = viewFromQueryParams(params, now, defaultTz);
      if (parsed.canonical) {
        this.notice.set(parsed.notice ?? rewriteNotice);
        rewriteNotice = null;
        this.store.dispatch(
          ReportsPageActions.viewChanged({ view: parsed.view }),
        );
      } else {
        // Say in the URL what is shown, so a copied link shows the same report; the
        // rewritten URL comes back here and loads it, still saying what was wrong.
        rewriteNotice = parsed.notice;
        this.showView(parsed.view, true);
      }
    });
  }

  protected showView(view: ReportView, replaceUrl = false): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: viewToQueryParams(view),
      replaceUrl,
    });
  }

  protected retry(): void {
    this.store.dispatch(ReportsPageActions.retryClicked());
  }

  protected exportCsv(): void {
    this.store.dispatch(ReportsPageActions.exportClicked());
  }

  protected print(): void {
    this.document.defaultView?.print();
  }

  protected drill(filter: ReportDrillFilter): void {
    const view = this.view();
    if (view) {
      void this.router.navigate(['calls'], {
        relativeTo: this.route,
        queryParams: {
          ...viewToQueryParams(view),
          ...drillToQueryParams(filter),
        },
      });
    }
  }

  protected drillDatum(datum: ChartDatum): void {
    returnFocusTo = datum.ariaLabel;
    this.drill(datum.filter);
  }

  protected drillCounselor(row: ReportCounselorRow): void {
    returnFocusTo = `${row.counselorName} — ${countOf(row.calls, 'call')}`;
    this.drill({ counselorId: row.counselorId });
  }
}
