import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ActivatedRoute, Router } from '@angular/router';
import { Store } from '@ngrx/store';
import type { CaseSummary } from '@casebook/shared/contracts';
import { LOOKUP_QUERY_MAX_LENGTH } from '@casebook/shared/domain';
import {
  CASE_LIST_PAGE_SIZES,
  CASE_STATUS_FILTERS,
  CaseListPageActions,
  casesFeature,
  searchFromQueryParams,
  searchToQueryParams,
  type CaseListSearch,
  type CaseStatusFilter,
} from '@casebook/dashboard/cases/data-access';
import { CasesTable } from '@casebook/dashboard/cases/ui';
import { LoadError } from '@casebook/dashboard/shared/ui';
import { debounceTime, map } from 'rxjs';
import { tickingNow } from './ticking-clock';

/** Typing pauses this long before the search runs. */
export const SEARCH_DEBOUNCE_MS = 300;

const STATUS_FILTER_LABELS: Readonly<Record<CaseStatusFilter, string>> = {
  open: 'Open',
  closed: 'Closed',
  all: 'All',
};

/**
 * The case list. The URL holds the search (`?q=&status=&page=&size=`), so a search can be
 * shared and the back button returns to it; the page turns URL changes into searches and
 * the counselor's input into URL changes.
 */
@Component({
  selector: 'cb-case-list-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatButtonToggleModule,
    MatFormFieldModule,
    MatInputModule,
    CasesTable,
    LoadError,
  ],
  templateUrl: './case-list-page.html',
  styleUrl: './case-list-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CaseListPage {
  private readonly store = inject(Store);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly cases = this.store.selectSignal(casesFeature.selectCases);
  protected readonly paging = this.store.selectSignal(
    casesFeature.selectPaging,
  );
  protected readonly loading = this.store.selectSignal(
    casesFeature.selectLoading,
  );
  protected readonly loadError = this.store.selectSignal(
    casesFeature.selectLoadError,
  );
  protected readonly loadErrorMessage = computed(() => {
    const error = this.loadError();
    return error ? `Could not search the cases. ${error.message}` : null;
  });
  protected readonly search = this.store.selectSignal(
    casesFeature.selectSearch,
  );
  protected readonly now = tickingNow();

  protected readonly pageSizes = CASE_LIST_PAGE_SIZES;
  protected readonly statusFilters = CASE_STATUS_FILTERS;
  protected readonly statusLabels = STATUS_FILTER_LABELS;
  protected readonly queryMax = LOOKUP_QUERY_MAX_LENGTH;
  protected readonly searchControl = new FormControl('', {
    nonNullable: true,
    validators: [Validators.maxLength(LOOKUP_QUERY_MAX_LENGTH)],
  });

  protected readonly emptyMessage = computed(() => {
    const { text, status } = this.search();
    const which = status === 'all' ? '' : `${status} `;
    return text.trim()
      ? `No ${which}cases match “${text.trim()}”.`
      : `No ${which}cases.`;
  });

  constructor() {
    // The URL is the source of truth: opening a link, paging, and the back button all land here.
    this.route.queryParams.pipe(takeUntilDestroyed()).subscribe((params) => {
      const search = searchFromQueryParams(params);
      if (this.searchControl.value.trim() !== search.text.trim()) {
        this.searchControl.setValue(search.text, { emitEvent: false });
      }
      this.store.dispatch(CaseListPageActions.searchChanged({ search }));
    });

    this.searchControl.valueChanges
      .pipe(
        debounceTime(SEARCH_DEBOUNCE_MS),
        // No distinctUntilChanged: the URL may have moved on (back button) since the
        // last keystroke, so each search is compared with the current one instead.
        map((text) => text.trim()),
        takeUntilDestroyed(),
      )
      .subscribe((text) => this.searchFor(text));
  }

  /** Enter in the field searches at once, without waiting for the pause. */
  protected submitSearch(): void {
    this.searchFor(this.searchControl.value.trim());
  }

  protected changeStatus(status: unknown): void {
    if ((CASE_STATUS_FILTERS as readonly unknown[]).includes(status)) {
      this.navigate({ status: status as CaseStatusFilter, pageIndex: 0 });
    }
  }

  protected changePage(page: { pageIndex: number; pageSize: number }): void {
    this.navigate(page);
  }

  protected retry(): void {
    this.store.dispatch(
      CaseListPageActions.searchChanged({ search: this.search() }),
    );
  }

  protected openCase(row: CaseSummary): void {
    void this.router.navigate([row.id], { relativeTo: this.route });
  }

  private searchFor(text: string): void {
    if (this.searchControl.invalid || text === this.search().text.trim()) {
      return;
    }
    this.navigate({ text, pageIndex: 0 });
  }

  private navigate(changes: Partial<CaseListSearch>): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: searchToQueryParams({ ...this.search(), ...changes }),
    });
  }
}
