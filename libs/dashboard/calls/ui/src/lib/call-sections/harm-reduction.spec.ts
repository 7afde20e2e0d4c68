import {
  Component,
  provideZonelessChangeDetection,
  signal,
} from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatIconTestingModule } from '@angular/material/icon/testing';
import type { Substance } from '@casebook/shared/contracts';
import { HarmReduction } from './harm-reduction';

const NOW = Date.parse('2026-03-02T10:00:00.000Z');
const hoursAgo = (hours: number) =>
  new Date(NOW - hours * 3_600_000).toISOString();

@Component({
  imports: [HarmReduction],
  template: `<cb-harm-reduction
    [lastUseAt]="lastUseAt()"
    [substances]="{ primary: substance(), coUsed: [] }"
    [now]="now"
  />`,
})
class Host {
  readonly now = NOW;
  readonly lastUseAt = signal<string | null>(null);
  readonly substance = signal<Substance | null>(null);
}

describe('HarmReduction', () => {
  let fixture: ComponentFixture<Host>;
  let element: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [Host, MatIconTestingModule],
      providers: [
        provideZonelessChangeDetection(),
        {
          provide: MATERIAL_ANIMATIONS,
          useValue: { animationsDisabled: true },
        },
      ],
    });
    fixture = TestBed.createComponent(Host);
    element = fixture.nativeElement as HTMLElement;
  });

  async function show(
    substance: Substance | null,
    hours: number | null,
  ): Promise<void> {
    fixture.componentInstance.substance.set(substance);
    fixture.componentInstance.lastUseAt.set(
      hours === null ? null : hoursAgo(hours),
    );
    await fixture.whenStable();
  }

  const tolerance = () => element.querySelector('.warning');
  const naloxonePrompt = () => element.querySelector('.prompt');

  it('offers naloxone to a fentanyl caller 20 hours after last use, before any tolerance warning', async () => {
    await show('fentanyl', 20);
    expect(tolerance()).toBeNull();
    expect(naloxonePrompt()?.textContent).toContain(
      'Naloxone (Narcan) can reverse an opioid overdose',
    );
    expect(naloxonePrompt()?.textContent).toContain('SAMHSA');
  });

  it('warns a heroin caller ten days on that tolerance is lost', async () => {
    await show('heroin', 250);
    expect(tolerance()?.textContent).toContain('lost its tolerance');
    expect(naloxonePrompt()).toBeNull();
  });

  it('never tells a methadone or buprenorphine caller they have lost their tolerance, and still offers naloxone', async () => {
    for (const substance of ['methadone', 'buprenorphine'] as const) {
      await show(substance, 300);
      expect(tolerance()).withContext(substance).toBeNull();
      expect(naloxonePrompt()).withContext(substance).not.toBeNull();
    }
  });

  it('says nothing of opioids when the substance is "other"', async () => {
    await show('other', 300);
    expect(tolerance()).toBeNull();
    expect(naloxonePrompt()).toBeNull();
  });

  it('asks why naloxone was not discussed on an opioid call, and not when no opioid is named', async () => {
    await show('heroin', 5);
    expect(element.querySelector('input[matinput]')).not.toBeNull();
    await show('stimulants', 5);
    expect(element.querySelector('input[matinput]')).toBeNull();
  });
});
