import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { MatListModule } from '@angular/material/list';
import { RouterLink, RouterLinkActive } from '@angular/router';
import type { NavEntry } from './nav-entries';

/** The side navigation's links; shows exactly the entries it is given. */
@Component({
  selector: 'cb-nav-list',
  imports: [MatListModule, MatIconModule, RouterLink, RouterLinkActive],
  templateUrl: './nav-list.html',
  styleUrl: './nav-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NavList {
  /** The entries to show, already filtered for the user's role. */
  readonly entries = input.required<readonly NavEntry[]>();
  /** A link was followed; an overlay sidenav closes on it. */
  readonly navigated = output<void>();
}
