import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  MatPaginatorModule,
  type PageEvent,
} from '@angular/material/paginator';
import { ActivatedRoute, Router } from '@angular/router';
import { Store } from '@ngrx/store';
import { authFeature } from '@casebook/dashboard/auth/data-access';
import { LoadError } from '@casebook/dashboard/shared/ui';
import { AuditPageActions } from './audit.actions';
import { auditFeature } from './audit.feature';
import {
  AUDIT_PAGE_SIZES,
  DEFAULT_AUDIT_FILTER,
  filterFromQueryParams,
  filterToQueryParams,
  isFiltered,
  type AuditFilter,
} from './audit-filter';
import type { AuditTargetContext } from './audit-target';
import { AuditFilters, type CaseNumberApplied } from './ui/audit-filters';
import { AuditTable } from './ui/audit-table';

/**
 * The audit trail, for supervisors and admins. The URL holds the filter and the page, so
 * other screens link to a filtered trail; the page turns URL changes into loads and the
 * reader's choices into URL changes.
 */
@Component({
  selector: 'cb-audit-page',
  imports: [MatPaginatorModule, AuditFilters, AuditTable, LoadError],
  templateUrl: './audit-page.html',
  styleUrl: './audit-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditPage {
  private readonly store = inject(Store);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly events = this.store.selectSignal(
    auditFeature.selectEvents,
  );
  protected readonly filter = this.store.selectSignal(
    auditFeature.selectFilter,
  );
  protected readonly paging = this.store.selectSignal(
    auditFeature.selectPaging,
  );
  protected readonly loading = this.store.selectSignal(
    auditFeature.selectLoading,
  );
  protected readonly loaded = this.store.selectSignal(
    auditFeature.selectLoaded,
  );
  protected readonly loadError = this.store.selectSignal(
    auditFeature.selectLoadError,
  );
  protected readonly staff = this.store.selectSignal(auditFeature.selectStaff);
  protected readonly staffError = this.store.selectSignal(
    auditFeature.selectStaffError,
  );
  protected readonly caseNumbers = this.store.selectSignal(
    auditFeature.selectCaseNumbers,
  );
  protected readonly caseLookup = this.store.selectSignal(
    auditFeature.selectCaseLookup,
  );
  private readonly staffNames = this.store.selectSignal(
    auditFeature.selectStaffNames,
  );
  private readonly role = this.store.selectSignal(authFeature.selectRole);

  /** Admins hold no case records: cases, calls and call-backs are named, not linked. */
  protected readonly canOpenRecords = computed(
    () => this.role() === 'counselor' || this.role() === 'supervisor',
  );
  protected readonly context = computed((): AuditTargetContext => ({
    canOpenRecords: this.canOpenRecords(),
    staffNames: this.staffNames(),
  }));
  protected readonly loadErrorMessage = computed(() => {
    const error = this.loadError();
    return error ? `Could not load the audit trail. ${error.message}` : null;
  });
  protected readonly pageSizes = AUDIT_PAGE_SIZES;
  protected readonly emptyMessage = computed(() =>
    isFiltered(this.filter())
      ? 'No events match these filters.'
      : 'No events recorded yet.',
  );

  constructor() {
    this.store.dispatch(AuditPageActions.opened());
    this.route.queryParams.pipe(takeUntilDestroyed()).subscribe((params) => {
      this.store.dispatch(
        AuditPageActions.filterChanged({
          filter: filterFromQueryParams(params),
        }),
      );
    });
  }

  /** Applying the filter already shown reads the trail again (the URL would not change). */
  protected apply(filter: AuditFilter): void {
    const next = filterToQueryParams(filter);
    const current = filterToQueryParams(this.filter());
    if (Object.keys(next).every((key) => next[key] === current[key])) {
      this.retry();
    } else {
      this.navigate(filter);
    }
  }

  protected lookUpCase(applied: CaseNumberApplied): void {
    this.store.dispatch(AuditPageActions.caseNumberSubmitted(applied));
  }

  protected clear(): void {
    this.navigate({
      ...DEFAULT_AUDIT_FILTER,
      pageSize: this.filter().pageSize,
    });
  }

  protected changePage({ pageIndex, pageSize }: PageEvent): void {
    this.navigate({
      ...this.filter(),
      pageIndex: pageSize === this.filter().pageSize ? pageIndex : 0,
      pageSize,
    });
  }

  protected retry(): void {
    this.store.dispatch(AuditPageActions.retryClicked());
  }

  private navigate(filter: AuditFilter): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: filterToQueryParams(filter),
    });
  }
}
