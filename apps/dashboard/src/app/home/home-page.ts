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
import { RoleLabelPipe } from '@casebook/dashboard/shared/ui';
import { navEntriesFor } from '../shell/nav-entries';
import { ROLE_ABILITIES, ROLE_NOTES } from './role-abilities';

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

  protected readonly user = this.store.selectSignal(authFeature.selectUser);
  protected readonly abilities = computed(() => {
    const role = this.user()?.role;
    return role ? ROLE_ABILITIES[role] : [];
  });
  protected readonly note = computed(() => {
    const role = this.user()?.role;
    return role ? (ROLE_NOTES[role] ?? null) : null;
  });
  /** Every place the role may go, except home itself. */
  protected readonly shortcuts = computed(() =>
    navEntriesFor(this.user()?.role ?? null).filter(
      (entry) => entry.path !== '/',
    ),
  );
}
