import {
  Component,
  provideZonelessChangeDetection,
  signal,
} from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatIconTestingModule } from '@angular/material/icon/testing';
import type {
  CaseSummary,
  CreateCaseRequest,
} from '@casebook/shared/contracts';
import { CaseLookup } from './case-lookup';

const NOW = Date.parse('2026-03-02T10:00:00.000Z');
const hoursAgo = (hours: number) =>
  new Date(NOW - hours * 3_600_000).toISOString();

function match(changes: Partial<CaseSummary>): CaseSummary {
  return {
    id: 'case-1',
    caseNumber: 'C-1042',
    alias: 'Sam R.',
    phone: '+12015550123',
    status: 'open',
    alert: null,
    primarySubstance: 'fentanyl',
    coUsedSubstances: [],
    pregnant: false,
    lastUseAt: hoursAgo(36),
    lastCallAt: hoursAgo(72),
    latestSeverity: {
      instrument: 'sows',
      total: 14,
      severity: 'moderate',
      recordedAt: hoursAgo(72),
    },
    ...changes,
  };
}

@Component({
  imports: [CaseLookup],
  template: `<cb-case-lookup
    [results]="results()"
    [total]="results().length"
    [now]="now"
    (queryChange)="queries.push($event)"
    (pick)="picked = $event"
    (anonymous)="anonymous = true"
    (createCase)="created = $event"
  />`,
})
class Host {
  readonly now = NOW;
  readonly results = signal<CaseSummary[]>([]);
  readonly queries: string[] = [];
  picked: CaseSummary | null = null;
  anonymous = false;
  created: CreateCaseRequest | null = null;
}

describe('CaseLookup', () => {
  let fixture: ComponentFixture<Host>;
  let input: HTMLInputElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [MatIconTestingModule],
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
    input = (fixture.nativeElement as HTMLElement).querySelector(
      'input[role="combobox"]',
    ) as HTMLInputElement;
  });

  async function typeText(text: string): Promise<void> {
    input.focus();
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await fixture.whenStable();
  }

  async function press(key: string): Promise<void> {
    input.dispatchEvent(
      new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }),
    );
    await fixture.whenStable();
  }

  function options(): HTMLElement[] {
    return Array.from(
      (fixture.nativeElement as HTMLElement).querySelectorAll<HTMLElement>(
        '[role="option"]',
      ),
    );
  }

  it('is one labelled combobox field that reports what is typed', async () => {
    expect(input.labels?.[0]?.textContent).toContain(
      'phone, alias or case number',
    );
    await typeText('201 555');
    expect(fixture.componentInstance.queries).toEqual(['201 555']);
  });

  it('shows each match with its alert, last call, severity badge and withdrawal phase', async () => {
    fixture.componentInstance.results.set([
      match({ alert: 'Prefers Spanish' }),
      match({
        id: 'case-2',
        alias: 'Alex',
        caseNumber: 'C-2001',
        primarySubstance: 'methadone',
        coUsedSubstances: [],
        pregnant: false,
        latestSeverity: null,
      }),
    ]);
    await typeText('+1 201 555 0123');
    const [sam, alex] = options();
    expect(sam.textContent).toContain('Sam R.');
    expect(sam.textContent).toContain('(201) 555-0123');
    expect(sam.textContent).not.toContain('+12015550123');
    expect(sam.textContent).toContain('Caller alert: Prefers Spanish');
    expect(sam.textContent).toContain('Last call 3 days ago');
    expect(sam.querySelector('cb-severity-badge')?.textContent).toContain(
      'SOWS',
    );
    expect(sam.querySelector('cb-severity-badge')?.textContent).toContain(
      'Moderate',
    );
    expect(sam.textContent).toContain('Peak withdrawal');
    expect(alex.textContent).toContain('No withdrawal score yet');
    expect(alex.textContent).toContain(
      'Methadone, last use 36 h ago: Methadone is long-acting',
    );
    expect(
      (fixture.nativeElement as HTMLElement).querySelector('[role="status"]')
        ?.textContent,
    ).toContain('2 cases match');
  });

  it('moves with the arrow keys and picks with Enter, keeping focus in the field', async () => {
    fixture.componentInstance.results.set([
      match({}),
      match({ id: 'case-2', alias: 'Alex' }),
    ]);
    await typeText('Sa');
    await press('ArrowDown');
    await press('ArrowDown');
    expect(input.getAttribute('aria-activedescendant')).toBe(options()[1].id);
    expect(options()[1].getAttribute('aria-selected')).toBe('true');
    await press('ArrowUp');
    await press('Enter');
    expect(fixture.componentInstance.picked?.id).toBe('case-1');
    expect(document.activeElement).toBe(input);
  });

  it('offers "Anonymous — link later" at the end of the list', async () => {
    await typeText('nobody');
    await press('ArrowUp');
    expect(options().at(-1)?.textContent).toContain('Anonymous caller');
    await press('Enter');
    expect(fixture.componentInstance.anonymous).toBeTrue();
  });

  it('creates a case inline from what was typed', async () => {
    await typeText('Jo from the shelter');
    await press('ArrowDown');
    expect(options()[0].textContent).toContain(
      'Create case “Jo from the shelter”',
    );
    await press('Enter');
    await fixture.whenStable();
    const alias = (
      fixture.nativeElement as HTMLElement
    ).querySelector<HTMLInputElement>('input[formcontrolname="alias"]');
    expect(alias?.value).toBe('Jo from the shelter');
    const phone = (
      fixture.nativeElement as HTMLElement
    ).querySelector<HTMLInputElement>('input[formcontrolname="phone"]');
    if (phone) {
      phone.value = '(201) 555-0199';
      phone.dispatchEvent(new Event('input'));
    }
    (fixture.nativeElement as HTMLElement)
      .querySelector<HTMLButtonElement>('button[type="submit"]')
      ?.click();
    await fixture.whenStable();
    expect(fixture.componentInstance.created).toEqual({
      alias: 'Jo from the shelter',
      phone: '(201) 555-0199',
    });
  });
});
