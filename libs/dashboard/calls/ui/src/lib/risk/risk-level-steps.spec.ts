import {
  Component,
  provideZonelessChangeDetection,
  signal,
} from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import type { RiskLevel } from '@casebook/shared/contracts';
import { RiskLevelSteps } from './risk-level-steps';

@Component({
  imports: [RiskLevelSteps],
  template: `<cb-risk-level-steps
    [level]="level()"
    [disabled]="disabled()"
    (planCallback)="planned = planned + 1"
  />`,
})
class Host {
  readonly level = signal<RiskLevel>('none');
  readonly disabled = signal(false);
  planned = 0;
}

describe('RiskLevelSteps', () => {
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

  async function show(level: RiskLevel): Promise<void> {
    fixture.componentInstance.level.set(level);
    await fixture.whenStable();
  }

  const steps = () =>
    Array.from(element.querySelectorAll('li')).map((li) =>
      li.getAttribute('data-step'),
    );
  const planButton = () => element.querySelector<HTMLButtonElement>('button');

  it('shows nothing without risk or at high risk, where the imminent-risk panel speaks', async () => {
    await show('none');
    expect(element.textContent?.trim()).toBe('');
    await show('high');
    expect(element.textContent?.trim()).toBe('');
  });

  it('gives low risk 988 and resources, with no call-back to plan', async () => {
    await show('low');
    expect(element.querySelector('h3')?.textContent).toContain(
      'Next steps for low risk',
    );
    expect(steps()).toEqual(['share-988', 'offer-resources']);
    expect(planButton()).toBeNull();
    expect(element.textContent).toContain('our choice');
  });

  it('gives moderate risk its steps and plans the 24-hour follow-up from a button', async () => {
    await show('moderate');
    expect(steps()).toEqual([
      'safety-plan',
      'share-988',
      'offer-supervisor',
      'follow-up-24h',
      'offer-resources',
    ]);
    planButton()?.click();
    expect(fixture.componentInstance.planned).toBe(1);
  });

  it('offers no planning on a finalized, read-only call', async () => {
    fixture.componentInstance.disabled.set(true);
    await show('moderate');
    expect(planButton()?.disabled).toBeTrue();
  });
});
