import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
} from '@angular/core';
import { DOCUMENT } from '@angular/common';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Title } from '@angular/platform-browser';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import {
  CASE_CALLS_PAGE_SIZES,
  CasePageActions,
  caseCallsFeature,
  casesFeature,
  conflictRows,
  currentCaseFeature,
  reapplyChanges,
  searchToQueryParams,
  symptomHistoryFeature,
} from '@casebook/dashboard/cases/data-access';
import {
  CallsTimeline,
  CaseConflictView,
  CaseDetailsForm,
  CaseHeader,
  SymptomHistoryView,
  type CaseChanges,
} from '@casebook/dashboard/cases/ui';
import { LoadError } from '@casebook/dashboard/shared/ui';
import type { ApiError } from '@casebook/shared/contracts';
import { filter, map } from 'rxjs';
import { tickingNow } from './ticking-clock';

/**
 * One case: header with the caller alert, the details edit (with the 409 conflict
 * choice), the calls timeline and the symptom history. Selects and dispatches only.
 */
@Component({
  selector: 'cb-case-page',
  imports: [
    RouterLink,
    MatProgressBarModule,
    CaseHeader,
    CaseDetailsForm,
    CaseConflictView,
    CallsTimeline,
    SymptomHistoryView,
    LoadError,
  ],
  templateUrl: './case-page.html',
  styleUrl: './case-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CasePage {
  private readonly store = inject(Store);
  private readonly title = inject(Title);

  protected readonly caseId = this.store.selectSignal(
    currentCaseFeature.selectCaseId,
  );
  protected readonly record = this.store.selectSignal(
    currentCaseFeature.selectRecord,
  );
  protected readonly loading = this.store.selectSignal(
    currentCaseFeature.selectLoading,
  );
  private readonly loadError = this.store.selectSignal(
    currentCaseFeature.selectLoadError,
  );
  protected readonly loadErrorMessage = computed(() =>
    failedText('Could not open this case.', this.loadError()),
  );
  protected readonly editing = this.store.selectSignal(
    currentCaseFeature.selectEditing,
  );
  protected readonly saving = this.store.selectSignal(
    currentCaseFeature.selectIsSaving,
  );
  protected readonly saveError = this.store.selectSignal(
    currentCaseFeature.selectSaveError,
  );
  protected readonly conflict = this.store.selectSignal(
    currentCaseFeature.selectConflict,
  );
  protected readonly conflictRows = computed(() => {
    const conflict = this.conflict();
    return conflict ? conflictRows(conflict) : [];
  });

  protected readonly calls = this.store.selectSignal(
    caseCallsFeature.selectCalls,
  );
  protected readonly callsPaging = this.store.selectSignal(
    caseCallsFeature.selectPaging,
  );
  protected readonly callsLoading = this.store.selectSignal(
    caseCallsFeature.selectLoading,
  );
  private readonly callsError = this.store.selectSignal(
    caseCallsFeature.selectLoadError,
  );
  protected readonly callsErrorMessage = computed(() =>
    failedText('Could not load the calls.', this.callsError()),
  );
  protected readonly callDetails = this.store.selectSignal(
    caseCallsFeature.selectDetails,
  );
  protected readonly callsPageSizes = CASE_CALLS_PAGE_SIZES;

  protected readonly history = this.store.selectSignal(
    symptomHistoryFeature.selectPoints,
  );
  protected readonly historyLoading = this.store.selectSignal(
    symptomHistoryFeature.selectLoading,
  );
  private readonly historyError = this.store.selectSignal(
    symptomHistoryFeature.selectLoadError,
  );
  protected readonly historyErrorMessage = computed(() =>
    failedText('Could not load the symptom history.', this.historyError()),
  );

  /** Back to the list as it was left: same search, same page. */
  private readonly listSearch = this.store.selectSignal(
    casesFeature.selectSearch,
  );
  protected readonly backParams = computed(() =>
    searchToQueryParams(this.listSearch()),
  );
  protected readonly now = tickingNow();

  constructor() {
    inject(ActivatedRoute)
      .paramMap.pipe(
        map((params) => params.get('id')),
        filter((id): id is string => id !== null),
        takeUntilDestroyed(),
      )
      .subscribe((caseId) =>
        this.store.dispatch(CasePageActions.opened({ caseId })),
      );

    // When the edit closes (saved, cancelled, "use theirs") its buttons are gone: put the
    // keyboard back at the top of the case instead of the start of the document.
    const injector = inject(Injector);
    const document = inject(DOCUMENT);
    let wasEditing = false;
    effect(() => {
      const editing = this.editing();
      if (wasEditing && !editing) {
        afterNextRender(
          () => document.getElementById('case-heading')?.focus(),
          {
            injector,
          },
        );
      }
      wasEditing = editing;
    });

    // The case number in the tab title helps someone with several cases open; the alias stays out.
    effect(() => {
      const record = this.record();
      if (record) {
        this.title.setTitle(`Case ${record.caseNumber} · Casebook`);
      }
    });
  }

  protected reload(): void {
    const caseId = this.caseId();
    if (caseId) {
      this.store.dispatch(CasePageActions.reloadClicked({ caseId }));
    }
  }

  protected startEdit(): void {
    this.store.dispatch(CasePageActions.editStarted());
  }

  protected cancelEdit(): void {
    this.store.dispatch(CasePageActions.editCancelled());
  }

  /** The edit carries the version of the case it builds on (the one read, or theirs after a re-apply). */
  protected save(changes: CaseChanges): void {
    const record = this.record();
    if (record) {
      this.store.dispatch(
        CasePageActions.saveSubmitted({
          caseId: record.id,
          changes: { ...changes, version: record.version },
        }),
      );
    }
  }

  protected useTheirs(): void {
    this.store.dispatch(CasePageActions.useTheirsChosen());
  }

  protected reapplyMine(): void {
    const conflict = this.conflict();
    if (conflict) {
      this.store.dispatch(
        CasePageActions.reapplyMineChosen({
          caseId: conflict.current.id,
          changes: reapplyChanges(conflict),
        }),
      );
    }
  }

  protected changeCallsPage(page: {
    pageIndex: number;
    pageSize: number;
  }): void {
    this.store.dispatch(CasePageActions.callsPageChanged(page));
  }

  protected retryCalls(): void {
    const { pageIndex, pageSize } = this.callsPaging();
    this.store.dispatch(
      CasePageActions.callsPageChanged({ pageIndex, pageSize }),
    );
  }

  protected expandCall(callId: string): void {
    this.store.dispatch(CasePageActions.callExpanded({ callId }));
  }
}

/** The alert line for a part of the page that did not load: what failed, then why; null while it is fine. */
function failedText(what: string, error: ApiError | null): string | null {
  return error ? `${what} ${error.message}` : null;
}
