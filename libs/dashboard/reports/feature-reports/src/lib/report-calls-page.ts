import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterNextRender,
  computed,
  inject,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import {
  MatPaginatorModule,
  type PageEvent,
} from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import type { CallSummary } from '@casebook/shared/contracts';
import { authFeature } from '@casebook/dashboard/auth/data-access';
import { CALL_DIRECTION_LABELS } from '@casebook/dashboard/cases/ui';
import { CLOCK } from '@casebook/dashboard/shared/data-access';
import { LoadError, SeverityBadge } from '@casebook/dashboard/shared/ui';
import { DrillDownPageActions } from './data-access/reports.actions';
import {
  DRILL_PAGE_SIZES,
  reportsFeature,
} from './data-access/reports.feature';
import {
  countOf,
  describeDrill,
  formatHandleTime,
  outcomeLabel,
  rangeHeading,
  riskLabel,
  timeInZone,
} from './report-labels';
import {
  drillFromQueryParams,
  drillToQueryParams,
  pagingFromQueryParams,
  viewFromQueryParams,
  viewToQueryParams,
} from './report-query-params';
import { browserTimeZone } from './report-range';

/**
 * The calls behind one bar, cell or counselor of a report, a page at a time. Everything
 * it lists is in its URL (`/reports/calls?from=&to=&tz=&weekday=2&hour=14&page=2`), so a
 * drill-down can be linked; each row opens the call and its case.
 */
@Component({
  selector: 'cb-report-calls-page',
  imports: [
    MatButtonModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatTableModule,
    RouterLink,
    LoadError,
    SeverityBadge,
  ],
  templateUrl: './report-calls-page.html',
  styleUrl: './report-calls-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportCallsPage {
  private readonly store = inject(Store);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly clock = inject(CLOCK);

  protected readonly query = this.store.selectSignal(
    reportsFeature.selectDrill,
  );
  protected readonly calls = this.store.selectSignal(
    reportsFeature.selectDrillCalls,
  );
  protected readonly paging = this.store.selectSignal(
    reportsFeature.selectDrillPaging,
  );
  protected readonly loading = this.store.selectSignal(
    reportsFeature.selectDrillLoading,
  );
  protected readonly loaded = this.store.selectSignal(
    reportsFeature.selectDrillLoaded,
  );
  protected readonly error = this.store.selectSignal(
    reportsFeature.selectDrillError,
  );
  private readonly counselorName = this.store.selectSignal(
    reportsFeature.selectDrillCounselorName,
  );
  private readonly role = this.store.selectSignal(authFeature.selectRole);

  /** Admins may read reports but not call records: the rows are not links for them. */
  protected readonly canOpenRecords = computed(() => this.role() !== 'admin');
  protected readonly pageSizes = DRILL_PAGE_SIZES;
  protected readonly columns = computed(() => [
    'startedAt',
    'case',
    'counselor',
    'direction',
    'handle',
    'outcome',
    'risk',
    'severity',
    ...(this.canOpenRecords() ? ['open'] : []),
  ]);

  protected readonly title = computed(() => {
    const query = this.query();
    if (!query) {
      return 'Calls';
    }
    const name = this.counselorName() ?? this.calls()[0]?.counselorName ?? null;
    return describeDrill(query, name);
  });
  protected readonly rangeText = computed(() => {
    const query = this.query();
    return query ? rangeHeading(query) : '';
  });
  protected readonly backParams = computed(() => {
    const query = this.query();
    const params = this.route.snapshot.queryParams;
    return query
      ? {
          ...viewToQueryParams({
            ...query,
            preset: params['preset'] ?? 'custom',
          }),
        }
      : {};
  });
  protected readonly errorMessage = computed(() => {
    const error = this.error();
    return error ? `Could not load the calls. ${error.message}` : null;
  });
  protected readonly countText = computed(() =>
    this.loaded() ? countOf(this.paging().total, 'call') : '',
  );

  private readonly heading =
    viewChild.required<ElementRef<HTMLElement>>('heading');

  constructor() {
    // The bar that opened this list is gone: the heading takes the focus, so a keyboard
    // or screen-reader user starts from what the list is.
    afterNextRender(() => this.heading().nativeElement.focus());
    const defaultTz = browserTimeZone();
    this.route.queryParams.pipe(takeUntilDestroyed()).subscribe((params) => {
      const { view } = viewFromQueryParams(params, this.clock.now(), defaultTz);
      const filter = drillFromQueryParams(params);
      const paging = pagingFromQueryParams(params, DRILL_PAGE_SIZES);
      this.store.dispatch(
        DrillDownPageActions.queryChanged({
          query: {
            from: view.from,
            to: view.to,
            tz: view.tz,
            ...filter,
            ...paging,
          },
        }),
      );
    });
  }

  protected changePage({ pageIndex, pageSize }: PageEvent): void {
    const query = this.query();
    if (!query) {
      return;
    }
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: {
        ...this.route.snapshot.queryParams,
        ...drillToQueryParams(query),
        page: pageIndex + 1,
        pageSize,
      },
    });
  }

  protected retry(): void {
    this.store.dispatch(DrillDownPageActions.retryClicked());
  }

  protected started(call: CallSummary): string {
    return timeInZone(call.startedAt, this.query()?.tz ?? 'UTC');
  }

  protected handle(call: CallSummary): string {
    return call.endedAt
      ? formatHandleTime(
          (Date.parse(call.endedAt) - Date.parse(call.startedAt)) / 1000,
        )
      : '—';
  }

  protected direction(call: CallSummary): string {
    return CALL_DIRECTION_LABELS[call.direction];
  }

  protected outcome(call: CallSummary): string {
    return outcomeLabel(call.outcome ?? 'none');
  }

  protected risk(call: CallSummary): string {
    return riskLabel(call.riskLevel ?? 'not-screened');
  }
}
