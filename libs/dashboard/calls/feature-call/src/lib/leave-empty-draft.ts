import {
  DestroyRef,
  effect,
  inject,
  untracked,
  type Signal,
} from '@angular/core';
import { Store } from '@ngrx/store';
import { isEmptyCallContent } from '@casebook/shared/domain';
import {
  CallPageActions,
  isEditable,
  selectCallById,
  selectUserId,
  toCallContent,
} from '@casebook/dashboard/calls/data-access';

/**
 * ADR 32: the counselor's own call screen left with nothing recorded (another page, New call, another call)
 * asks the server to discard that draft — only if its copy is empty too. A reload or a
 * closed tab does not come here (Angular does not tear down on unload), so the reloaded
 * screen still finds its call. Call from the call page's constructor with its `:id` input.
 */
export function discardEmptyDraftOnLeave(
  routeId: Signal<string | undefined>,
): void {
  const store = inject(Store);
  let shown: string | undefined;

  const leave = (id: string | undefined) => {
    if (!id) {
      return;
    }
    const draft = store.selectSignal(selectCallById(id))();
    // Only one's own call: a supervisor reading a colleague's fresh call leaves it be.
    const mine =
      !draft?.record ||
      draft.record.counselorId === store.selectSignal(selectUserId)();
    if (
      draft &&
      mine &&
      isEditable(draft) &&
      isEmptyCallContent(toCallContent(draft.content))
    ) {
      store.dispatch(CallPageActions.leftEmpty({ id }));
    }
  };

  // `/calls/:id` reuses the page when only the id changes: the previous call is left.
  effect(() => {
    const id = routeId();
    untracked(() => {
      if (shown !== id) {
        leave(shown);
      }
      shown = id;
    });
  });
  inject(DestroyRef).onDestroy(() => leave(shown));
}
