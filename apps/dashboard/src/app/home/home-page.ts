import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { authFeature } from '@casebook/dashboard/auth/data-access';
import {
  DraftStorage,
  hasUnsavedChanges,
} from '@casebook/dashboard/calls/data-access';
import { RoleLabelPipe } from '@casebook/dashboard/shared/ui';
import { navEntriesFor } from '../shell/nav-entries';
import { ROLE_ABILITIES, ROLE_NOTES } from './role-abilities';
import { dateTimeText } from '@casebook/shared/domain';

/** Greets the user and says what their role lets them do; no figures until there are real ones. */
@Component({
  selector: 'cb-home-page',
  imports: [MatCardModule, MatIconModule, RouterLink, RoleLabelPipe],
  templateUrl: './home-page.html',
  styleUrl: './home-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HomePage {
  private readonly store = inject(Store);
  private readonly drafts = inject(DraftStorage);

  protected readonly user = this.store.selectSignal(authFeature.selectUser);
  protected readonly abilities = computed(() => {
    const role = this.user()?.role;
    return role ? ROLE_ABILITIES[role] : [];
  });
  protected readonly note = computed(() => {
    const role = this.user()?.role;
    return role ? (ROLE_NOTES[role] ?? null) : null;
  });
  /**
   * Calls this user left open on this device (a reload, a crash, an idle sign-out):
   * offered first, so nothing typed is forgotten. Signing out never clears them.
   */
  protected readonly localCalls = computed(() => {
    const user = this.user();
    if (!user || user.role === 'admin') {
      return [];
    }
    return this.drafts.list(user.id).map((draft) => ({
      id: draft.id,
      startedAt: dateTimeText(draft.content.startedAt),
      caller: draft.linkedCase
        ? `${draft.linkedCase.alias} (${draft.linkedCase.caseNumber})`
        : draft.caseChoice === 'anonymous'
          ? 'Anonymous caller'
          : 'No case linked yet',
      unsent: hasUnsavedChanges(draft),
    }));
  });
  /** Every place the role may go, except home itself. */
  protected readonly shortcuts = computed(() =>
    navEntriesFor(this.user()?.role ?? null).filter(
      (entry) => entry.path !== '/',
    ),
  );
}
