import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import {
  MatPaginatorModule,
  type PageEvent,
} from '@angular/material/paginator';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { CSSRS_TRIAGE } from '@casebook/shared/domain';
import {
  MyDraftsPageActions,
  callsFeature,
  selectDraftRows,
  type DraftLocation,
} from '@casebook/dashboard/calls/data-access';
import { shortDateTime, timeAgo } from '@casebook/dashboard/calls/ui';
import { CLOCK } from '@casebook/dashboard/shared/data-access';
import { SeverityBadge } from '@casebook/dashboard/shared/ui';
import { DiscardDraftButton } from './discard-draft-button';

const LOCATION_TEXT: Readonly<Record<DraftLocation, string>> = {
  server: 'On the server',
  'device-only': 'Only on this device — not yet sent',
  'unsaved-changes': 'Unsaved changes on this device',
};

/**
 * "My drafts": the counselor's unfinished calls from the server, and any that only this
 * device holds (opening the page sends those to the server).
 */
@Component({
  selector: 'cb-my-drafts-page',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatPaginatorModule,
    RouterLink,
    SeverityBadge,
    DiscardDraftButton,
  ],
  templateUrl: './my-drafts-page.html',
  styleUrl: './my-drafts-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyDraftsPage {
  private readonly store = inject(Store);
  private readonly clock = inject(CLOCK);

  protected readonly rows = this.store.selectSignal(selectDraftRows);
  protected readonly list = this.store.selectSignal(
    callsFeature.selectDraftList,
  );
  protected readonly locationText = LOCATION_TEXT;
  protected readonly triage = CSSRS_TRIAGE;
  protected readonly shortDateTime = shortDateTime;
  protected readonly now = this.clock.now();
  protected readonly timeAgo = timeAgo;

  constructor() {
    this.store.dispatch(MyDraftsPageActions.opened());
  }

  protected reload(): void {
    this.store.dispatch(MyDraftsPageActions.opened());
  }

  protected changePage(event: PageEvent): void {
    this.store.dispatch(
      MyDraftsPageActions.pageChanged({
        pageIndex: event.pageIndex,
        pageSize: event.pageSize,
      }),
    );
  }
}
