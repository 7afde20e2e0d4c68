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
import { Store } from '@ngrx/store';
import type { CaseSummary } from '@casebook/shared/contracts';
import { authFeature } from '@casebook/dashboard/auth/data-access';
import { CasesApi, toCaseSearchQuery } from '@casebook/dashboard/cases/data-access';
import { CLOCK, toApiError } from '@casebook/dashboard/shared/data-access';
import { applyApiErrors, serverError } from '@casebook/dashboard/shared/ui';
import { catchError, debounceTime, map, of, switchMap } from 'rxjs';
import { ScheduleDialogActions } from './callbacks.actions';
import { callbacksFeature } from './callbacks.feature';
import { resolveDue } from './due-time';
import { DueFields, dueForm } from './ui/due-fields';
import { CALLBACK_TEXT_MAX_LENGTH } from './ui/text-limits';

/** Typing pauses this long before the case lookup runs. */
export const CASE_LOOKUP_DEBOUNCE_MS = 300;

/** The case field holds the text typed until a case is picked from the list. */
function caseChosen(control: AbstractControl): ValidationErrors | null {
  const value: unknown = control.value;
  return typeof value === 'object' && value !== null ? null : { caseRequired: true };
}

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
    DueFields,
  ],
  templateUrl: './schedule-dialog.html',
  styleUrl: './schedule-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ScheduleDialog {
  private readonly store = inject(Store);
  private readonly casesApi = inject(CasesApi);
  private readonly clock = inject(CLOCK);
  private readonly dialogRef = inject<MatDialogRef<ScheduleDialog, boolean>>(MatDialogRef);

  private readonly user = this.store.selectSignal(authFeature.selectUser);
  private readonly schedule = this.store.selectSignal(callbacksFeature.selectSchedule);
  protected readonly saving = computed(() => this.schedule().status === 'saving');
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
      validators: [Validators.required, Validators.maxLength(CALLBACK_TEXT_MAX_LENGTH)],
    }),
    assignedToId: new FormControl<'me' | 'team'>('me', { nonNullable: true }),
  });

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
                toCaseSearchQuery({ text, status: 'all', pageIndex: 0, pageSize: 8 }),
              )
              .pipe(
                map((page) => ({ cases: page.items, error: null })),
                catchError((error: unknown) =>
                  of({ cases: [] as CaseSummary[], error: toApiError(error).message }),
                ),
              ),
      ),
    ),
    { initialValue: { cases: [] as CaseSummary[], error: null as string | null } },
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
  }

  protected displayCase(value: CaseSummary | string | null): string {
    if (!value) {
      return '';
    }
    return typeof value === 'string' ? value : `${value.caseNumber} · ${value.alias}`;
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
    const { dueAt, reason, assignedToId } = this.form.getRawValue();
    const due = resolveDue(dueAt.choice, dueAt.custom, new Date(this.clock.now()));
    if (this.form.invalid || !chosen || !due || this.saving()) {
      this.form.markAllAsTouched();
      return;
    }
    const me = this.user()?.id ?? null;
    this.store.dispatch(
      ScheduleDialogActions.submitted({
        request: {
          caseId: chosen.id,
          dueAt: due,
          reason: reason.trim(),
          assignedToId: assignedToId === 'me' ? me : null,
        },
      }),
    );
  }
}
