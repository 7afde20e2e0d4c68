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
import type {
  ReferralResource,
  ReferralType,
} from '@casebook/shared/contracts';
import {
  REFERRAL_TYPE_LABELS,
  formatPhone,
} from '@casebook/dashboard/shared/ui';

/** Which page the table shows and how many entries match in all. */
export interface ResourcesPaging {
  pageIndex: number;
  pageSize: number;
  total: number;
}

/** One page of directory entries with a menu of actions per row; knows nothing of the store. */
@Component({
  selector: 'cb-resources-table',
  imports: [
    MatTableModule,
    MatPaginatorModule,
    MatMenuModule,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
  ],
  templateUrl: './resources-table.html',
  styleUrl: './resources-table.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResourcesTable {
  /** The entries on this page. */
  readonly entries = input.required<readonly ReferralResource[]>();
  /** Page position and total, for the paginator. */
  readonly paging = input.required<ResourcesPaging>();
  /** Page sizes the admin can choose. */
  readonly pageSizes = input<readonly number[]>([10, 25, 50, 100]);
  /** The entry with a change in flight; its actions wait. */
  readonly savingId = input<string | null>(null);
  /** Whether any filter is set, to word the empty table. */
  readonly filtered = input(false);
  readonly loading = input(false);

  readonly pageChange = output<{ pageIndex: number; pageSize: number }>();
  readonly edit = output<ReferralResource>();
  readonly retire = output<ReferralResource>();
  readonly restore = output<ReferralResource>();

  protected readonly formatPhone = formatPhone;
  protected readonly columns = [
    'name',
    'type',
    'phone',
    'hours',
    'languages',
    'status',
    'actions',
  ];

  /** Rows of `mat-table` are untyped in the template, so the lookup is typed here. */
  protected typeLabel(type: ReferralType): string {
    return REFERRAL_TYPE_LABELS[type];
  }

  protected changePage(event: PageEvent): void {
    this.pageChange.emit({
      pageIndex: event.pageIndex,
      pageSize: event.pageSize,
    });
  }
}
