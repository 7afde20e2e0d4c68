import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { dayData, type ChartDatum } from '../chart-data';
import { summary } from '../testing/report-fixtures';
import { DayChart, niceScale } from './day-chart';

describe('DayChart', () => {
  async function render(
    data: ChartDatum[],
  ): Promise<{ root: HTMLElement; picked: ChartDatum[] }> {
    TestBed.configureTestingModule({
      providers: [provideZonelessChangeDetection()],
    });
    const fixture = TestBed.createComponent(DayChart);
    fixture.componentRef.setInput('data', data);
    const picked: ChartDatum[] = [];
    fixture.componentInstance.picked.subscribe((d) => picked.push(d));
    await fixture.whenStable();
    return { root: fixture.nativeElement as HTMLElement, picked };
  }

  it('draws a bar a day, each a button named for its day and count, Enter opening it', async () => {
    const { root, picked } = await render(dayData(summary()));
    const bars = Array.from(
      root.querySelectorAll<SVGGElement>('g[role="button"]'),
    );
    expect(bars.map((bar) => bar.getAttribute('aria-label'))).toEqual([
      'Sun 1 Mar 2026 — 2 calls',
      'Mon 2 Mar 2026 — 0 calls',
      'Tue 3 Mar 2026 — 3 calls',
    ]);
    expect(bars.map((bar) => bar.getAttribute('tabindex'))).toEqual([
      '0',
      '-1',
      '-1',
    ]);
    bars[2].dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }),
    );
    expect(picked.map((d) => d.filter)).toEqual([{ day: '2026-03-03' }]);
  });

  it('names the year on the axis of a long range', async () => {
    const long = summary({
      range: { ...summary().range, from: '2025-01-01', to: '2026-03-03' },
      byDay: [],
    });
    const { root } = await render(dayData(long));
    expect(root.querySelectorAll('g[role="button"]').length).toBe(427);
    expect(root.querySelector('.x-axis text')?.textContent?.trim()).toBe(
      '1 Jan 2025',
    );
  });

  it('rounds the axis up to a readable top', () => {
    expect(niceScale(0)).toEqual({ top: 1, step: 1 });
    expect(niceScale(4)).toEqual({ top: 4, step: 1 });
    expect(niceScale(37)).toEqual({ top: 40, step: 10 });
    expect(niceScale(230)).toEqual({ top: 300, step: 100 });
  });
});
