import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  input,
  output,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  type AbstractControl,
  type ValidationErrors,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import type { ErrorStateMatcher } from '@angular/material/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import type {
  ApiError,
  AuditAction,
  StaffMember,
} from '@casebook/shared/contracts';
import { ROLE_LABELS } from '@casebook/dashboard/shared/ui';
import {
  isFiltered,
  isId,
  parseCaseNumber,
  type AuditFilter,
} from '../audit-filter';
import { AUDIT_ACTION_GROUPS, AUDIT_ACTION_LABELS } from '../audit-labels';
import type { CaseLookupStatus } from '../audit.feature';
import { shortId } from '../audit-target';

/** A case number to look up before `filter` can be shown. */
export interface CaseNumberApplied {
  caseNumber: string;
  filter: AuditFilter;
}

/** The "to" day may not come before the "from" day. */
function daysInOrder(group: AbstractControl): ValidationErrors | null {
  const { from, to } = group.value as { from?: string; to?: string };
  return from && to && to < from ? { daysOutOfOrder: true } : null;
}

/**
 * The trail's filters. Nothing is asked of the server until they are applied (a button
 * or Enter): every read of the trail is itself recorded in it, so the trail is not read
 * on each keystroke. A case can be given by number or id; a number is looked up first.
 */
@Component({
  selector: 'cb-audit-filters',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
  ],
  templateUrl: './audit-filters.html',
  styleUrl: './audit-filters.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditFilters {
  /** The filter applied now (from the URL). */
  readonly filter = input.required<AuditFilter>();
  /** Everyone who has an account, deactivated ones too. */
  readonly staff = input<readonly StaffMember[]>([]);
  readonly staffError = input<ApiError | null>(null);
  /** Case numbers known by case id, to show "C-1042" rather than an id. */
  readonly caseNumbers = input<Readonly<Record<string, string>>>({});
  /** Admins may not search cases: for them the case filter takes an id only. */
  readonly canSearchCases = input(true);
  readonly caseLookup = input<{
    status: CaseLookupStatus;
    error: ApiError | null;
  }>({ status: 'idle', error: null });

  /** A filter to show (from page 1). */
  readonly applied = output<AuditFilter>();
  /** A case number to look up, then show. */
  readonly caseNumberApplied = output<CaseNumberApplied>();
  readonly cleared = output<void>();

  protected readonly form = new FormGroup(
    {
      userId: new FormControl<string | null>(null),
      caseText: new FormControl('', { nonNullable: true }),
      action: new FormControl<AuditAction | null>(null),
      from: new FormControl('', { nonNullable: true }),
      to: new FormControl('', { nonNullable: true }),
    },
    { validators: daysInOrder },
  );

  private readonly userId = toSignal(this.form.controls.userId.valueChanges, {
    initialValue: null,
  });

  /** The to-day field shows the form's day-order error as its own, as soon as it arises. */
  protected readonly dayOrder: ErrorStateMatcher = {
    isErrorState: (control) =>
      Boolean(control?.parent?.hasError('daysOutOfOrder')),
  };

  protected readonly actionGroups = AUDIT_ACTION_GROUPS;
  protected readonly actionLabels = AUDIT_ACTION_LABELS;
  protected readonly filtered = computed(() => isFiltered(this.filter()));

  /** The user filter's choices: the staff list, plus a user named by a link but not in it. */
  protected readonly userOptions = computed(() => {
    const options = this.staff().map((member) => ({
      id: member.id,
      label: `${member.displayName} (${ROLE_LABELS[member.role]}${member.active ? '' : ', deactivated'})`,
    }));
    const userId = this.filter().userId;
    if (userId && !options.some((option) => option.id === userId)) {
      options.push({ id: userId, label: `User ${shortId(userId)}` });
    }
    return options;
  });

  /** The chosen user by name alone: the role and status are in the list, not the field. */
  protected readonly selectedUserName = computed(() => {
    const userId = this.userId();
    const member = this.staff().find((one) => one.id === userId);
    return member
      ? `${member.displayName}${member.active ? '' : ' (deactivated)'}`
      : (this.userOptions().find((option) => option.id === userId)?.label ??
          'Anyone');
  });

  constructor() {
    // The URL is the source of truth: a link, the back button or an applied filter land here.
    effect(() => {
      const filter = this.filter();
      const caseNumbers = this.caseNumbers();
      this.form.reset({
        userId: filter.userId,
        caseText: filter.caseId
          ? (caseNumbers[filter.caseId] ?? filter.caseId)
          : '',
        action: filter.action,
        from: filter.from ?? '',
        to: filter.to ?? '',
      });
    });
    // A case number the server does not know is an error on the field, like any other.
    effect(() => {
      const { status } = this.caseLookup();
      const control = this.form.controls.caseText;
      if (status === 'not-found' || status === 'failed') {
        control.setErrors({
          [status === 'not-found' ? 'notFound' : 'lookupFailed']: true,
        });
        control.markAsTouched();
      }
    });
  }

  protected submit(): void {
    const caseControl = this.form.controls.caseText;
    const caseText = caseControl.value.trim();
    const caseNumber = parseCaseNumber(caseText);
    if (caseText && !isId(caseText) && !(caseNumber && this.canSearchCases())) {
      caseControl.setErrors({ caseFormat: true });
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { userId, action, from, to } = this.form.getRawValue();
    const filter: AuditFilter = {
      ...this.filter(),
      userId,
      action,
      from: from || null,
      to: to || null,
      caseId: null,
      pageIndex: 0,
    };
    if (!caseText) {
      this.applied.emit(filter);
    } else if (isId(caseText)) {
      this.applied.emit({ ...filter, caseId: caseText });
    } else if (caseNumber) {
      const known = Object.entries(this.caseNumbers()).find(
        ([, number]) => number === caseNumber,
      );
      if (known) {
        this.applied.emit({ ...filter, caseId: known[0] });
      } else {
        this.caseNumberApplied.emit({ caseNumber, filter });
      }
    }
  }

  protected caseError(): string {
    const errors = this.form.controls.caseText.errors ?? {};
    if (errors['notFound']) {
      return `No case has the number ${this.form.controls.caseText.value.trim().toUpperCase()}.`;
    }
    if (errors['lookupFailed']) {
      return `Could not look the case up. ${this.caseLookup().error?.message ?? ''}`.trim();
    }
    return this.canSearchCases()
      ? 'Enter a case number (C-1042) or a case id.'
      : 'Enter a case id: administrators cannot search cases by number.';
  }
}
