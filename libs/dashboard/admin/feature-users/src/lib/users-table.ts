import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import {
  MatPaginatorModule,
  type PageEvent,
} from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import type { UserAccount } from '@casebook/shared/contracts';
import { DateTimePipe, RoleLabelPipe } from '@casebook/dashboard/shared/ui';

/** Which page the table shows and how many accounts there are in all. */
export interface UsersPaging {
  pageIndex: number;
  pageSize: number;
  total: number;
}

/** One page of accounts with a menu of actions per row; knows nothing of the store. */
@Component({
  selector: 'cb-users-table',
  imports: [
    DateTimePipe,
    MatTableModule,
    MatPaginatorModule,
    MatMenuModule,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    RoleLabelPipe,
  ],
  templateUrl: './users-table.html',
  styleUrl: './users-table.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UsersTable {
  /** The accounts on this page. */
  readonly accounts = input.required<readonly UserAccount[]>();
  /** Page position and total, for the paginator. */
  readonly paging = input.required<UsersPaging>();
  /** Page sizes the admin can choose. */
  readonly pageSizes = input<readonly number[]>([10, 25, 50, 100]);
  /** The signed-in admin: their own row cannot be deactivated. */
  readonly currentUserId = input<string | null>(null);
  /** The account with a change in flight; its actions wait. */
  readonly savingId = input<string | null>(null);
  readonly loading = input(false);

  readonly pageChange = output<{ pageIndex: number; pageSize: number }>();
  readonly edit = output<UserAccount>();
  readonly resetPassword = output<UserAccount>();
  readonly deactivate = output<UserAccount>();
  readonly reactivate = output<UserAccount>();

  protected readonly columns = [
    'username',
    'displayName',
    'role',
    'status',
    'lastLoginAt',
    'createdAt',
    'actions',
  ];

  protected changePage(event: PageEvent): void {
    this.pageChange.emit({
      pageIndex: event.pageIndex,
      pageSize: event.pageSize,
    });
  }
}
