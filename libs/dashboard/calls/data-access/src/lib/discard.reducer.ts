import { on, type ActionCreator, type ReducerTypes } from '@ngrx/store';
import { CallsApiActions } from './calls.actions';
import { callsAdapter, type CallsState } from './calls.state';

/** Enough for a shift's discards; older ones are long gone from any page read since. */
const REMEMBERED_DISCARDS = 50;

/** A discarded draft leaves the calls on this device and the "My drafts" page at once. */
export const discardOns: ReducerTypes<CallsState, readonly ActionCreator[]>[] =
  [
    on(CallsApiActions.draftDiscarded, (state, { id }): CallsState => {
      const listed = state.draftList.items.some((item) => item.id === id);
      const discardedIds = [...state.draftList.discardedIds, id].slice(
        -REMEMBERED_DISCARDS,
      );
      return {
        ...callsAdapter.removeOne(id, state),
        draftList: listed
          ? {
              ...state.draftList,
              items: state.draftList.items.filter((item) => item.id !== id),
              total: Math.max(0, state.draftList.total - 1),
              discardedIds,
            }
          : { ...state.draftList, discardedIds },
      };
    }),
  ];
