import { inject, type Signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import type { StaffMember } from '@casebook/shared/contracts';
import { StaffApi, toApiError } from '@casebook/dashboard/shared/data-access';
import { catchError, map, of } from 'rxjs';

/** The staff list as a dialog shows it: null until it arrives, or the reason it did not. */
export interface StaffListState {
  staff: StaffMember[] | null;
  error: string | null;
}

/**
 * Reads the staff list once, for a dialog's colleague picker; a failure becomes a message
 * in the dialog (the rest of it still works: "Me" and "Team" need no list).
 * Call in an injection context.
 */
export function staffList(): Signal<StaffListState> {
  return toSignal(
    inject(StaffApi)
      .list()
      .pipe(
        map((staff): StaffListState => ({ staff, error: null })),
        catchError((error: unknown) =>
          of<StaffListState>({ staff: [], error: toApiError(error).message }),
        ),
      ),
    { initialValue: { staff: null, error: null } },
  );
}
