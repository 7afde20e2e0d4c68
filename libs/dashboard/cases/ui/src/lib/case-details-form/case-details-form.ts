import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterNextRender,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
  viewChild,
  type OnInit,
} from '@angular/core';
import {
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
  type AbstractControl,
  type ValidatorFn,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  CASE_STATUSES,
  SUBSTANCES,
  type ApiError,
  type CaseRecord,
  type CaseStatus,
  type Substance,
  type UpdateCaseRequest,
} from '@casebook/shared/contracts';
import {
  CALLER_ALERT_MAX_LENGTH,
  CASE_ALIAS_MAX_LENGTH,
  CLOCK_SKEW_TOLERANCE_MINUTES,
  PHONE_INPUT_MAX_LENGTH,
  normalizePhone,
} from '@casebook/shared/domain';
import {
  applyApiErrors,
  formatPhone,
  serverError,
} from '@casebook/dashboard/shared/ui';
import { CASE_STATUS_LABELS, PRIMARY_SUBSTANCE_LABELS } from '../labels';
import { fromLocalInputValue, toLocalInputValue } from '../format';

/** What an edit changes; the page adds the `version` it builds on. */
export type CaseChanges = Omit<UpdateCaseRequest, 'version'>;

const notBlank: ValidatorFn = (control) =>
  typeof control.value === 'string' &&
  control.value.length > 0 &&
  control.value.trim() === ''
    ? { blank: true }
    : null;

const phoneNumber: ValidatorFn = (control) =>
  typeof control.value === 'string' &&
  control.value.trim() !== '' &&
  !normalizePhone(control.value).ok
    ? { phone: true }
    : null;

/** A last use later than now (beyond clock drift) is a typo: refuse it here, as the API does. */
const notInFuture: ValidatorFn = (control) => {
  const iso =
    typeof control.value === 'string'
      ? fromLocalInputValue(control.value)
      : null;
  return iso &&
    Date.parse(iso) > Date.now() + CLOCK_SKEW_TOLERANCE_MINUTES * 60_000
    ? { future: true }
    : null;
};

/**
 * The editable details of a case. Starts from the case it is given and emits only the
 * fields changed from it (null clears a field), so a save never sends back values
 * someone else may have changed meanwhile. The API's field errors land on the fields.
 */
@Component({
  selector: 'cb-case-details-form',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
  ],
  templateUrl: './case-details-form.html',
  styleUrl: './case-details-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CaseDetailsForm implements OnInit {
  private readonly formBuilder = inject(NonNullableFormBuilder);

  /** The case the edit starts from; read once, when the form opens. */
  readonly record = input.required<CaseRecord>();
  readonly saving = input(false);
  /** The latest save's failure: field errors go on the fields, the rest above them. */
  readonly error = input<ApiError | null>(null);
  /** True while a conflict waits for a choice: the form shows what was typed but takes no edits. */
  readonly locked = input(false);

  readonly save = output<CaseChanges>();
  readonly cancelEdit = output<void>();

  protected readonly statuses = CASE_STATUSES;
  protected readonly statusLabels = CASE_STATUS_LABELS;
  protected readonly substances = SUBSTANCES;
  protected readonly substanceLabels = PRIMARY_SUBSTANCE_LABELS;
  protected readonly aliasMax = CASE_ALIAS_MAX_LENGTH;
  protected readonly alertMax = CALLER_ALERT_MAX_LENGTH;
  protected readonly phoneMax = PHONE_INPUT_MAX_LENGTH;
  protected readonly message = signal<string | null>(null);

  protected readonly form = this.formBuilder.group({
    alias: [
      '',
      [
        Validators.required,
        notBlank,
        Validators.maxLength(CASE_ALIAS_MAX_LENGTH),
      ],
    ],
    phone: ['', [Validators.maxLength(PHONE_INPUT_MAX_LENGTH), phoneNumber]],
    primarySubstance: this.formBuilder.control<Substance | null>(null),
    coUsedSubstances: this.formBuilder.control<Substance[]>([]),
    pregnant: this.formBuilder.control(false),
    lastUseAt: ['', [notInFuture]],
    alert: ['', [Validators.maxLength(CALLER_ALERT_MAX_LENGTH)]],
    status: this.formBuilder.control<CaseStatus>('open'),
  });

  private initial: CaseRecord | null = null;
  private readonly aliasInput =
    viewChild<ElementRef<HTMLInputElement>>('aliasInput');

  constructor() {
    // The form opens on a click of "Edit details": take the keyboard to its first field.
    afterNextRender(() => this.aliasInput()?.nativeElement.focus());
    effect(() => {
      const error = this.error();
      untracked(() =>
        this.message.set(error ? applyApiErrors(this.form, error) : null),
      );
    });
    effect(() => {
      if (this.locked()) {
        this.form.disable({ emitEvent: false });
      } else {
        this.form.enable({ emitEvent: false });
      }
    });
  }

  ngOnInit(): void {
    const record = this.record();
    this.initial = record;
    this.form.reset({
      alias: record.alias,
      phone: formatPhone(record.phone),
      primarySubstance: record.primarySubstance,
      coUsedSubstances: [...record.coUsedSubstances],
      pregnant: record.pregnant,
      lastUseAt: toLocalInputValue(record.lastUseAt),
      alert: record.alert ?? '',
      status: record.status,
    });
  }

  /** The one message a field shows under it. */
  protected fieldError(control: AbstractControl, what: string): string {
    const errors = control.errors ?? {};
    const fromServer = serverError(control);
    if (fromServer) {
      return fromServer;
    }
    if (errors['required'] || errors['blank']) {
      return `Enter ${what}.`;
    }
    if (errors['maxlength']) {
      return `Use at most ${(errors['maxlength'] as { requiredLength: number }).requiredLength} characters.`;
    }
    if (errors['phone']) {
      return 'This is not a phone number. Include the area code.';
    }
    if (errors['future']) {
      return 'Last use cannot be in the future.';
    }
    return 'Check this value.';
  }

  protected submit(): void {
    if (this.saving() || this.locked()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const changes = this.changes();
    if (Object.keys(changes).length === 0) {
      this.cancelEdit.emit();
      return;
    }
    this.message.set(null);
    this.save.emit(changes);
  }

  /** The fields that differ from the case the edit started from, as the API takes them. */
  private changes(): CaseChanges {
    const initial = this.initial;
    if (!initial) {
      return {};
    }
    const value = this.form.getRawValue();
    const changes: CaseChanges = {};
    const alias = value.alias.trim();
    if (alias !== initial.alias) {
      changes.alias = alias;
    }
    const typedPhone = value.phone.trim();
    const normalized = typedPhone ? normalizePhone(typedPhone) : null;
    const phone = normalized?.ok ? normalized.e164 : null;
    if (phone !== initial.phone) {
      changes.phone = phone;
    }
    if (value.coUsedSubstances.join() !== initial.coUsedSubstances.join()) {
      changes.coUsedSubstances = value.coUsedSubstances;
    }
    if (value.pregnant !== initial.pregnant) {
      changes.pregnant = value.pregnant;
    }
    if (value.primarySubstance !== initial.primarySubstance) {
      changes.primarySubstance = value.primarySubstance;
    }
    const lastUseAt = fromLocalInputValue(value.lastUseAt);
    // Compared by the minute the field shows, so an untouched field is no change.
    if (value.lastUseAt !== toLocalInputValue(initial.lastUseAt)) {
      changes.lastUseAt = lastUseAt;
    }
    const alert = value.alert.trim() || null;
    if (alert !== initial.alert) {
      changes.alert = alert;
    }
    if (value.status !== initial.status) {
      changes.status = value.status;
    }
    return changes;
  }
}
