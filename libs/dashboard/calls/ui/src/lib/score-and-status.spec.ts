import {
  Component,
  provideZonelessChangeDetection,
  signal,
} from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatIconTestingModule } from '@angular/material/icon/testing';
import { SaveStatus, type SaveStatusKind } from './save-status';
import { ScoreSummary, type InstrumentScore } from './score-summary';

@Component({
  imports: [ScoreSummary, SaveStatus],
  template: `<cb-score-summary instrument="sows" [score]="score()" />
    <cb-save-status
      [status]="status()"
      [errorMessage]="message()"
      [willRetry]="retry()"
    />`,
})
class Host {
  readonly score = signal<InstrumentScore>({
    status: 'partial',
    answered: 5,
    of: 16,
  });
  readonly status = signal<SaveStatusKind>('saving');
  readonly message = signal<string | null>(null);
  readonly retry = signal(false);
}

describe('ScoreSummary and SaveStatus', () => {
  function render() {
    TestBed.configureTestingModule({
      imports: [MatIconTestingModule],
      providers: [provideZonelessChangeDetection()],
    });
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    const text = (selector: string) =>
      (
        (fixture.nativeElement as HTMLElement).querySelector(selector)
          ?.textContent ?? ''
      )
        .replace(/\s+/g, ' ')
        .trim();
    return { fixture, text };
  }

  it('says a partial instrument has no total yet, then shows total and band', async () => {
    const { fixture, text } = render();
    expect(text('cb-score-summary')).toBe(
      'SOWS 5 of 16 answered, no total yet',
    );
    fixture.componentInstance.score.set({
      status: 'complete',
      total: 21,
      severity: 'severe',
      bandLabel: 'Severe',
    });
    await fixture.whenStable();
    expect(text('cb-score-summary')).toContain('21');
    expect(text('cb-score-summary')).toContain('Severe');
  });

  it('words every save state, in a polite status region', async () => {
    const { fixture, text } = render();
    const region = (fixture.nativeElement as HTMLElement).querySelector(
      'cb-save-status [role="status"]',
    );
    expect(region).not.toBeNull();
    expect(text('cb-save-status .text')).toBe('Saving…');
    fixture.componentInstance.status.set('saved');
    await fixture.whenStable();
    expect(text('cb-save-status .text')).toBe('Saved');
    fixture.componentInstance.status.set('offline');
    await fixture.whenStable();
    expect(text('cb-save-status .text')).toBe(
      'Offline — saved on this device, will retry',
    );
    fixture.componentInstance.status.set('failed');
    fixture.componentInstance.message.set(
      'notes must be at most 10000 characters',
    );
    await fixture.whenStable();
    expect(text('cb-save-status .text')).toBe(
      'Not saved: notes must be at most 10000 characters',
    );
  });
});
