import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { ReportSafety } from '@casebook/shared/contracts';
import { emptySummary, summary } from '../testing/report-fixtures';
import { SafetyFigures } from './safety-figures';

describe('SafetyFigures', () => {
  async function render(
    safety: ReportSafety,
    calls: number,
  ): Promise<HTMLElement> {
    TestBed.configureTestingModule({
      providers: [provideZonelessChangeDetection()],
    });
    const fixture = TestBed.createComponent(SafetyFigures);
    fixture.componentRef.setInput('safety', safety);
    fixture.componentRef.setInput('calls', calls);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  function figures(root: HTMLElement): string[] {
    return Array.from(root.querySelectorAll('.kpi')).map((kpi) =>
      Array.from(kpi.querySelectorAll('dt, .value, .note'))
        .map((part) => part.textContent?.trim())
        .join(' '),
    );
  }

  it('shows each percentage with its denominator, under a "Safety" heading', async () => {
    const root = await render(summary().safety, 5);
    expect(root.querySelector('h2')?.textContent).toBe('Safety');
    expect(root.querySelector('section')?.getAttribute('aria-labelledby')).toBe(
      root.querySelector('h2')?.id ?? 'none',
    );
    expect(figures(root)).toEqual([
      'Overdose-now calls 1 overdose response opened',
      'Naloxone discussed on opioid calls 75% 3 of 4 opioid calls',
      'Risk screens completed 80% 4 of 5 calls',
    ]);
  });

  it('says "no opioid calls" instead of a percentage of nothing', async () => {
    const root = await render(emptySummary().safety, 0);
    expect(figures(root)).toEqual([
      'Overdose-now calls 0 overdose response opened',
      'Naloxone discussed on opioid calls — no opioid calls',
      'Risk screens completed — no calls',
    ]);
  });

  it('names one opioid call in the singular', async () => {
    const one = {
      ...summary().safety,
      opioidCalls: 1,
      naloxoneDiscussed: 0,
      naloxonePercent: 0,
    };
    const root = await render(one, 1);
    expect(figures(root)[1]).toBe(
      'Naloxone discussed on opioid calls 0% 0 of 1 opioid call',
    );
  });
});
