import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { concatLatestFrom } from '@ngrx/operators';
import { Store } from '@ngrx/store';
import type {
  ReferralResource,
  UpdateResourceRequest,
} from '@casebook/shared/contracts';
import { Notifier, toApiError } from '@casebook/dashboard/shared/data-access';
import {
  catchError,
  concatMap,
  filter,
  map,
  merge,
  of,
  switchMap,
  tap,
} from 'rxjs';
import {
  ResourceDialogActions,
  ResourcesApiActions,
  ResourcesPageActions,
  type ResourceChange,
} from './resources.actions';
import { ResourcesApi } from './resources-api';
import {
  resourceSavedMessage,
  staleResourceMessage,
} from './resource-saved-message';
import { resourcesFeature } from './resources.feature';

const STALE = 409;

/**
 * Loads the page the filters ask for; a newer request cancels an older one still
 * running. Also reloads after a create (the server decides where it goes) and after a
 * stale change (409), so the admin sees what someone else saved.
 */
export const loadResourcesPage$ = createEffect(
  (
    actions$ = inject(Actions),
    store = inject(Store),
    api = inject(ResourcesApi),
  ) =>
    merge(
      actions$.pipe(
        ofType(
          ResourcesPageActions.opened,
          ResourcesPageActions.searchChanged,
          ResourcesPageActions.typeFilterChanged,
          ResourcesPageActions.pageChanged,
        ),
      ),
      actions$.pipe(
        ofType(ResourcesApiActions.resourceSaved),
        filter(({ change }) => change === 'created'),
      ),
      actions$.pipe(
        ofType(ResourcesApiActions.resourceSaveFailed),
        filter(({ error }) => error.statusCode === STALE),
      ),
    ).pipe(
      concatLatestFrom(() => store.select(resourcesFeature.selectSearch)),
      switchMap(([, search]) =>
        api.list(search).pipe(
          map((page) => ResourcesApiActions.pageLoaded({ page })),
          catchError((error: unknown) =>
            of(
              ResourcesApiActions.pageLoadFailed({ error: toApiError(error) }),
            ),
          ),
        ),
      ),
    ),
  { functional: true },
);

/** Adds an entry. */
export const createResource$ = createEffect(
  (actions$ = inject(Actions), api = inject(ResourcesApi)) =>
    actions$.pipe(
      ofType(ResourceDialogActions.createSubmitted),
      concatMap(({ request }) =>
        api.create(request).pipe(
          map((resource) =>
            ResourcesApiActions.resourceSaved({ resource, change: 'created' }),
          ),
          catchError((error: unknown) =>
            of(
              ResourcesApiActions.resourceSaveFailed({
                error: toApiError(error),
                change: 'created',
                resource: null,
              }),
            ),
          ),
        ),
      ),
    ),
  { functional: true },
);

/**
 * Every change to an existing entry is one PATCH carrying the version it was loaded
 * with; changes run one after another so they reach the server in the order made.
 */
export const updateResource$ = createEffect(
  (actions$ = inject(Actions), api = inject(ResourcesApi)) => {
    const change = (
      resource: ReferralResource,
      body: Omit<UpdateResourceRequest, 'version'>,
      kind: ResourceChange,
    ) => ({ resource, body: { ...body, version: resource.version }, kind });
    return merge(
      actions$.pipe(
        ofType(ResourceDialogActions.editSubmitted),
        map(({ resource, changes }) => change(resource, changes, 'edited')),
      ),
      actions$.pipe(
        ofType(ResourcesPageActions.retireConfirmed),
        map(({ resource }) => change(resource, { active: false }, 'retired')),
      ),
      actions$.pipe(
        ofType(ResourcesPageActions.restoreConfirmed),
        map(({ resource }) => change(resource, { active: true }, 'restored')),
      ),
    ).pipe(
      concatMap(({ resource, body, kind }) =>
        api.update(resource.id, body).pipe(
          map((saved) =>
            ResourcesApiActions.resourceSaved({
              resource: saved,
              change: kind,
            }),
          ),
          catchError((error: unknown) =>
            of(
              ResourcesApiActions.resourceSaveFailed({
                error: toApiError(error),
                change: kind,
                resource,
              }),
            ),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/**
 * Success goes to a snack bar. A stale change (409) always does too, since the page
 * reloads under it; other failures of the dialog's change are shown on its fields, and
 * those of a row action (no dialog) go to a snack bar. A 401 has already signed the
 * user out, and the login page says why.
 */
export const notifyResourceChanges$ = createEffect(
  (actions$ = inject(Actions), notifier = inject(Notifier)) =>
    actions$.pipe(
      ofType(
        ResourcesApiActions.resourceSaved,
        ResourcesApiActions.resourceSaveFailed,
      ),
      tap((action) => {
        if (action.type === ResourcesApiActions.resourceSaved.type) {
          notifier.success(
            resourceSavedMessage(action.resource, action.change),
          );
        } else if (action.error.statusCode === STALE) {
          notifier.error(staleResourceMessage(action.resource));
        } else if (
          (action.change === 'retired' || action.change === 'restored') &&
          action.error.statusCode !== 401
        ) {
          notifier.error(action.error.message);
        }
      }),
    ),
  { functional: true, dispatch: false },
);
