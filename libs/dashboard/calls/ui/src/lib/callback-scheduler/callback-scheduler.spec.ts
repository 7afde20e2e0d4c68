import {
  Component,
  provideZonelessChangeDetection,
  signal,
} from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatRadioGroupHarness } from '@angular/material/radio/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import type {
  ApiError,
  CreateCallbackRequest,
} from '@casebook/shared/contracts';
import {
  CallbackScheduler,
  type CallbackColleagues,
} from './callback-scheduler';

const NOW = new Date(2026, 2, 2, 14, 0).getTime();

@Component({
  imports: [CallbackScheduler],
  template: `<cb-callback-scheduler
    [caseId]="caseId()"
    userId="u-casey"
    [sourceCallId]="sourceCallId()"
    [callStartedAt]="startedAt"
    [now]="now"
    [error]="error()"
    [caseAlert]="caseAlert()"
    [colleagues]="colleagues"
    (scheduled)="requests.push($event)"
    (cancelled)="cancelled = cancelled + 1"
    (linkCase)="linkCase = linkCase + 1"
  />`,
})
class Host {
  readonly now = NOW;
  readonly startedAt = new Date(2026, 2, 2, 13, 50).toISOString();
  readonly caseId = signal<string | null>('case-1');
  readonly sourceCallId = signal<string | null>('call-1');
  readonly error = signal<ApiError | null>(null);
  readonly caseAlert = signal<string | null>(null);
  readonly colleagues: CallbackColleagues = {
    members: [
      {
        id: 'u-cam',
        displayName: 'Cam Colleague',
        role: 'counselor',
        active: true,
      },
      {
        id: 'u-sky',
        displayName: 'Sky Supervisor',
        role: 'supervisor',
        active: true,
      },
    ],
    loading: false,
    error: null,
  };
  readonly requests: CreateCallbackRequest[] = [];
  cancelled = 0;
  linkCase = 0;
}

describe('CallbackScheduler', () => {
  let fixture: ComponentFixture<Host>;
  let host: Host;

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
    host = fixture.componentInstance;
    await fixture.whenStable();
  });

  const loader = () => TestbedHarnessEnvironment.loader(fixture);

  function press(key: string): void {
    const scheduler = fixture.debugElement.children[0]
      .componentInstance as CallbackScheduler;
    scheduler.focus();
    (document.activeElement as HTMLElement).dispatchEvent(
      new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }),
    );
  }

  it('1 schedules in 2 hours, for me, with the call and the prefilled reason', () => {
    press('1');
    expect(host.requests).toEqual([
      {
        caseId: 'case-1',
        dueAt: new Date(2026, 2, 2, 16, 0).toISOString(),
        reason: jasmine.stringMatching(
          /^Follow up on call of /,
        ) as unknown as string,
        assignedToId: 'u-casey',
        sourceCallId: 'call-1',
      },
    ]);
    expect(host.requests[0].dueAt).toMatch(/Z$/);
  });

  it("shows the case's alert, and then 1 and 2 only choose the time: Enter schedules it", async () => {
    host.caseAlert.set('Call back after 6 pm only');
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('.callback-alert')?.textContent).toContain(
      'Caller alert: Call back after 6 pm only',
    );
    press('2');
    expect(host.requests).toEqual([]);
    expect(document.activeElement?.textContent).toContain(
      'Tomorrow morning, 9:00',
    );
    (document.activeElement as HTMLButtonElement).click();
    expect(host.requests.map((r) => r.dueAt)).toEqual([
      new Date(2026, 2, 3, 9, 0).toISOString(),
    ]);
  });

  it('2 schedules tomorrow at 9:00 local', () => {
    press('2');
    expect(host.requests[0].dueAt).toBe(
      new Date(2026, 2, 3, 9, 0).toISOString(),
    );
  });

  it('"Team" leaves the call-back unassigned', async () => {
    const group = await loader().getHarness(MatRadioGroupHarness);
    await group.checkRadioButton({ label: 'Team' });
    press('1');
    expect(host.requests[0].assignedToId).toBeNull();
  });

  it('"Colleague" assigns it to the colleague picked by name; 1 and 2 still schedule', async () => {
    await (
      await loader().getHarness(MatRadioGroupHarness)
    ).checkRadioButton({
      label: 'Colleague',
    });
    const picker = await loader().getHarness(MatSelectHarness);
    await picker.open();
    const options = await picker.getOptions();
    expect(
      await Promise.all(options.map((option) => option.getText())),
    ).toEqual(['Cam Colleague', 'Sky Supervisor']);
    await picker.clickOptions({ text: 'Sky Supervisor' });
    press('1');
    expect(host.requests.length).toBe(1);
    expect(host.requests[0].assignedToId).toBe('u-sky');
  });

  it('"Colleague" with nobody picked schedules nothing and says so; keys in the list are not choices', async () => {
    await (
      await loader().getHarness(MatRadioGroupHarness)
    ).checkRadioButton({
      label: 'Colleague',
    });
    await fixture.whenStable();
    const trigger = fixture.nativeElement.querySelector(
      'mat-select',
    ) as HTMLElement;
    trigger.dispatchEvent(
      new KeyboardEvent('keydown', { key: '2', bubbles: true }),
    );
    expect(host.requests).toEqual([]);
    press('1');
    await fixture.whenStable();
    expect(host.requests).toEqual([]);
    expect(fixture.nativeElement.textContent).toContain(
      'Pick a colleague first.',
    );
  });

  it('sends the edited reason, and no sourceCallId while the server does not have the call', async () => {
    host.sourceCallId.set(null);
    const reason = await loader().getHarness(
      MatInputHarness.with({ selector: '[name="reason"]' }),
    );
    await reason.setValue('Check on detox intake');
    press('2');
    expect(host.requests[0].reason).toBe('Check on detox intake');
    expect('sourceCallId' in host.requests[0]).toBeFalse();
  });

  it('does not take 1 typed into the reason as a choice', async () => {
    const reason = fixture.nativeElement.querySelector(
      '[name="reason"]',
    ) as HTMLInputElement;
    reason.dispatchEvent(
      new KeyboardEvent('keydown', { key: '1', bubbles: true }),
    );
    expect(host.requests).toEqual([]);
  });

  it('schedules a custom time from the datetime field', async () => {
    await (
      await loader().getHarness(MatButtonHarness.with({ text: 'Custom…' }))
    ).click();
    const due = await loader().getHarness(
      MatInputHarness.with({ selector: '[name="dueAt"]' }),
    );
    await due.setValue('2026-03-05T15:30');
    await (
      await loader().getHarness(MatButtonHarness.with({ text: 'Schedule' }))
    ).click();
    expect(host.requests[0].dueAt).toBe(
      new Date(2026, 2, 5, 15, 30).toISOString(),
    );
  });

  it('shows the API field errors by field', async () => {
    host.error.set({
      statusCode: 400,
      error: 'Bad Request',
      message: 'Validation failed',
      fields: [
        { field: 'dueAt', message: 'must be in the future' },
        { field: 'reason', message: 'must not be empty' },
      ],
    });
    await fixture.whenStable();
    const text = (fixture.nativeElement as HTMLElement).textContent ?? '';
    expect(text).toContain('Due time: must be in the future');
    expect(text).toContain('must not be empty');
    expect(text).not.toContain('Validation failed');
  });

  it('for an anonymous call, says a case is needed and offers to link one', async () => {
    host.caseId.set(null);
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).textContent).toContain(
      'a call-back needs a linked case',
    );
    press('1');
    expect(host.requests).toEqual([]);
    await (
      await loader().getHarness(MatButtonHarness.with({ text: /Link a case/ }))
    ).click();
    expect(host.linkCase).toBe(1);
  });

  it('Esc closes', () => {
    press('Escape');
    expect(host.cancelled).toBe(1);
  });
});
