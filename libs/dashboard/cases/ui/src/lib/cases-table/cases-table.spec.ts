import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatPaginatorHarness } from '@angular/material/paginator/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import type { CaseSummary } from '@casebook/shared/contracts';
import { caseRecord } from '@casebook/shared/contracts/testing';
import { CasesTable } from './cases-table';

const NOW = Date.parse('2026-03-02T13:00:00.000Z');
const sam: CaseSummary = caseRecord();
const lee: CaseSummary = {
  ...caseRecord({ id: 'case-2', caseNumber: 'C-1043', alias: 'Lee' }),
  phone: null,
  alert: null,
  status: 'closed',
  lastCallAt: null,
  latestSeverity: null,
};

describe('CasesTable', () => {
  let fixture: ComponentFixture<CasesTable>;
  let loader: HarnessLoader;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideZonelessChangeDetection()],
    });
    fixture = TestBed.createComponent(CasesTable);
    fixture.componentRef.setInput('cases', [sam, lee]);
    fixture.componentRef.setInput('paging', {
      pageIndex: 0,
      pageSize: 10,
      total: 23,
    });
    fixture.componentRef.setInput('now', NOW);
    loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
  });

  it('shows number, alias, formatted phone, alert, last call, severity and status', async () => {
    const table = await loader.getHarness(MatTableHarness);
    const cells = await table.getCellTextByColumnName();
    expect(cells['caseNumber'].text).toEqual(['C-1042', 'C-1043']);
    expect(cells['phone'].text).toEqual(['(201) 555-0123', 'None']);
    expect(cells['alert'].text[0]).toContain('Prefers Spanish');
    expect(cells['lastCallAt'].text[0]).toContain('3 hours ago');
    expect(cells['lastCallAt'].text[1]).toBe('No calls yet');
    expect(cells['severity'].text[0]).toContain('SOWS 14');
    expect(cells['severity'].text[0]).toContain('Moderate');
    expect(cells['status'].text).toEqual(['Open', 'Closed']);
  });

  it('opens a case on click and on Enter', async () => {
    const opened: CaseSummary[] = [];
    fixture.componentInstance.open.subscribe((row) => opened.push(row));
    const rows = await (await loader.getHarness(MatTableHarness)).getRows();
    await (await rows[0].host()).click();
    await (await rows[1].host()).dispatchEvent('keydown', { key: 'Enter' });
    expect(opened.map((row) => row.id)).toEqual(['case-1', 'case-2']);
    expect(await (await rows[0].host()).getAttribute('tabindex')).toBe('0');
  });

  it('reports paging, and says when the page is empty', async () => {
    const pages: { pageIndex: number; pageSize: number }[] = [];
    fixture.componentInstance.pageChange.subscribe((page) => pages.push(page));
    const paginator = await loader.getHarness(MatPaginatorHarness);
    expect(await paginator.getRangeLabel()).toBe('1 – 10 of 23');
    await paginator.goToNextPage();
    expect(pages).toEqual([{ pageIndex: 1, pageSize: 10 }]);

    fixture.componentRef.setInput('cases', []);
    fixture.componentRef.setInput('emptyMessage', 'No open cases match “zed”.');
    await fixture.whenStable();
    expect(
      (fixture.nativeElement as HTMLElement).querySelector('.empty')
        ?.textContent,
    ).toContain('No open cases match “zed”.');
  });
});
