import type { ApiError } from '@casebook/shared/contracts';
import {
  ResourceDialogActions,
  ResourcesApiActions,
  ResourcesPageActions,
} from './resources.actions';
import {
  initialResourcesState,
  resourcesFeature,
  type ResourcesState,
} from './resources.feature';
import { page, resource } from './testing/resource-fixtures';

const reducer = resourcesFeature.reducer;
const badPhone: ApiError = {
  statusCode: 400,
  error: 'Bad Request',
  message: 'Validation failed',
  fields: [{ field: 'phone', message: 'phone is not a phone number' }],
};

function loaded(): ResourcesState {
  return reducer(
    reducer(
      initialResourcesState,
      ResourcesPageActions.pageChanged({ pageIndex: 2, pageSize: 10 }),
    ),
    ResourcesApiActions.pageLoaded({
      page: page([resource('b'), resource('a')], 42),
    }),
  );
}

describe('resources reducer', () => {
  it('keeps a loaded page in the order the server sent, with its total', () => {
    const requested = reducer(
      initialResourcesState,
      ResourcesPageActions.pageChanged({ pageIndex: 2, pageSize: 10 }),
    );
    expect(requested.loading).toBeTrue();
    expect(requested.pageIndex).toBe(2);
    const state = reducer(
      requested,
      ResourcesApiActions.pageLoaded({
        page: page([resource('b'), resource('a')], 42),
      }),
    );
    expect(state.ids).toEqual(['b', 'a']);
    expect(state.total).toBe(42);
    expect(state.loading).toBeFalse();
  });

  it('goes back to the first page when the search or the type filter changes', () => {
    const searched = reducer(
      loaded(),
      ResourcesPageActions.searchChanged({ query: 'north' }),
    );
    expect(searched.query).toBe('north');
    expect(searched.pageIndex).toBe(0);
    expect(searched.pageSize).toBe(10);
    expect(searched.loading).toBeTrue();

    const typed = reducer(
      loaded(),
      ResourcesPageActions.typeFilterChanged({ resourceType: 'shelter' }),
    );
    expect(typed.resourceType).toBe('shelter');
    expect(typed.pageIndex).toBe(0);
  });

  it('keeps a load failure to show it, and clears it on the next attempt', () => {
    const failed = reducer(
      initialResourcesState,
      ResourcesApiActions.pageLoadFailed({ error: badPhone }),
    );
    expect(failed.loadError).toBe(badPhone);
    expect(failed.loading).toBeFalse();
    expect(reducer(failed, ResourcesPageActions.opened()).loadError).toBeNull();
  });

  it('follows a retire from confirmed to saved, replacing the row with the reply', () => {
    const target = resource('a');
    const saving = reducer(
      loaded(),
      ResourcesPageActions.retireConfirmed({ resource: target }),
    );
    expect(saving.saveStatus).toBe('saving');
    expect(saving.savingId).toBe('a');

    const saved = reducer(
      saving,
      ResourcesApiActions.resourceSaved({
        resource: { ...target, active: false, version: 2 },
        change: 'retired',
      }),
    );
    expect(saved.saveStatus).toBe('saved');
    expect(saved.savingId).toBeNull();
    expect(saved.entities['a']?.active).toBeFalse();
    expect(saved.entities['a']?.version).toBe(2);
    expect(saved.ids).toEqual(['b', 'a']);
  });

  it('does not put a new entry on the page: the reload decides where it goes', () => {
    const saved = reducer(
      loaded(),
      ResourcesApiActions.resourceSaved({
        resource: resource('new'),
        change: 'created',
      }),
    );
    expect(saved.ids).toEqual(['b', 'a']);
    expect(saved.saveStatus).toBe('saved');
  });

  it('keeps a save failure for the dialog, and a reopened dialog starts clean', () => {
    const failed = reducer(
      reducer(
        loaded(),
        ResourceDialogActions.createSubmitted({
          request: { name: 'X', type: 'other', phone: '12' },
        }),
      ),
      ResourcesApiActions.resourceSaveFailed({
        error: badPhone,
        change: 'created',
        resource: null,
      }),
    );
    expect(failed.saveStatus).toBe('failed');
    expect(failed.saveError).toBe(badPhone);
    const reopened = reducer(failed, ResourceDialogActions.opened());
    expect(reopened.saveStatus).toBe('idle');
    expect(reopened.saveError).toBeNull();
  });
});

describe('resources selectors', () => {
  it('give the page in server order and what the next load asks for', () => {
    const state = {
      resources: reducer(
        loaded(),
        ResourcesPageActions.typeFilterChanged({ resourceType: 'naloxone' }),
      ),
    };
    expect(
      resourcesFeature.selectEntries(state).map((entry) => entry.id),
    ).toEqual(['b', 'a']);
    expect(resourcesFeature.selectSearch(state)).toEqual({
      query: '',
      resourceType: 'naloxone',
      pageIndex: 0,
      pageSize: 10,
    });
    expect(resourcesFeature.selectPaging(state)).toEqual({
      pageIndex: 0,
      pageSize: 10,
      total: 42,
    });
  });
});
