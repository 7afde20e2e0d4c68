import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { provideMockActions } from '@ngrx/effects/testing';
import type { Action } from '@ngrx/store';
import { provideMockStore } from '@ngrx/store/testing';
import { Notifier } from '@casebook/dashboard/shared/data-access';
import {
  Observable,
  ReplaySubject,
  firstValueFrom,
  of,
  throwError,
  toArray,
} from 'rxjs';
import { CallbacksApiActions, CallbacksPageActions } from './callbacks.actions';
import { CallbacksApi } from './callbacks-api';
import {
  callNow$,
  loadQueue$,
  notifyUpdates$,
  updateCallback$,
} from './callbacks.effects';
import { initialCallbacksState } from './callbacks.feature';
import { callback, page } from './testing/callback-fixtures';

describe('callbacks effects', () => {
  let actions$: ReplaySubject<Action>;
  let api: jasmine.SpyObj<CallbacksApi>;
  let notifier: jasmine.SpyObj<Notifier>;

  beforeEach(() => {
    actions$ = new ReplaySubject<Action>();
    api = jasmine.createSpyObj<CallbacksApi>('CallbacksApi', [
      'list',
      'create',
      'update',
    ]);
    notifier = jasmine.createSpyObj<Notifier>('Notifier', ['success', 'error']);
    TestBed.configureTestingModule({
      providers: [
        provideMockActions(() => actions$),
        provideMockStore({
          initialState: {
            callbacks: {
              ...initialCallbacksState,
              queue: 'team',
              status: 'open',
              pageIndex: 1,
              pageSize: 25,
            },
          },
        }),
        { provide: CallbacksApi, useValue: api },
        { provide: Notifier, useValue: notifier },
        {
          provide: Router,
          useValue: jasmine.createSpyObj<Router>('Router', ['navigate']),
        },
      ],
    });
  });

  function run(
    effect: () => Observable<unknown>,
    ...actions: Action[]
  ): Promise<unknown[]> {
    const output = TestBed.runInInjectionContext(effect);
    actions.forEach((action) => actions$.next(action));
    actions$.complete();
    return firstValueFrom(output.pipe(toArray()));
  }

  it('loads the queue the store describes, with the page from 1', async () => {
    const reply = page([callback('a', { overdue: true }), callback('b')]);
    api.list.and.returnValue(of(reply));
    expect(await run(loadQueue$, CallbacksPageActions.reloadClicked())).toEqual(
      [CallbacksApiActions.queueLoaded({ page: reply })],
    );
    expect(api.list).toHaveBeenCalledOnceWith({
      queue: 'team',
      status: 'open',
      page: 2,
      pageSize: 25,
    });
  });

  it('reports a failed load, with the server’s message', async () => {
    api.list.and.returnValue(
      throwError(
        () =>
          new HttpErrorResponse({
            status: 403,
            error: {
              statusCode: 403,
              error: 'Forbidden',
              message: 'Only supervisors see every queue',
            },
          }),
      ),
    );
    expect(await run(loadQueue$, CallbacksPageActions.reloadClicked())).toEqual(
      [
        CallbacksApiActions.queueLoadFailed({
          error: {
            statusCode: 403,
            error: 'Forbidden',
            message: 'Only supervisors see every queue',
          },
        }),
      ],
    );
  });

  it('logs an attempt with the version read, and confirms it', async () => {
    const row = callback('a', { version: 3 });
    const saved = { ...row, version: 4, attempts: [] };
    api.update.and.returnValue(of(saved));
    const actions = await run(
      updateCallback$,
      CallbacksPageActions.attemptLogged({
        callback: row,
        result: 'no-answer',
        note: 'Voicemail full',
      }),
    );
    expect(api.update).toHaveBeenCalledOnceWith('a', {
      version: 3,
      attempt: { result: 'no-answer', note: 'Voicemail full' },
    });
    expect(actions).toEqual([
      CallbacksApiActions.callbackUpdated({
        callback: saved,
        change: 'attempt',
      }),
    ]);
  });

  it('sends each row action as its own change', async () => {
    const row = callback('a', { version: 2 });
    api.update.and.returnValue(of(row));
    await run(
      updateCallback$,
      CallbacksPageActions.takeClicked({ callback: row, userId: 'me' }),
      CallbacksPageActions.rescheduleChosen({
        callback: row,
        dueAt: '2026-03-11T09:00:00.000Z',
      }),
      CallbacksPageActions.cancelConfirmed({ callback: row }),
    );
    expect(api.update.calls.allArgs()).toEqual([
      ['a', { version: 2, assignedToId: 'me' }],
      ['a', { version: 2, dueAt: '2026-03-11T09:00:00.000Z' }],
      ['a', { version: 2, status: 'cancelled' }],
    ]);
  });

  it('turns a 409 into a stale result, which reloads the queue and tells the counselor', async () => {
    api.update.and.returnValue(
      throwError(
        () =>
          new HttpErrorResponse({
            status: 409,
            error: {
              statusCode: 409,
              error: 'Conflict',
              message:
                'This call-back was changed since you loaded it; reload the queue',
            },
          }),
      ),
    );
    const [stale] = await run(
      updateCallback$,
      CallbacksPageActions.attemptLogged({
        callback: callback('a'),
        result: 'reached',
        note: null,
      }),
    );
    expect(stale).toEqual(
      CallbacksApiActions.callbackUpdateStale({
        callbackId: 'a',
        message:
          'This call-back was changed since you loaded it; reload the queue',
      }),
    );

    // The stale result drives a reload and a message.
    actions$ = new ReplaySubject<Action>();
    api.list.and.returnValue(of(page([])));
    await run(loadQueue$, stale as Action);
    expect(api.list).toHaveBeenCalledTimes(1);
    actions$ = new ReplaySubject<Action>();
    await run(notifyUpdates$, stale as Action);
    expect(notifier.error).toHaveBeenCalledOnceWith(
      jasmine.stringContaining('reloaded'),
    );
  });

  it('reports any other failure without reloading', async () => {
    api.update.and.returnValue(
      throwError(
        () =>
          new HttpErrorResponse({
            status: 403,
            error: {
              statusCode: 403,
              error: 'Forbidden',
              message: 'This call-back is assigned to someone else',
            },
          }),
      ),
    );
    const [failed] = await run(
      updateCallback$,
      CallbacksPageActions.cancelConfirmed({ callback: callback('a') }),
    );
    expect(failed).toEqual(
      CallbacksApiActions.callbackUpdateFailed({
        callbackId: 'a',
        error: {
          statusCode: 403,
          error: 'Forbidden',
          message: 'This call-back is assigned to someone else',
        },
      }),
    );
  });

  it('confirms a reached attempt as done', async () => {
    await run(
      notifyUpdates$,
      CallbacksApiActions.callbackUpdated({
        callback: callback('a', { status: 'done' }),
        change: 'attempt',
      }),
    );
    expect(notifier.success).toHaveBeenCalledOnceWith(
      'Reached C-10a (Alias a): call-back done.',
    );
  });

  it('call now starts an outbound call linked to the case and the call-back', async () => {
    const row = callback('a');
    await run(callNow$, CallbacksPageActions.callNowClicked({ callback: row }));
    expect(TestBed.inject(Router).navigate).toHaveBeenCalledOnceWith(
      ['/calls/new'],
      {
        queryParams: {
          caseId: row.caseId,
          direction: 'outbound',
          callbackId: row.id,
        },
      },
    );
    expect(notifier.success).toHaveBeenCalledOnceWith(
      jasmine.stringContaining('C-10a'),
    );
  });
});
