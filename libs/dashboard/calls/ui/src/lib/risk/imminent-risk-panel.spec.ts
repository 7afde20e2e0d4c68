import {
  Component,
  provideZonelessChangeDetection,
  signal,
} from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatIconTestingModule } from '@angular/material/icon/testing';
import type { EmergencyDisclosure } from '@casebook/shared/contracts';
import type { DisclosureField } from '../emergency/emergency-disclosure-form';
import { ImminentRiskPanel } from './imminent-risk-panel';

const NOW = Date.parse('2026-03-02T10:00:00.000Z');

@Component({
  imports: [ImminentRiskPanel],
  template: `<cb-imminent-risk-panel
    [draft]="draft()"
    [recorded]="recorded()"
    userId="u-casey"
    userName="Casey"
    [now]="now"
    (draftChange)="draft.set($event)"
    (fieldChange)="setField($event)"
    (record)="recorded.set($event)"
  />`,
})
class Host {
  readonly now = NOW;
  readonly draft = signal<EmergencyDisclosure | null>(null);
  readonly recorded = signal<EmergencyDisclosure | null>(null);
  setField({ field, value }: { field: DisclosureField; value: string }): void {
    this.draft.update((draft) =>
      draft ? { ...draft, [field]: value } : draft,
    );
  }
}

describe('ImminentRiskPanel', () => {
  let fixture: ComponentFixture<Host>;
  let element: HTMLElement;

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
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  function button(text: string): HTMLButtonElement {
    return Array.from(element.querySelectorAll('button')).find((b) =>
      b.textContent?.includes(text),
    ) as HTMLButtonElement;
  }

  async function fill(label: string, value: string): Promise<void> {
    const field = Array.from(element.querySelectorAll('mat-form-field')).find(
      (f) => f.querySelector('mat-label')?.textContent?.includes(label),
    );
    const control = field?.querySelector<
      HTMLInputElement | HTMLTextAreaElement
    >('input, textarea');
    if (control) {
      control.value = value;
      control.dispatchEvent(new Event('input'));
    }
    await fixture.whenStable();
  }

  it('shows the imminent-risk steps in an alert: stay engaged, 988/911, tell the supervisor', () => {
    const alert = element.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('Stay engaged with the caller');
    expect(alert?.textContent).toContain('988');
    expect(alert?.textContent).toContain('911');
    expect(alert?.textContent).toContain('Tell the supervisor now');
  });

  it('records a disclosure by the current user, now, only once every field passes the shared checks', async () => {
    button('Record an emergency disclosure').click();
    await fixture.whenStable();
    expect(fixture.componentInstance.draft()?.disclosedByUserId).toBe(
      'u-casey',
    );
    expect(fixture.componentInstance.draft()?.disclosedAt).toBe(
      new Date(NOW).toISOString(),
    );
    expect(element.textContent).toContain('Casey (you)');

    button('Record disclosure').click();
    await fixture.whenStable();
    expect(fixture.componentInstance.recorded()).toBeNull();
    expect(element.textContent).toContain('Recipient’s name is required');

    await fill('Recipient’s name', 'Dispatcher 41');
    await fill('service or facility', '911 — County Emergency Communications');
    await fill(
      'Nature of the emergency',
      'Caller has taken pills and intends to take more.',
    );
    button('Record disclosure').click();
    await fixture.whenStable();
    expect(fixture.componentInstance.recorded()).toEqual(
      jasmine.objectContaining({
        recipientName: 'Dispatcher 41',
        disclosedByUserId: 'u-casey',
      }),
    );
    expect(element.textContent).toContain(
      'Disclosure recorded: to Dispatcher 41',
    );
  });
});
