import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { hourOfWeekGrid, type ChartDatum } from '../chart-data';
import { HourHeatmap } from './hour-heatmap';

describe('HourHeatmap', () => {
  async function render(): Promise<{
    root: HTMLElement;
    picked: ChartDatum[];
  }> {
    TestBed.configureTestingModule({
      providers: [provideZonelessChangeDetection()],
    });
    const fixture = TestBed.createComponent(HourHeatmap);
    fixture.componentRef.setInput(
      'grid',
      hourOfWeekGrid([{ weekday: 1, hour: 1, calls: 4 }]),
    );
    const picked: ChartDatum[] = [];
    fixture.componentInstance.picked.subscribe((d) => picked.push(d));
    await fixture.whenStable();
    document.body.appendChild(fixture.nativeElement);
    return { root: fixture.nativeElement as HTMLElement, picked };
  }

  function key(target: Element | null, name: string): void {
    target?.dispatchEvent(
      new KeyboardEvent('keydown', { key: name, bubbles: true }),
    );
  }

  it('is one tab stop, moved by hour with Left/Right and by day with Up/Down', async () => {
    const { root, picked } = await render();
    const cells = Array.from(
      root.querySelectorAll<HTMLButtonElement>('button.cell'),
    );
    expect(cells.length).toBe(168);
    expect(cells.filter((cell) => cell.tabIndex === 0).length).toBe(1);
    cells[0].focus();
    key(cells[0], 'ArrowRight');
    expect(document.activeElement).toBe(cells[1]);
    key(cells[1], 'ArrowDown');
    expect(document.activeElement).toBe(cells[25]);
    expect(cells[25].getAttribute('aria-label')).toBe('Monday 01:00 — 4 calls');
    expect(cells[25].textContent?.trim()).toBe('4');
    expect(cells.filter((cell) => cell.tabIndex === 0)).toEqual([cells[25]]);
    key(cells[25], 'End');
    expect(document.activeElement).toBe(cells[167]);
    cells[25].click();
    expect(picked.map((d) => d.filter)).toEqual([{ weekday: 1, hour: 1 }]);
    root.remove();
  });
});
