import {
  Component,
  provideZonelessChangeDetection,
  signal,
} from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatIconTestingModule } from '@angular/material/icon/testing';
import type { RiskLevel } from '@casebook/shared/contracts';
import { NATIONAL_LINE_IDS, type LineEntry } from '@casebook/shared/domain';
import { ImminentRiskPanel } from './imminent-risk-panel';
import { NATIONAL_LINES } from './national-lines-source';
import { RiskLevelSteps } from './risk-level-steps';

const LIFELINE: LineEntry = {
  id: NATIONAL_LINE_IDS.suicideCrisisLifeline,
  name: '988 Suicide & Crisis Lifeline',
  phone: '988',
  active: true,
};

@Component({
  imports: [ImminentRiskPanel, RiskLevelSteps],
  template: `
    @if (level() === 'high') {
      <cb-imminent-risk-panel userId="u-casey" userName="Casey" [now]="0" />
    }
    <cb-risk-level-steps [level]="level()" />
  `,
})
class Host {
  readonly level = signal<RiskLevel>('none');
}

/** Both emergency panels read the 988 Lifeline from the directory (ADR 26). */
describe('emergency panels and the national lines', () => {
  let fixture: ComponentFixture<Host>;
  let element: HTMLElement;
  const entries = signal<readonly LineEntry[]>([]);
  let refresh: jasmine.Spy;

  beforeEach(async () => {
    entries.set([LIFELINE]);
    refresh = jasmine.createSpy('refresh');
    TestBed.configureTestingModule({
      imports: [MatIconTestingModule],
      providers: [
        provideZonelessChangeDetection(),
        {
          provide: MATERIAL_ANIMATIONS,
          useValue: { animationsDisabled: true },
        },
        { provide: NATIONAL_LINES, useValue: { entries, refresh } },
      ],
    });
    fixture = TestBed.createComponent(Host);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  async function show(level: RiskLevel): Promise<void> {
    fixture.componentInstance.level.set(level);
    await fixture.whenStable();
  }

  function step(id: string): HTMLElement | null {
    return element.querySelector<HTMLElement>(`li[data-step="${id}"]`);
  }

  it('reads the lines when the call screen opens and again when the imminent-risk panel appears', async () => {
    expect(refresh).toHaveBeenCalledTimes(1);
    await show('high');
    expect(refresh).toHaveBeenCalledTimes(2);
  });

  it('names the Lifeline from its directory entry in the low and moderate steps', async () => {
    await show('low');
    expect(step('share-988')?.textContent).toBe(
      'Give the caller the 988 Suicide & Crisis Lifeline at 988: they can call or text it at any hour if the thoughts come back or get stronger.',
    );
    expect(step('share-988')?.querySelector('strong')?.textContent).toBe(
      '988 Suicide & Crisis Lifeline at 988',
    );
    await show('moderate');
    expect(step('share-988')?.textContent).toContain(
      'the 988 Suicide & Crisis Lifeline at 988:',
    );
  });

  it('names it in the imminent-risk alert, and follows an admin’s edit of the number', async () => {
    await show('high');
    const alert = () =>
      element.querySelector('cb-imminent-risk-panel [role="alert"]');
    expect(step('emergency-help')?.textContent).toBe(
      'Call the 988 Suicide & Crisis Lifeline at 988 or 911 as appropriate: 911 when the caller’s life is in immediate danger.',
    );
    entries.set([
      { ...LIFELINE, name: 'Suicide & Crisis Lifeline', phone: '+12015550188' },
    ]);
    await fixture.whenStable();
    expect(alert()?.textContent).toContain(
      'Call the Suicide & Crisis Lifeline at (201) 555-0188 or 911',
    );
  });

  it('shows the stored text when the entry is retired, missing or has no phone: never an empty step', async () => {
    await show('high');
    for (const now of [
      [{ ...LIFELINE, active: false }],
      [],
      [{ ...LIFELINE, phone: null }],
    ]) {
      entries.set(now);
      await fixture.whenStable();
      expect(step('emergency-help')?.textContent).toBe(
        'Call 988 (the Suicide & Crisis Lifeline) or 911 as appropriate: 911 when the caller’s life is in immediate danger.',
      );
    }
    await show('low');
    expect(step('share-988')?.textContent).toBe(
      'Give the caller 988, the Suicide & Crisis Lifeline: they can call or text 988 at any hour if the thoughts come back or get stronger.',
    );
  });
});
