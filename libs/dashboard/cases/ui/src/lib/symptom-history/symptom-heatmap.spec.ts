import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { SymptomHistoryPoint } from '@casebook/shared/contracts';
import { COWS, SOWS } from '@casebook/shared/domain';
import { sowsPoint } from '../testing/history-fixtures';
import { SymptomHeatmap, heatLevel } from './symptom-heatmap';

describe('SymptomHeatmap', () => {
  async function render(points: SymptomHistoryPoint[], instrument = SOWS) {
    TestBed.configureTestingModule({
      providers: [provideZonelessChangeDetection()],
    });
    const fixture = TestBed.createComponent(SymptomHeatmap);
    fixture.componentRef.setInput('instrument', instrument);
    fixture.componentRef.setInput('points', points);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  function rowCells(root: HTMLElement, itemId: string): HTMLElement[] {
    return Array.from(
      root.querySelectorAll<HTMLElement>(`td[data-item="${itemId}"]`),
    );
  }

  it('has a row per item and a column per assessment, oldest first, printing each score', async () => {
    const later = sowsPoint('b', '2026-03-02T10:00:00Z', 40, 'severe', 30);
    const earlier = sowsPoint('a', '2026-03-01T10:00:00Z', 6, 'mild', 6);
    const root = await render([later, earlier]);
    expect(root.querySelectorAll('tbody tr').length).toBe(16);
    expect(root.querySelectorAll('thead th').length).toBe(3);
    expect(root.querySelector('tbody th')?.textContent).toContain(
      'I feel anxious',
    );
    // 6 fills the first items 4, 2, 0…; 40 fills ten items with 4.
    expect(
      rowCells(root, 'anxious').map((cell) => cell.textContent?.trim()),
    ).toEqual(['4', '4']);
    expect(
      rowCells(root, 'yawning').map((cell) => cell.textContent?.trim()),
    ).toEqual(['2', '4']);
    expect(
      rowCells(root, 'perspiring').map((cell) => cell.textContent?.trim()),
    ).toEqual(['0', '4']);
    expect(
      rowCells(root, 'yawning').map((cell) => cell.dataset['level']),
    ).toEqual(['2', '4']);
    const heads = Array.from(root.querySelectorAll('thead th')).map(
      (th) => th.textContent ?? '',
    );
    expect(heads[1]).toContain('6 Mild');
    expect(heads[2]).toContain('40 Severe');
  });

  it('marks unanswered items of a partial assessment in words, not only by shade', async () => {
    const root = await render([
      sowsPoint('p', '2026-03-01T10:00:00Z', null, null, null),
    ]);
    const cell = rowCells(root, 'likeUsingNow')[0];
    expect(cell.dataset['level']).toBe('none');
    expect(cell.textContent).toContain('not answered');
    expect(root.querySelector('thead th:nth-child(2)')?.textContent).toContain(
      'partial',
    );
  });

  it('shades a score against the item’s own maximum', () => {
    expect(heatLevel(null, 4)).toBeNull();
    expect(heatLevel(0, 4)).toBe(0);
    expect(heatLevel(1, 4)).toBe(1);
    expect(heatLevel(4, 4)).toBe(4);
    // COWS gooseflesh runs 0, 3, 5: 3 of 5 is the third step, 5 the top one.
    const gooseflesh = COWS.items.find((item) => item.id === 'gooseflesh');
    expect(heatLevel(3, gooseflesh?.max ?? 0)).toBe(3);
    expect(heatLevel(5, gooseflesh?.max ?? 0)).toBe(4);
  });
});
