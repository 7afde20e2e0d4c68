import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatIconTestingModule } from '@angular/material/icon/testing';
import { MatMenuHarness } from '@angular/material/menu/testing';
import { MatPaginatorHarness } from '@angular/material/paginator/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import type { UserAccount } from '@casebook/shared/contracts';
import { UsersTable } from './users-table';

const admin: UserAccount = {
  id: 'u-admin',
  username: 'ada',
  displayName: 'Ada Admin',
  role: 'admin',
  active: true,
  createdAt: '2026-01-05T09:00:00.000Z',
  lastLoginAt: '2026-03-01T08:30:00.000Z',
};
const counselor: UserAccount = {
  ...admin,
  id: 'u-sam',
  username: 'sam',
  displayName: 'Sam Rivera',
  role: 'counselor',
  lastLoginAt: null,
};
const former: UserAccount = {
  ...counselor,
  id: 'u-lee',
  username: 'lee',
  displayName: 'Lee Former',
  active: false,
};

describe('UsersTable', () => {
  let fixture: ComponentFixture<UsersTable>;
  let loader: HarnessLoader;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [MatIconTestingModule],
      providers: [provideZonelessChangeDetection()],
    });
    fixture = TestBed.createComponent(UsersTable);
    fixture.componentRef.setInput('accounts', [admin, counselor, former]);
    fixture.componentRef.setInput('paging', {
      pageIndex: 0,
      pageSize: 10,
      total: 23,
    });
    fixture.componentRef.setInput('currentUserId', 'u-admin');
    loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
  });

  async function menuItems(username: string): Promise<string[]> {
    const menu = await loader.getHarness(
      MatMenuHarness.with({
        selector: `[aria-label="Actions for ${username}"]`,
      }),
    );
    await menu.open();
    const items = await Promise.all(
      (await menu.getItems()).map((item) => item.getText()),
    );
    await menu.close();
    return items;
  }

  it('lists each account with role, status and sign-in in words', async () => {
    const table = await loader.getHarness(MatTableHarness);
    const cells = await table.getCellTextByColumnName();
    expect(cells['username'].text).toEqual(['ada(you)', 'sam', 'lee']);
    expect(cells['role'].text).toEqual([
      'Administrator',
      'Counselor',
      'Counselor',
    ]);
    expect(cells['status'].text).toEqual(['Active', 'Active', 'Deactivated']);
    expect(cells['lastLoginAt'].text[1]).toBe('Never');
    expect(cells['lastLoginAt'].text[0]).toContain('2026');
  });

  it('never offers to deactivate your own account', async () => {
    expect(await menuItems('ada')).toEqual([
      'Edit name and role',
      'Reset password',
    ]);
    expect(await menuItems('sam')).toEqual([
      'Edit name and role',
      'Reset password',
      'Deactivate',
    ]);
  });

  it('offers to reactivate a deactivated account, and says which', async () => {
    const reactivated: UserAccount[] = [];
    fixture.componentInstance.reactivate.subscribe((user) =>
      reactivated.push(user),
    );
    const menu = await loader.getHarness(
      MatMenuHarness.with({ selector: '[aria-label="Actions for lee"]' }),
    );
    await menu.clickItem({ text: 'Reactivate' });
    expect(reactivated).toEqual([former]);
  });

  it('pages through the server, reporting page index and size', async () => {
    const pages: { pageIndex: number; pageSize: number }[] = [];
    fixture.componentInstance.pageChange.subscribe((page) => pages.push(page));
    const paginator = await loader.getHarness(MatPaginatorHarness);
    expect(await paginator.getRangeLabel()).toBe('1 – 10 of 23');
    await paginator.goToNextPage();
    expect(pages).toEqual([{ pageIndex: 1, pageSize: 10 }]);
  });
});
