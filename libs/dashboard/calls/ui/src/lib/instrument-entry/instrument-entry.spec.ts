import {
  Component,
  provideZonelessChangeDetection,
  signal,
} from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatRadioGroupHarness } from '@angular/material/radio/testing';
import { By } from '@angular/platform-browser';
import type { InstrumentDefinition } from '@casebook/shared/contracts';
import { COWS, SOWS } from '@casebook/shared/domain';
import { InstrumentEntry, type ItemAnswer } from './instrument-entry';

@Component({
  imports: [InstrumentEntry],
  template: `<cb-instrument-entry
    [instrument]="instrument()"
    [answers]="answers()"
    (answer)="onAnswer($event)"
    (leave)="left = true"
  />`,
})
class Host {
  readonly instrument = signal<InstrumentDefinition>(SOWS);
  readonly answers = signal<Record<string, number | null>>({});
  left = false;
  onAnswer({ itemId, score }: ItemAnswer): void {
    this.answers.update((answers) => ({ ...answers, [itemId]: score }));
  }
}

describe('InstrumentEntry', () => {
  let fixture: ComponentFixture<Host>;

  async function render(
    instrument: InstrumentDefinition = SOWS,
  ): Promise<InstrumentEntry> {
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
    fixture.componentInstance.instrument.set(instrument);
    await fixture.whenStable();
    return fixture.debugElement.query(By.directive(InstrumentEntry))
      .componentInstance as InstrumentEntry;
  }

  /** A real key press on whatever has focus, as the browser would deliver it. */
  async function press(key: string): Promise<void> {
    const target = document.activeElement as HTMLElement;
    target.dispatchEvent(
      new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }),
    );
    await fixture.whenStable();
  }

  function currentRow(): number {
    return Number(
      (document.activeElement?.closest('[data-index]') as HTMLElement | null)
        ?.dataset['index'],
    );
  }

  function highlighted(): string[] {
    return Array.from(
      (fixture.nativeElement as HTMLElement).querySelectorAll(
        '.item.current .label',
      ),
    ).map((label) => label.textContent?.trim() ?? '');
  }

  it('answers the highlighted item with a digit and moves to the next', async () => {
    const entry = await render();
    entry.focusCurrent();
    await fixture.whenStable();
    expect(currentRow()).toBe(0);
    expect(highlighted()[0]).toContain('I feel anxious');

    await press('3');
    expect(fixture.componentInstance.answers()['anxious']).toBe(3);
    expect(currentRow()).toBe(1);
    expect(highlighted()[0]).toContain('I feel like yawning');

    await press('0');
    expect(fixture.componentInstance.answers()['yawning']).toBe(0);
    const groups =
      await TestbedHarnessEnvironment.loader(fixture).getAllHarnesses(
        MatRadioGroupHarness,
      );
    expect(groups.length).toBe(16);
    expect(await groups[0].getCheckedValue()).toBe('3');
    expect(await groups[1].getCheckedValue()).toBe('0');
    expect(await groups[2].getCheckedValue()).toBeNull();
  });

  it('goes back with Backspace and the arrow keys, and clears with Delete', async () => {
    const entry = await render();
    entry.focusCurrent();
    await press('2');
    await press('2');
    expect(currentRow()).toBe(2);
    await press('Backspace');
    expect(currentRow()).toBe(1);
    await press('ArrowUp');
    expect(currentRow()).toBe(0);
    await press('ArrowDown');
    expect(currentRow()).toBe(1);
    await press('Delete');
    expect(fixture.componentInstance.answers()['yawning']).toBeNull();
    expect(fixture.componentInstance.answers()['anxious']).toBe(2);
  });

  it('starts at the first unanswered item and leaves on Esc', async () => {
    const entry = await render();
    fixture.componentInstance.answers.set({ anxious: 1, yawning: 1 });
    await fixture.whenStable();
    entry.focusCurrent();
    expect(currentRow()).toBe(2);
    await press('Escape');
    expect(fixture.componentInstance.left).toBeTrue();
  });

  it('accepts only the scores a COWS item allows, and says which', async () => {
    const entry = await render(COWS);
    entry.focusCurrent();
    await press('3');
    expect(fixture.componentInstance.answers()['restingPulse']).toBeUndefined();
    expect(
      (fixture.nativeElement as HTMLElement).querySelector('.notice')
        ?.textContent,
    ).toContain('Allowed: 0, 1, 2, 4');
    expect(currentRow()).toBe(0);
    await press('4');
    expect(fixture.componentInstance.answers()['restingPulse']).toBe(4);
    expect(currentRow()).toBe(1);
  });

  it('labels every choice with its score and anchor, for screen readers', async () => {
    await render();
    const first = (fixture.nativeElement as HTMLElement).querySelector(
      'input[type="radio"]',
    );
    expect(first?.getAttribute('aria-label')).toBe('0 — Not at all');
  });

  it('says under the SOWS items whose wording they are, and shows that wording', async () => {
    await render();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('.wording-source')?.textContent).toContain(
      'as reproduced by Guideline Central',
    );
    const labels = Array.from(element.querySelectorAll('.item .label')).map(
      (label) => label.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(labels[5]).toBe('6. I have goose flesh');
    expect(labels[15]).toBe('16. I feel like shooting up now');
  });

  it('shows COWS restlessness as rated by observation during assessment', async () => {
    await render(COWS);
    const row = (fixture.nativeElement as HTMLElement).querySelector(
      '[data-index="2"]',
    );
    expect(row?.querySelector('.label')?.textContent).toContain('Restlessness');
    expect(row?.querySelector('.instruction')?.textContent).toContain(
      'Observation during assessment.',
    );
  });
});
