import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Store } from '@ngrx/store';
import {
  REFERRAL_TYPES,
  type ReferralResource,
  type ReferralType,
} from '@casebook/shared/contracts';
import { REFERRAL_TYPE_LABELS } from '@casebook/dashboard/shared/ui';
import {
  ConfirmDialog,
  type ConfirmDialogData,
} from '@casebook/dashboard/shared/ui/confirm-dialog';
import { debounceTime, distinctUntilChanged, filter, map } from 'rxjs';
import {
  ResourceFormDialog,
  type ResourceFormDialogData,
} from './resource-form-dialog';
import { ResourcesPageActions } from './resources.actions';
import { RESOURCES_PAGE_SIZES, resourcesFeature } from './resources.feature';
import { ResourcesTable } from './resources-table';

const DIALOG_WIDTH = 'min(36rem, calc(100vw - 2rem))';

/** Typing pauses this long before the search goes to the server. */
export const SEARCH_DEBOUNCE_MS = 300;

/** The directory screen: selects the page of entries, opens the dialogs, dispatches changes. */
@Component({
  selector: 'cb-resources-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    ResourcesTable,
  ],
  templateUrl: './resources-page.html',
  styleUrl: './resources-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResourcesPage {
  private readonly store = inject(Store);
  private readonly dialog = inject(MatDialog);

  protected readonly entries = this.store.selectSignal(
    resourcesFeature.selectEntries,
  );
  protected readonly paging = this.store.selectSignal(
    resourcesFeature.selectPaging,
  );
  protected readonly loading = this.store.selectSignal(
    resourcesFeature.selectLoading,
  );
  protected readonly loadError = this.store.selectSignal(
    resourcesFeature.selectLoadError,
  );
  protected readonly savingId = this.store.selectSignal(
    resourcesFeature.selectSavingId,
  );
  private readonly query = this.store.selectSignal(
    resourcesFeature.selectQuery,
  );
  private readonly resourceType = this.store.selectSignal(
    resourcesFeature.selectResourceType,
  );
  protected readonly filtered = computed(
    () => this.query().trim() !== '' || this.resourceType() !== null,
  );
  protected readonly pageSizes = RESOURCES_PAGE_SIZES;
  protected readonly types = REFERRAL_TYPES;
  protected readonly typeLabels = REFERRAL_TYPE_LABELS;

  /** Start from the filters in the store, so coming back shows what was left. */
  protected readonly search = new FormControl(this.query(), {
    nonNullable: true,
  });
  protected readonly typeFilter = new FormControl<ReferralType | null>(
    this.resourceType(),
  );

  constructor() {
    this.store.dispatch(ResourcesPageActions.opened());
    this.search.valueChanges
      .pipe(
        debounceTime(SEARCH_DEBOUNCE_MS),
        map((query) => query.trim()),
        distinctUntilChanged(),
        filter((query) => query !== this.query()),
        takeUntilDestroyed(),
      )
      .subscribe((query) =>
        this.store.dispatch(ResourcesPageActions.searchChanged({ query })),
      );
    this.typeFilter.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe((resourceType) =>
        this.store.dispatch(
          ResourcesPageActions.typeFilterChanged({ resourceType }),
        ),
      );
  }

  protected reload(): void {
    this.store.dispatch(ResourcesPageActions.opened());
  }

  protected changePage(page: { pageIndex: number; pageSize: number }): void {
    this.store.dispatch(ResourcesPageActions.pageChanged(page));
  }

  protected openCreate(): void {
    this.dialog.open<ResourceFormDialog, ResourceFormDialogData>(
      ResourceFormDialog,
      { data: { mode: 'create' }, width: DIALOG_WIDTH },
    );
  }

  protected openEdit(resource: ReferralResource): void {
    this.dialog.open<ResourceFormDialog, ResourceFormDialogData>(
      ResourceFormDialog,
      { data: { mode: 'edit', resource }, width: DIALOG_WIDTH },
    );
  }

  protected confirmRetire(resource: ReferralResource): void {
    this.confirm(
      {
        title: `Retire ${resource.name}?`,
        message:
          `Counselors no longer find ${resource.name} when they refer a caller. ` +
          'Referrals already made to it stay on their calls, and you can restore it at any time.',
        confirmLabel: 'Retire',
      },
      () =>
        this.store.dispatch(ResourcesPageActions.retireConfirmed({ resource })),
    );
  }

  protected confirmRestore(resource: ReferralResource): void {
    this.confirm(
      {
        title: `Restore ${resource.name}?`,
        message: `Counselors can refer callers to ${resource.name} again. Check its phone and hours are still right.`,
        confirmLabel: 'Restore',
      },
      () =>
        this.store.dispatch(
          ResourcesPageActions.restoreConfirmed({ resource }),
        ),
    );
  }

  private confirm(data: ConfirmDialogData, confirmed: () => void): void {
    this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, {
        data,
        width: DIALOG_WIDTH,
        role: 'alertdialog',
      })
      .afterClosed()
      .pipe(filter((answer) => answer === true))
      .subscribe(confirmed);
  }
}
