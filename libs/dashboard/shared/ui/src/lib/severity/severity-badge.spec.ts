import {
  Component,
  provideZonelessChangeDetection,
  signal,
} from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { InstrumentId, Severity } from '@casebook/shared/contracts';
import { SeverityBadge } from './severity-badge';

@Component({
  imports: [SeverityBadge],
  template: `<cb-severity-badge
    [severity]="severity()"
    [total]="total()"
    [instrument]="instrument()"
  />`,
})
class Host {
  readonly severity = signal<Severity | null>('moderate');
  readonly total = signal<number | null>(14);
  readonly instrument = signal<InstrumentId>('sows');
}

describe('SeverityBadge', () => {
  function render() {
    TestBed.configureTestingModule({
      providers: [provideZonelessChangeDetection()],
    });
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    const badge = () =>
      (fixture.nativeElement as HTMLElement).querySelector(
        '.badge',
      ) as HTMLElement;
    return { fixture, badge };
  }

  it('writes out instrument, total and band, so the meaning never rests on color', async () => {
    const { badge } = render();
    const shown = Array.from(badge().querySelectorAll('[aria-hidden="true"]'))
      .map((part) => part.textContent?.trim())
      .filter(Boolean);
    expect(shown).toEqual(['SOWS', '14', '·', 'Moderate']);
    // A screen reader hears one phrase instead of the pieces and the "·".
    expect(badge().querySelector('.cdk-visually-hidden')?.textContent).toBe(
      'SOWS 14, moderate',
    );
    expect(badge().dataset['severity']).toBe('moderate');
  });

  it('names COWS bands, moderately severe included', async () => {
    const { fixture, badge } = render();
    fixture.componentInstance.instrument.set('cows');
    fixture.componentInstance.severity.set('moderately-severe');
    fixture.componentInstance.total.set(30);
    await fixture.whenStable();
    expect(badge().textContent).toContain('COWS');
    expect(badge().textContent).toContain('Moderately severe');
  });

  it('says a partial assessment has no total instead of showing a number', async () => {
    const { fixture, badge } = render();
    fixture.componentInstance.severity.set(null);
    fixture.componentInstance.total.set(null);
    await fixture.whenStable();
    expect(badge().textContent).toContain('partial, no total');
    expect(badge().querySelector('.total')).toBeNull();
    expect(badge().dataset['severity']).toBe('partial');
    expect(badge().querySelector('.cdk-visually-hidden')?.textContent).toBe(
      'SOWS, partial, no total',
    );
  });
});
