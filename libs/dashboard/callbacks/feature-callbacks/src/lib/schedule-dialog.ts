import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import {
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  Validators,
  type AbstractControl,
  type ValidationErrors,
} from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { Store } from '@ngrx/store';
import type { CaseSummary } from '@casebook/shared/contracts';
import { authFeature } from '@casebook/dashboard/auth/data-access';
import {
  CasesApi,
  toCaseSearchQuery,
} from '@casebook/dashboard/cases/data-access';
import {
  CLOCK,
  assignableStaff,
  toApiError,
} from '@casebook/dashboard/shared/data-access';
import {
  applyApiErrors,
  RoleLabelPipe,
  serverError,
} from '@casebook/dashboard/shared/ui';
import { catchError, debounceTime, map, of, switchMap } from 'rxjs';
import { ScheduleDialogActions } from './callbacks.actions';
import { callbacksFeature } from './callbacks.feature';
import { resolveDue } from './due-time';
import { staffList } from './staff-list';
import { DueFields, dueForm } from './ui/due-fields';
import { CALLBACK_TEXT_MAX_LENGTH } from './ui/text-limits';

/** Typing pauses this long before the case lookup runs. */
export const CASE_LOOKUP_DEBOUNCE_MS = 300;

/** The case field holds the text typed until a case is picked from the list. */
function caseChosen(control: AbstractControl): ValidationErrors | null {
  const value: unknown = control.value;
  return typeof value === 'object' && value !== null
    ? null
    : { caseRequired: true };
}

/** Who calls back: me, the team's queue, or a colleague picked by name. */
export type ScheduleAssignee = 'me' | 'team' | 'colleague';

/**
 * Schedules a call-back: find the case (alias, case number or phone), when, why, and
 * whose. It stays open until the API accepts it; the API's field errors land on the fields.
 */
@Component({
  selector: 'cb-schedule-dialog',
  imports: [
    ReactiveFormsModule,
    MatAutocompleteModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    MatSelectModule,
    DueFields,
    RoleLabelPipe,
  ],
  templateUrl: './schedule-dialog.html',
  styleUrl: './schedule-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ScheduleDialog {
  private readonly store = inject(Store);
  private readonly casesApi = inject(CasesApi);
  private readonly clock = inject(CLOCK);
  private readonly dialogRef =
    inject<MatDialogRef<ScheduleDialog, boolean>>(MatDialogRef);

  private readonly user = this.store.selectSignal(authFeature.selectUser);
  private readonly schedule = this.store.selectSignal(
    callbacksFeature.selectSchedule,
  );
  protected readonly saving = computed(
    () => this.schedule().status === 'saving',
  );
  protected readonly formError = signal<string | null>(null);
  protected readonly submitted = signal(false);
  protected readonly maxLength = CALLBACK_TEXT_MAX_LENGTH;

  protected readonly form = new FormGroup({
    caseId: new FormControl<CaseSummary | string>('', {
      nonNullable: true,
      validators: [caseChosen],
    }),
    dueAt: dueForm('in-2-hours'),
    reason: new FormControl('', {
      nonNullable: true,
      validators: [
        Validators.required,
        Validators.maxLength(CALLBACK_TEXT_MAX_LENGTH),
      ],
    }),
    assignedToId: new FormControl<ScheduleAssignee>('me', {
      nonNullable: true,
    }),
    /** Enabled (and required) only while "A colleague" is chosen. */
    colleagueId: new FormControl<string | null>(
      { value: null, disabled: true },
      { validators: [Validators.required] },
    ),
  });

  private readonly staff = staffList();
  /** Active counselors and supervisors other than me: "Me" covers me. */
  protected readonly colleagues = computed(() =>
    assignableStaff(this.staff().staff ?? [], [this.user()?.id ?? null]),
  );
  protected readonly colleagueHint = computed(() => {
    if (this.staff().staff === null) {
      return 'Loading the staff list…';
    }
    return this.colleagues().length
      ? 'Type the first letters of a name to jump to it'
      : 'No other active counselor or supervisor';
  });
  protected readonly staffError = computed(() => this.staff().error);
  private readonly assignee = toSignal(
    this.form.controls.assignedToId.valueChanges,
    {
      initialValue: this.form.controls.assignedToId.value,
    },
  );
  protected readonly pickColleague = computed(
    () => this.assignee() === 'colleague',
  );

  /** Cases matching what is typed; null before a lookup, or when it failed (see lookupError). */
  private readonly lookup = toSignal(
    this.form.controls.caseId.valueChanges.pipe(
      debounceTime(CASE_LOOKUP_DEBOUNCE_MS),
      map((value) => (typeof value === 'string' ? value.trim() : '')),
      switchMap((text) =>
        text.length < 2
          ? of({ cases: [] as CaseSummary[], error: null })
          : this.casesApi
              .search(
                toCaseSearchQuery({
                  text,
                  status: 'all',
                  pageIndex: 0,
                  pageSize: 8,
                }),
              )
              .pipe(
                map((page) => ({ cases: page.items, error: null })),
                catchError((error: unknown) =>
                  of({
                    cases: [] as CaseSummary[],
                    error: toApiError(error).message,
                  }),
                ),
              ),
      ),
    ),
    {
      initialValue: {
        cases: [] as CaseSummary[],
        error: null as string | null,
      },
    },
  );
  protected readonly matches = computed(() => this.lookup().cases);
  protected readonly lookupError = computed(() => this.lookup().error);

  constructor() {
    this.store.dispatch(ScheduleDialogActions.opened());
    effect(() => {
      const { status, error } = this.schedule();
      if (status === 'saved') {
        this.dialogRef.close(true);
      } else if (status === 'failed' && error) {
        this.formError.set(applyApiErrors(this.form, error));
      }
    });
    this.form.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.formError.set(null));
    this.form.controls.assignedToId.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe((assignee) => {
        const colleague = this.form.controls.colleagueId;
        if (assignee === 'colleague') {
          colleague.enable({ emitEvent: false });
        } else {
          colleague.disable({ emitEvent: false });
        }
      });
  }

  protected displayCase(value: CaseSummary | string | null): string {
    if (!value) {
      return '';
    }
    return typeof value === 'string'
      ? value
      : `${value.caseNumber} · ${value.alias}`;
  }

  protected serverError(path: string): string | null {
    return serverError(this.form.get(path));
  }

  protected chosenCase(): CaseSummary | null {
    const value = this.form.controls.caseId.value;
    return typeof value === 'object' ? value : null;
  }

  protected submit(): void {
    this.submitted.set(true);
    const chosen = this.chosenCase();
    const { dueAt, reason, assignedToId, colleagueId } =
      this.form.getRawValue();
    const due = resolveDue(
      dueAt.choice,
      dueAt.custom,
      new Date(this.clock.now()),
    );
    if (this.form.invalid || !chosen || !due || this.saving()) {
      this.form.markAllAsTouched();
      return;
    }
    const assignTo = {
      me: this.user()?.id ?? null,
      team: null,
      colleague: colleagueId,
    }[assignedToId];
    this.store.dispatch(
      ScheduleDialogActions.submitted({
        request: {
          caseId: chosen.id,
          dueAt: due,
          reason: reason.trim(),
          assignedToId: assignTo,
        },
      }),
    );
  }
}
