import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { provideMockActions } from '@ngrx/effects/testing';
import type { Action } from '@ngrx/store';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import type { ReferralResource } from '@casebook/shared/contracts';
import { Notifier } from '@casebook/dashboard/shared/data-access';
import {
  Observable,
  ReplaySubject,
  firstValueFrom,
  of,
  throwError,
  toArray,
} from 'rxjs';
import {
  ResourceDialogActions,
  ResourcesApiActions,
  ResourcesPageActions,
} from './resources.actions';
import { ResourcesApi } from './resources-api';
import {
  createResource$,
  loadResourcesPage$,
  notifyResourceChanges$,
  updateResource$,
} from './resources.effects';
import { resourcesFeature } from './resources.feature';
import { page, resource } from './testing/resource-fixtures';

const northside = resource('r-1', { name: 'Northside Detox', version: 3 });
const search = {
  query: 'north',
  resourceType: 'detox' as const,
  pageIndex: 1,
  pageSize: 10,
};

function failure(
  status: number,
  message: string,
  fields?: { field: string; message: string }[],
): Observable<never> {
  return throwError(
    () =>
      new HttpErrorResponse({
        status,
        error: { statusCode: status, error: 'x', message, fields },
      }),
  );
}

describe('resources effects', () => {
  let actions$: ReplaySubject<Action>;
  let api: jasmine.SpyObj<ResourcesApi>;
  let notifier: jasmine.SpyObj<Notifier>;
  let store: MockStore;

  beforeEach(() => {
    actions$ = new ReplaySubject<Action>();
    api = jasmine.createSpyObj<ResourcesApi>('ResourcesApi', [
      'list',
      'create',
      'update',
    ]);
    notifier = jasmine.createSpyObj<Notifier>('Notifier', ['success', 'error']);
    TestBed.configureTestingModule({
      providers: [
        provideMockActions(() => actions$),
        provideMockStore(),
        { provide: ResourcesApi, useValue: api },
        { provide: Notifier, useValue: notifier },
      ],
    });
    store = TestBed.inject(MockStore);
    store.overrideSelector(resourcesFeature.selectSearch, search);
  });

  // Overridden selectors are module-level objects: leave none behind for other specs.
  afterEach(() => store.resetSelectors());

  function run(
    effect: () => Observable<unknown>,
    ...actions: Action[]
  ): Promise<unknown[]> {
    const output = TestBed.runInInjectionContext(effect);
    actions.forEach((action) => actions$.next(action));
    actions$.complete();
    return firstValueFrom(output.pipe(toArray()));
  }

  it('loads the page the filters in the store ask for', async () => {
    const reply = page([northside], 11);
    api.list.and.returnValue(of(reply));
    expect(
      await run(
        loadResourcesPage$,
        ResourcesPageActions.searchChanged({ query: 'north' }),
      ),
    ).toEqual([ResourcesApiActions.pageLoaded({ page: reply })]);
    expect(api.list).toHaveBeenCalledOnceWith(search);
  });

  it('reports a failed load', async () => {
    api.list.and.returnValue(failure(500, 'Database unavailable'));
    expect(
      await run(loadResourcesPage$, ResourcesPageActions.opened()),
    ).toEqual([
      ResourcesApiActions.pageLoadFailed({
        error: { statusCode: 500, error: 'x', message: 'Database unavailable' },
      }),
    ]);
  });

  it('creates an entry, and passes on the fields a 400 names', async () => {
    const request = {
      name: 'Northside Detox',
      type: 'detox' as const,
      phone: '555',
      languages: ['English'],
    };
    api.create.and.returnValues(
      of(northside),
      failure(400, 'Validation failed', [
        { field: 'phone', message: 'phone is not a phone number' },
      ]),
    );
    const actions = await run(
      createResource$,
      ResourceDialogActions.createSubmitted({ request }),
      ResourceDialogActions.createSubmitted({ request }),
    );
    expect(api.create).toHaveBeenCalledWith(request);
    expect(actions).toEqual([
      ResourcesApiActions.resourceSaved({
        resource: northside,
        change: 'created',
      }),
      ResourcesApiActions.resourceSaveFailed({
        error: {
          statusCode: 400,
          error: 'x',
          message: 'Validation failed',
          fields: [{ field: 'phone', message: 'phone is not a phone number' }],
        },
        change: 'created',
        resource: null,
      }),
    ]);
  });

  it('sends each change as a PATCH with the version it was loaded with', async () => {
    api.update.and.callFake((_id, body) =>
      of({ ...northside, ...body, version: 4 } as ReferralResource),
    );
    const actions = await run(
      updateResource$,
      ResourceDialogActions.editSubmitted({
        resource: northside,
        changes: { hours: '24/7' },
      }),
      ResourcesPageActions.retireConfirmed({ resource: northside }),
      ResourcesPageActions.restoreConfirmed({ resource: northside }),
    );
    expect(api.update.calls.allArgs()).toEqual([
      ['r-1', { hours: '24/7', version: 3 }],
      ['r-1', { active: false, version: 3 }],
      ['r-1', { active: true, version: 3 }],
    ]);
    expect(
      actions.map((action) => (action as { change: string }).change),
    ).toEqual(['edited', 'retired', 'restored']);
  });

  it('reloads after a create or a stale change, but not after other results', async () => {
    api.list.and.returnValue(of(page([])));
    const stale = {
      statusCode: 409,
      error: 'Conflict',
      message: 'This entry was changed since you loaded it; reload it',
    };
    await run(
      loadResourcesPage$,
      ResourcesApiActions.resourceSaved({
        resource: northside,
        change: 'edited',
      }),
      ResourcesApiActions.resourceSaveFailed({
        error: { ...stale, statusCode: 400 },
        change: 'edited',
        resource: northside,
      }),
      ResourcesApiActions.resourceSaved({
        resource: northside,
        change: 'created',
      }),
      ResourcesApiActions.resourceSaveFailed({
        error: stale,
        change: 'retired',
        resource: northside,
      }),
    );
    expect(api.list).toHaveBeenCalledTimes(2);
  });

  it('turns a 409 into a stale failure, says so, and reloads', async () => {
    api.update.and.returnValue(
      failure(409, 'This entry was changed since you loaded it; reload it'),
    );
    const [failed] = (await run(
      updateResource$,
      ResourcesPageActions.retireConfirmed({ resource: northside }),
    )) as Action[];
    expect(failed).toEqual(
      ResourcesApiActions.resourceSaveFailed({
        error: {
          statusCode: 409,
          error: 'x',
          message: 'This entry was changed since you loaded it; reload it',
        },
        change: 'retired',
        resource: northside,
      }),
    );

    actions$ = new ReplaySubject<Action>();
    api.list.and.returnValue(of(page([northside])));
    expect(await run(loadResourcesPage$, failed)).toEqual([
      ResourcesApiActions.pageLoaded({ page: page([northside]) }),
    ]);

    actions$ = new ReplaySubject<Action>();
    await run(notifyResourceChanges$, failed);
    expect(notifier.error).toHaveBeenCalledOnceWith(
      jasmine.stringContaining(
        'Northside Detox was changed since you loaded it',
      ),
    );
  });

  it('confirms success and reports failed row actions, leaving dialog field errors to the dialog', async () => {
    const refused = { statusCode: 400, error: 'x', message: 'Refused' };
    await run(
      notifyResourceChanges$,
      ResourcesApiActions.resourceSaved({
        resource: { ...northside, active: false },
        change: 'retired',
      }),
      ResourcesApiActions.resourceSaveFailed({
        error: refused,
        change: 'restored',
        resource: northside,
      }),
      ResourcesApiActions.resourceSaveFailed({
        error: refused,
        change: 'created',
        resource: null,
      }),
      ResourcesApiActions.resourceSaveFailed({
        error: { ...refused, statusCode: 401 },
        change: 'retired',
        resource: northside,
      }),
    );
    expect(notifier.success).toHaveBeenCalledOnceWith(
      'Northside Detox is retired. Counselors no longer see it.',
    );
    expect(notifier.error).toHaveBeenCalledOnceWith('Refused');
  });
});
