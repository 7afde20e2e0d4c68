import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type {
  ApiError,
  Callback,
  CallbackAttemptResult,
  CallbackQueue,
  CallbackStatus,
  CreateCallbackRequest,
  Page,
} from '@casebook/shared/contracts';

/** What the counselor does on the call-back queue. */
export const CallbacksPageActions = createActionGroup({
  source: 'Callbacks Page',
  events: {
    /** The page opened on this queue (a counselor's own, unless told otherwise). */
    Opened: props<{ queue: CallbackQueue }>(),
    'Queue Changed': props<{ queue: CallbackQueue }>(),
    'Status Changed': props<{ status: CallbackStatus }>(),
    'Page Changed': props<{ pageIndex: number; pageSize: number }>(),
    'Reload Clicked': emptyProps(),
    'Attempt Logged': props<{
      callback: Callback;
      result: CallbackAttemptResult;
      note: string | null;
    }>(),
    /** Assign a team call-back to the signed-in user. */
    'Take Clicked': props<{ callback: Callback; userId: string }>(),
    /** Hand it to a named colleague, or (null) back to the team. */
    'Reassign Chosen': props<{
      callback: Callback;
      assignedToId: string | null;
    }>(),
    'Reschedule Chosen': props<{ callback: Callback; dueAt: string }>(),
    'Cancel Confirmed': props<{ callback: Callback }>(),
    /** The call screen does not take a case yet: this only opens it. */
    'Call Now Clicked': props<{ callback: Callback }>(),
  },
});

/** What the counselor does in the "Schedule call-back" dialog. */
export const ScheduleDialogActions = createActionGroup({
  source: 'Schedule Callback Dialog',
  events: {
    Opened: emptyProps(),
    Submitted: props<{ request: CreateCallbackRequest }>(),
  },
});

/** Results of `/api/callbacks`. */
export const CallbacksApiActions = createActionGroup({
  source: 'Callbacks API',
  events: {
    'Queue Loaded': props<{ page: Page<Callback> }>(),
    'Queue Load Failed': props<{ error: ApiError }>(),
    'Callback Created': props<{ callback: Callback }>(),
    'Callback Create Failed': props<{ error: ApiError }>(),
    /** `change` says what was done, for the confirmation. */
    'Callback Updated': props<{ callback: Callback; change: CallbackChange }>(),
    'Callback Update Failed': props<{ callbackId: string; error: ApiError }>(),
    /** 409: someone changed it since the queue was read; the queue reloads. */
    'Callback Update Stale': props<{ callbackId: string; message: string }>(),
  },
});

/** The kinds of change a row's actions make. */
export type CallbackChange =
  'attempt' | 'take' | 'reassign' | 'reschedule' | 'cancel';
