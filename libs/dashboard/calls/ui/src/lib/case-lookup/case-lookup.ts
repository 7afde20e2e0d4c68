import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  effect,
  inject,
  input,
  linkedSignal,
  output,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import {
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
  type AbstractControl,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  SUBSTANCES,
  type ApiError,
  type CaseSummary,
  type CreateCaseRequest,
  type Substance,
} from '@casebook/shared/contracts';
import {
  CALLER_ALERT_MAX_LENGTH,
  CASE_ALIAS_MAX_LENGTH,
  LOOKUP_QUERY_MAX_LENGTH,
  PHONE_INPUT_MAX_LENGTH,
  looksLikePhoneNumber,
} from '@casebook/shared/domain';
import {
  SeverityBadge,
  applyApiErrors,
  formatPhone,
  serverError,
} from '@casebook/dashboard/shared/ui';
import { SUBSTANCE_LABELS } from '../labels';
import { timeAgo } from '../time-text';
import { hoursText, withdrawalEstimate } from '../withdrawal-estimate';

/** One entry of the lookup's list: a matching case, or one of the two ways on. */
interface LookupOption {
  kind: 'case' | 'create' | 'anonymous';
  match: CaseSummary | null;
}

let nextId = 0;

/**
 * A quick check only (digits and phone punctuation, 7–18 digits): the server normalizes
 * the number and names the field if it is not one. `normalizePhone` is not used here on
 * purpose: it would pull libphonenumber's metadata (~120 kB) into the dashboard, and —
 * because the shared domain barrel is reachable from the first download — into the
 * initial bundle.
 */
function phoneValidator(control: AbstractControl<string>) {
  const value = control.value.trim();
  return value && !looksLikePhoneNumber(value) ? { phone: true } : null;
}

/**
 * The one field a new call starts in: finds the caller's case by phone number, alias or
 * case number as the counselor types, and shows each match's caller alert, last call,
 * last severity and withdrawal phase. Arrow keys move through the list, Enter picks;
 * the list ends with "Create case" (inline form) and "Anonymous — link later".
 * ARIA 1.2 combobox: focus stays in the field, the active option is announced.
 */
@Component({
  selector: 'cb-case-lookup',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    SeverityBadge,
  ],
  templateUrl: './case-lookup.html',
  styleUrl: './case-lookup.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CaseLookup {
  private readonly formBuilder = inject(NonNullableFormBuilder);
  private readonly field =
    viewChild.required<ElementRef<HTMLInputElement>>('lookupInput');
  private readonly aliasField =
    viewChild<ElementRef<HTMLInputElement>>('aliasInput');

  /** The text last sent for searching (kept in the store, so it survives leaving the page). */
  readonly query = input('');
  /** Matches for `query`, as the server ordered them. */
  readonly results = input<readonly CaseSummary[]>([]);
  /** How many cases matched in all; more than `results` when the list is cut short. */
  readonly total = input(0);
  readonly loading = input(false);
  /** Why the search failed, to show in place of the list. */
  readonly error = input<string | null>(null);
  /** The clock, for "last call 3 days ago" and the withdrawal phase. */
  readonly now = input.required<number>();
  readonly createStatus = input<'idle' | 'saving' | 'failed'>('idle');
  readonly createError = input<ApiError | null>(null);
  /** The case linked before "Change case", offered to keep. */
  readonly current = input<{ alias: string; caseNumber: string } | null>(null);

  /** The text changed; the container searches (debounced). */
  readonly queryChange = output<string>();
  readonly pick = output<CaseSummary>();
  readonly anonymous = output<void>();
  readonly createOpened = output<void>();
  readonly createCase = output<CreateCaseRequest>();
  readonly keepCurrent = output<void>();

  protected readonly uid = `cb-lookup-${nextId++}`;
  protected readonly text = linkedSignal(() => this.query());
  protected readonly activeIndex = signal(-1);
  protected readonly creating = signal(false);
  protected readonly substances = SUBSTANCES;
  protected readonly substanceLabels = SUBSTANCE_LABELS;
  /** Numbers as they are read aloud: "(617) 555-0160". */
  protected readonly formatPhone = formatPhone;
  protected readonly limits = {
    query: LOOKUP_QUERY_MAX_LENGTH,
    alias: CASE_ALIAS_MAX_LENGTH,
    phone: PHONE_INPUT_MAX_LENGTH,
    alert: CALLER_ALERT_MAX_LENGTH,
  };

  protected readonly options = computed<LookupOption[]>(() => [
    ...this.results().map((match) => ({ kind: 'case' as const, match })),
    { kind: 'create', match: null },
    { kind: 'anonymous', match: null },
  ]);
  protected readonly activeId = computed(() =>
    this.activeIndex() >= 0 ? `${this.uid}-option-${this.activeIndex()}` : null,
  );
  protected readonly searchingBy = computed(() =>
    looksLikePhoneNumber(this.text()) ? 'phone number' : 'alias or case number',
  );
  /** What the polite status region says about the list. */
  protected readonly statusText = computed(() => {
    if (!this.text().trim()) {
      return '';
    }
    if (this.loading()) {
      return `Searching by ${this.searchingBy()}…`;
    }
    if (this.error()) {
      return '';
    }
    const count = this.results().length;
    const more =
      this.total() > count
        ? ` (showing ${count} of ${this.total()}: type more to narrow)`
        : '';
    return count === 0
      ? 'No case matches.'
      : `${count === 1 ? '1 case matches' : `${count} cases match`}${more}.`;
  });

  protected readonly form = this.formBuilder.group({
    alias: [
      '',
      [Validators.required, Validators.maxLength(CASE_ALIAS_MAX_LENGTH)],
    ],
    phone: ['', [Validators.maxLength(PHONE_INPUT_MAX_LENGTH), phoneValidator]],
    alert: ['', [Validators.maxLength(CALLER_ALERT_MAX_LENGTH)]],
    primarySubstance: ['' as Substance | ''],
  });
  protected readonly formMessage = signal<string | null>(null);

  constructor() {
    // A refusal from the server lands on the field it names.
    effect(() => {
      const error = this.createError();
      if (error && this.createStatus() === 'failed') {
        untracked(() => this.formMessage.set(applyApiErrors(this.form, error)));
      }
    });
  }

  /** Puts the cursor in the lookup field (Alt+L). */
  focus(): void {
    if (this.creating()) {
      this.aliasField()?.nativeElement.focus();
    } else {
      this.field().nativeElement.focus();
    }
  }

  protected onInput(value: string): void {
    this.text.set(value);
    this.activeIndex.set(-1);
    this.queryChange.emit(value);
  }

  protected onKeydown(event: KeyboardEvent): void {
    const count = this.options().length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        this.activeIndex.update((index) => (index + 1) % count);
        break;
      case 'ArrowUp':
        event.preventDefault();
        this.activeIndex.update((index) =>
          index <= 0 ? count - 1 : index - 1,
        );
        break;
      case 'Enter': {
        const option = this.options()[this.activeIndex()];
        if (option) {
          event.preventDefault();
          this.choose(option);
        }
        break;
      }
      case 'Escape':
        if (this.activeIndex() >= 0) {
          this.activeIndex.set(-1);
        } else if (this.text()) {
          this.onInput('');
        } else if (this.current()) {
          this.keepCurrent.emit();
        } else {
          return;
        }
        event.preventDefault();
        event.stopPropagation();
        break;
    }
  }

  protected choose(option: LookupOption): void {
    if (option.match) {
      this.pick.emit(option.match);
    } else if (option.kind === 'anonymous') {
      this.anonymous.emit();
    } else {
      this.openCreate();
    }
  }

  protected lastCallText(match: CaseSummary): string {
    return match.lastCallAt
      ? `Last call ${timeAgo(match.lastCallAt, this.now())}`
      : 'No calls yet';
  }

  protected phaseText(match: CaseSummary): string {
    const estimate = withdrawalEstimate(
      match.primarySubstance,
      match.lastUseAt,
      this.now(),
    );
    switch (estimate.kind) {
      case 'no-last-use':
        return 'Last use not recorded';
      case 'invalid':
        return 'Last use time unclear';
      case 'not-short-acting':
        return `${estimate.substanceLabel}, last use ${hoursText(estimate.hours)} ago: ${estimate.note.title}`;
      case 'phase':
        return `${estimate.phase.label} (${hoursText(estimate.hours)} since last use${estimate.substanceKnown ? '' : ', substance unknown'})`;
    }
  }

  protected openCreate(): void {
    const typed = this.text().trim();
    const phoneLike = looksLikePhoneNumber(typed);
    this.form.reset({
      alias: phoneLike ? '' : typed,
      phone: phoneLike ? typed : '',
      alert: '',
      primarySubstance: '',
    });
    this.formMessage.set(null);
    this.creating.set(true);
    this.createOpened.emit();
    setTimeout(() => this.aliasField()?.nativeElement.focus());
  }

  protected closeCreate(): void {
    this.creating.set(false);
    setTimeout(() => this.field().nativeElement.focus());
  }

  protected onFormKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      this.closeCreate();
    }
  }

  protected submitCreate(): void {
    if (this.createStatus() === 'saving') {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { alias, phone, alert, primarySubstance } = this.form.getRawValue();
    this.createCase.emit({
      alias: alias.trim(),
      ...(phone.trim() ? { phone: phone.trim() } : {}),
      ...(alert.trim() ? { alert: alert.trim() } : {}),
      ...(primarySubstance ? { primarySubstance } : {}),
    });
  }

  protected fieldError(name: 'alias' | 'phone' | 'alert'): string | null {
    const control = this.form.controls[name];
    const errors = control.errors;
    if (!errors) {
      return null;
    }
    const fromServer = serverError(control);
    if (fromServer) {
      return fromServer;
    }
    if (errors['required']) {
      return 'Enter an alias: a first name, a nickname or a description.';
    }
    if (errors['phone']) {
      return 'Not a phone number. Include the area code.';
    }
    if (errors['maxlength']) {
      return `Use at most ${(errors['maxlength'] as { requiredLength: number }).requiredLength} characters.`;
    }
    return 'Check this value.';
  }
}
