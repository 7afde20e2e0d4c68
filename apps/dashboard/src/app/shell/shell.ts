import { BreakpointObserver } from '@angular/cdk/layout';
import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  computed,
  inject,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatSidenav, MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { Router, RouterLink, RouterOutlet } from '@angular/router';
import { Store } from '@ngrx/store';
import {
  ShellActions,
  authFeature,
} from '@casebook/dashboard/auth/data-access';
import {
  RoleLabelPipe,
  isNewCallKey,
  renderEachKey,
} from '@casebook/dashboard/shared/ui';
import { map } from 'rxjs';
import { NavList } from './nav-list';
import { navEntriesFor } from './nav-entries';

/** Wide enough for the navigation to sit beside the content instead of over it. */
const WIDE_LAYOUT = '(min-width: 960px)';

const NEW_CALL_PATH = '/calls/new';

/** The signed-in layout: toolbar, role-filtered side navigation, and the page. */
@Component({
  selector: 'cb-shell',
  imports: [
    RouterOutlet,
    RouterLink,
    MatToolbarModule,
    MatSidenavModule,
    MatButtonModule,
    MatIconModule,
    RoleLabelPipe,
    NavList,
  ],
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(document:keydown)': 'onKeydown($event)' },
})
export class Shell {
  private readonly store = inject(Store);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  private readonly sidenav = viewChild.required(MatSidenav);

  protected readonly user = this.store.selectSignal(authFeature.selectUser);
  protected readonly navEntries = computed(() =>
    navEntriesFor(this.user()?.role ?? null),
  );
  protected readonly isWide = toSignal(
    inject(BreakpointObserver)
      .observe(WIDE_LAYOUT)
      .pipe(map((state) => state.matches)),
    { initialValue: true },
  );

  /** Who may log calls: the roles the "New call" entry of the navigation is for. */
  private readonly canLogCalls = computed(() =>
    this.navEntries().some((entry) => entry.path === NEW_CALL_PATH),
  );

  constructor() {
    renderEachKey();
  }

  /**
   * Alt+Shift+N starts a new call from any page. On the call screen the call on screen is
   * already on the device and its autosave still runs, so it waits in My drafts.
   */
  protected onKeydown(event: KeyboardEvent): void {
    if (!event.defaultPrevented && isNewCallKey(event) && this.canLogCalls()) {
      event.preventDefault();
      void this.router.navigateByUrl(NEW_CALL_PATH);
    }
  }

  /** A fragment link would make the router reload the page, so the skip link moves focus itself. */
  protected skipToContent(event: Event): void {
    event.preventDefault();
    this.document.getElementById('main-content')?.focus();
  }

  protected closeNavIfOverlay(): void {
    if (!this.isWide()) {
      void this.sidenav().close();
    }
  }

  protected signOut(): void {
    this.store.dispatch(ShellActions.signOutClicked());
  }
}
