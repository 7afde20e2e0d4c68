import {
  Component,
  provideZonelessChangeDetection,
  signal,
} from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import {
  MatRadioButtonHarness,
  MatRadioGroupHarness,
} from '@angular/material/radio/testing';
import { By } from '@angular/platform-browser';
import type { CssrsAnswers } from '@casebook/shared/contracts';
import { cssrsRisk, pruneSkippedAnswers } from '@casebook/shared/domain';
import { RiskScreen, type RiskAnswer } from './risk-screen';

@Component({
  imports: [RiskScreen],
  template: `<cb-risk-screen
    [answers]="answers()"
    [level]="level()"
    (answer)="onAnswer($event)"
  />`,
})
class Host {
  readonly answers = signal<CssrsAnswers>({});
  onAnswer({ questionId, answer }: RiskAnswer): void {
    this.answers.update((answers) =>
      pruneSkippedAnswers({ ...answers, [questionId]: answer }),
    );
  }
  level() {
    const outcome = cssrsRisk(this.answers());
    return outcome.ok
      ? outcome.status === 'complete'
        ? outcome.level
        : outcome.levelSoFar
      : 'none';
  }
}

describe('RiskScreen', () => {
  let fixture: ComponentFixture<Host>;
  let screen: RiskScreen;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        {
          provide: MATERIAL_ANIMATIONS,
          useValue: { animationsDisabled: true },
        },
      ],
    });
    fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    screen = fixture.debugElement.query(By.directive(RiskScreen))
      .componentInstance as RiskScreen;
  });

  function shown(): string[] {
    return Array.from(
      (fixture.nativeElement as HTMLElement).querySelectorAll<HTMLElement>(
        '[data-question]',
      ),
    ).map((row) => row.dataset['question'] ?? '');
  }

  async function press(key: string): Promise<void> {
    (document.activeElement as HTMLElement).dispatchEvent(
      new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }),
    );
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
  }

  function focusedQuestion(): string | undefined {
    return (
      document.activeElement?.closest('[data-question]') as HTMLElement | null
    )?.dataset['question'];
  }

  it('keeps every answer of keys typed faster than the focus moves', async () => {
    screen.focusCurrent();
    const focused = document.activeElement as HTMLElement;
    // Four keys before any render: all land on the element focused at the start.
    for (let i = 0; i < 4; i++) {
      focused.dispatchEvent(
        new KeyboardEvent('keydown', {
          key: 'y',
          bubbles: true,
          cancelable: true,
        }),
      );
    }
    await fixture.whenStable();
    expect(fixture.componentInstance.answers()).toEqual({
      q1: true,
      q2: true,
      q3: true,
      q4: true,
    });
  });

  it('asks Q1, Q2 and Q6 only, until Q2 is yes', async () => {
    expect(shown()).toEqual(['q1', 'q2', 'q6']);
    screen.focusCurrent();
    await press('y');
    expect(focusedQuestion()).toBe('q2');
    await press('y');
    expect(shown()).toEqual(['q1', 'q2', 'q3', 'q4', 'q5', 'q6']);
    expect(focusedQuestion()).toBe('q3');
  });

  it('drops the answers below Q2 when Q2 changes to no', async () => {
    fixture.componentInstance.answers.set({ q1: true, q2: true, q3: true });
    await fixture.whenStable();
    const groups =
      await TestbedHarnessEnvironment.loader(fixture).getAllHarnesses(
        MatRadioGroupHarness,
      );
    const q2No = (
      await groups[1].getRadioButtons({ label: /^No/ })
    )[0] as MatRadioButtonHarness;
    await q2No.check();
    expect(fixture.componentInstance.answers()).toEqual({
      q1: true,
      q2: false,
    });
    expect(shown()).toEqual(['q1', 'q2', 'q6']);
  });

  it('asks the 3-month follow-up only after a yes to Q6, and shows the level in words', async () => {
    screen.focusCurrent();
    await press('n');
    await press('n');
    expect(focusedQuestion()).toBe('q6');
    await press('y');
    expect(shown()).toContain('q6Recent');
    expect(
      (fixture.nativeElement as HTMLElement).querySelector('.level')
        ?.textContent,
    ).toContain('Moderate risk');
    await press('y');
    expect(fixture.componentInstance.answers()).toEqual({
      q1: false,
      q2: false,
      q6: true,
      q6Recent: true,
    });
    expect(
      (fixture.nativeElement as HTMLElement).querySelector('.level')
        ?.textContent,
    ).toContain('High risk');
  });
});
