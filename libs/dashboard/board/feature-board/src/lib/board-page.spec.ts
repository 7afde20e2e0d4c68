import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatIconTestingModule } from '@angular/material/icon/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideEffects } from '@ngrx/effects';
import { Store, provideState, provideStore } from '@ngrx/store';
import {
  AuthApiActions,
  authFeature,
} from '@casebook/dashboard/auth/data-access';
import { CLOCK } from '@casebook/dashboard/shared/data-access';
import { Subject } from 'rxjs';
import { boardRoutes } from './board.routes';
import { BoardStream, type BoardStreamEvent } from './data-access/board-stream';
import {
  boardAlert,
  boardCall,
  boardUnfinishedDraft,
  snapshot,
} from './testing/board-fixtures';

describe('BoardPage', () => {
  let harness: RouterTestingHarness;
  let streams: Subject<BoardStreamEvent>[];
  let tokens: string[];

  beforeEach(async () => {
    streams = [];
    tokens = [];
    const fakeStream: Pick<BoardStream, 'connect'> = {
      connect: (token: string) => {
        tokens.push(token);
        const stream = new Subject<BoardStreamEvent>();
        streams.push(stream);
        return stream.asObservable();
      },
    };
    TestBed.configureTestingModule({
      imports: [MatIconTestingModule],
      providers: [
        provideZonelessChangeDetection(),
        provideStore(),
        provideState(authFeature),
        provideEffects(),
        provideRouter([
          { path: 'board', children: boardRoutes },
          { path: '', children: [] },
        ]),
        { provide: BoardStream, useValue: fakeStream },
        // 17:04:30 UTC: the call below started at 16:55:00.
        {
          provide: CLOCK,
          useValue: { now: () => Date.parse('2026-11-25T17:04:30.000Z') },
        },
        {
          provide: MATERIAL_ANIMATIONS,
          useValue: { animationsDisabled: true },
        },
      ],
    });
    TestBed.inject(Store).dispatch(
      AuthApiActions.loginSucceeded({
        response: {
          accessToken: 'tok-1',
          expiresAt: '2026-11-25T18:00:00.000Z',
          user: {
            id: 'u-9',
            username: 'sup',
            displayName: 'Sup',
            role: 'supervisor',
          },
        },
        receivedAt: Date.parse('2026-11-25T17:00:00.000Z'),
      }),
    );
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/board');
  });

  function text(selector: string): string {
    const element = (harness.routeNativeElement as HTMLElement).querySelector(
      selector,
    );
    return element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  async function push(event: BoardStreamEvent): Promise<void> {
    streams[streams.length - 1].next(event);
    await harness.fixture.whenStable();
  }

  it('opens the stream with the session token and says so while connecting', () => {
    expect(tokens).toEqual(['tok-1']);
    expect(text('[role="status"]')).toContain('Connecting…');
    expect(text('cb-board-alerts')).toContain(
      'No high-risk screens right now.',
    );
    expect(text('cb-board-calls')).toContain(
      'No calls are being logged right now.',
    );
    expect(text('cb-board-overdue')).toContain('No call-backs are overdue.');
  });

  it('renders a snapshot in the three regions and shows the connection as live', async () => {
    await push({ type: 'open' });
    await push({
      type: 'snapshot',
      snapshot: snapshot({
        highRisk: [
          boardAlert('a1', {
            counselorName: 'Dana Reyes',
            caseNumber: 'C-1042',
          }),
        ],
        inProgress: [
          boardCall('c1'),
          boardCall('c2', {
            caseNumber: null,
            latestSeverity: null,
            riskLevel: 'high',
            counselorName: 'Lee Park',
          }),
        ],
        overdueCallbacks: [
          {
            callbackId: 'cb1',
            caseNumber: 'C-3003',
            assignedToName: null,
            dueAt: '2026-11-25T16:04:30.000Z',
          },
        ],
      }),
    });

    expect(text('[role="status"]')).toContain('Live');
    const alerts = text('cb-board-alerts');
    expect(alerts).toContain('High risk');
    expect(alerts).toContain('Dana Reyes');
    expect(alerts).toContain('C-1042');
    expect(alerts).toContain('Draft');
    expect(alerts).not.toContain('New');

    const calls = (harness.routeNativeElement as HTMLElement).querySelectorAll(
      'cb-board-calls li',
    );
    expect(calls.length).toBe(2);
    const first = calls[0].textContent?.replace(/\s+/g, ' ') ?? '';
    expect(first).toContain('Sam Ortiz');
    expect(first).toContain('9:30');
    expect(first).toContain('SOWS 14');
    expect(first).toContain('Moderate');
    expect(first).toContain('Low risk');
    const second = calls[1].textContent?.replace(/\s+/g, ' ') ?? '';
    expect(second).toContain('Anonymous');
    expect(second).toContain('Not scored yet');
    expect(second).toContain('High risk');

    const overdue = text('cb-board-overdue');
    expect(overdue).toContain('C-3003');
    expect(overdue).toContain('Team');
    expect(overdue).toContain('1 h');
  });

  it('lists drafts with no save for 30 minutes under "Unfinished drafts", apart from calls in progress', async () => {
    await push({ type: 'open' });
    await push({
      type: 'snapshot',
      snapshot: snapshot({
        inProgress: [boardCall('c1')],
        unfinishedDrafts: [
          boardUnfinishedDraft('u1', {
            counselorName: 'Lee Park',
            caseNumber: null,
          }),
          boardUnfinishedDraft('u2', { savedAt: '2026-11-25T13:55:00.000Z' }),
        ],
        highRisk: [boardAlert('a1', { status: 'discarded' })],
      }),
    });
    const region = text('cb-board-unfinished');
    expect(region).toContain('Unfinished drafts');
    expect(region).toContain('2 with no save for 30 minutes or more');
    const items = (harness.routeNativeElement as HTMLElement).querySelectorAll(
      'cb-board-unfinished li',
    );
    expect(items.length).toBe(2);
    const first = items[0].textContent?.replace(/\s+/g, ' ') ?? '';
    expect(first).toContain('Lee Park');
    expect(first).toContain('Anonymous or not linked');
    expect(first).toContain('No save for1 h 14 min');
    expect(items[1].textContent?.replace(/\s+/g, ' ')).toContain(
      'No save for3 h 9 min',
    );
    expect(text('cb-board-calls')).not.toContain('Lee Park');
    expect(text('cb-board-alerts')).toContain('Draft, discarded');
  });

  it('says so when no draft is left unfinished', async () => {
    await push({ type: 'open' });
    await push({
      type: 'snapshot',
      snapshot: snapshot({ inProgress: [boardCall('c1')] }),
    });
    expect(text('cb-board-unfinished')).toContain(
      'No drafts are left unfinished.',
    );
  });

  it('announces and highlights an alert that arrives after the page opened', async () => {
    const live = () => text('[aria-live="assertive"]');
    await push({ type: 'open' });
    await push({
      type: 'snapshot',
      snapshot: snapshot({ highRisk: [boardAlert('a1')] }),
    });
    expect(live()).toBe('');

    await push({
      type: 'snapshot',
      snapshot: snapshot({
        highRisk: [
          boardAlert('a2', { counselorName: 'Lee Park', caseNumber: null }),
          boardAlert('a1'),
        ],
      }),
    });
    expect(live()).toBe(
      'New high-risk alert: Lee Park, case anonymous, draft.',
    );
    const items = (harness.routeNativeElement as HTMLElement).querySelectorAll(
      'cb-board-alerts li',
    );
    expect(items[0].classList).toContain('new');
    expect(items[0].textContent).toContain('New');
    expect(items[1].classList).not.toContain('new');
  });

  it('says it is reconnecting when the stream drops, and closes the stream on leaving', async () => {
    await push({ type: 'open' });
    streams[0].complete();
    await harness.fixture.whenStable();
    expect(text('[role="status"]')).toContain('Reconnecting…');
    expect(text('[role="status"]')).toContain('1 s');

    await TestBed.inject(Router).navigateByUrl('/');
    await harness.fixture.whenStable();
    expect(streams[0].observed).toBeFalse();
  });
});
