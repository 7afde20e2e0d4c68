import {
  Component,
  provideZonelessChangeDetection,
  signal,
} from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import {
  buprenorphineReadiness,
  type BuprenorphineReadiness,
} from '@casebook/shared/domain';
import { BuprenorphineReadinessPanel } from './buprenorphine-readiness';

@Component({
  imports: [BuprenorphineReadinessPanel],
  template: `<cb-buprenorphine-readiness
    [readiness]="readiness()"
    [disabled]="disabled()"
    (referWithSummary)="referred.push($event)"
  />`,
})
class Host {
  readonly readiness = signal<BuprenorphineReadiness>(
    buprenorphineReadiness({
      latestCows: { total: 12, at: '14:05' },
      fentanylNamed: true,
      longActingNamed: false,
      hoursSinceLastUse: 20,
    }),
  );
  readonly disabled = signal(false);
  readonly referred: string[] = [];
}

describe('BuprenorphineReadinessPanel', () => {
  let fixture: ComponentFixture<Host>;
  let element: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [Host],
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
    await fixture.whenStable();
  });

  async function show(readiness: BuprenorphineReadiness): Promise<void> {
    fixture.componentInstance.readiness.set(readiness);
    await fixture.whenStable();
  }

  const line = (id: string) => element.querySelector(`[data-line="${id}"]`);
  const button = () => element.querySelector<HTMLButtonElement>('button');

  it('shows each line with its source beside it, and the helpline’s choices as ours', () => {
    expect(element.querySelector('.status')?.textContent).toContain(
      'Objective withdrawal: met',
    );
    expect(
      line('objective-withdrawal')?.querySelector('.source')?.textContent,
    ).toContain('Source: ACEP');
    expect(
      line('fentanyl-caution')?.querySelector('.source')?.textContent,
    ).toContain('PMC8926080');
    expect(
      line('fentanyl-at-any-hour')?.querySelector('.source')?.textContent,
    ).toContain('Our choice:');
    expect(line('prescriber-decides')?.textContent).toContain(
      'prescriber’s decision',
    );
  });

  it('says to score COWS first when there is none, and shows no fentanyl caution when none is named', async () => {
    await show(
      buprenorphineReadiness({
        latestCows: null,
        fentanylNamed: false,
        longActingNamed: false,
        hoursSinceLastUse: null,
      }),
    );
    expect(element.querySelector('.status')?.textContent).toContain(
      'not known yet',
    );
    expect(line('objective-withdrawal')?.textContent).toContain(
      'score COWS first',
    );
    expect(line('fentanyl-caution')).toBeNull();
    expect(element.querySelector('.summary')?.textContent).toContain(
      'No COWS score yet, time since last use unknown',
    );
  });

  it('refers with the score summary from a keyboard-reachable button that names the summary', () => {
    const refer = button();
    expect(refer?.textContent).toContain('Refer for buprenorphine with scores');
    expect(refer?.tabIndex).toBe(0);
    const summaryId = refer?.getAttribute('aria-describedby') ?? '';
    expect(element.querySelector(`#${summaryId}`)?.textContent).toContain(
      'COWS 12 (mild) at 14:05, 20 h since last use, fentanyl named',
    );
    refer?.focus();
    expect(document.activeElement).toBe(refer);
    refer?.click();
    expect(fixture.componentInstance.referred).toEqual([
      'COWS 12 (mild) at 14:05, 20 h since last use, fentanyl named',
    ]);
  });

  it('offers no referral on a finalized, read-only call', async () => {
    fixture.componentInstance.disabled.set(true);
    await fixture.whenStable();
    expect(button()?.disabled).toBeTrue();
  });
});
