import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import type {
  EmergencyDisclosure,
  FieldError,
} from '@casebook/shared/contracts';
import {
  DISCLOSURE_NATURE_MAX_LENGTH,
  DISCLOSURE_RECIPIENT_MAX_LENGTH,
  emergencyDisclosureProblems,
} from '@casebook/shared/domain';
import {
  fromLocalInputValue,
  shortDateTime,
  toLocalInputValue,
} from '../time-text';

/** The fields of the disclosure form the counselor types. */
export type DisclosureField = Exclude<
  keyof EmergencyDisclosure,
  'disclosedByUserId'
>;

/**
 * The record of an emergency disclosure (42 CFR § 2.51: who, to whom, when, why), checked
 * with `emergencyDisclosureProblems` before it becomes part of the call. Shown by the
 * imminent-risk panel and by the overdose guide: either emergency may need one.
 */
@Component({
  selector: 'cb-emergency-disclosure-form',
  imports: [MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule],
  templateUrl: './emergency-disclosure-form.html',
  styleUrl: './emergency-disclosure-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EmergencyDisclosureForm {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  /** The form as typed so far (kept on the device by the container), or null before it is opened. */
  readonly draft = input<EmergencyDisclosure | null>(null);
  /** The disclosure already recorded in the call, if any. */
  readonly recorded = input<EmergencyDisclosure | null>(null);
  /** Who discloses by default: the signed-in user. */
  readonly userId = input.required<string>();
  readonly userName = input.required<string>();
  readonly now = input.required<number>();
  readonly disabled = input(false);

  /** The form was opened: its starting values (who: the current user; when: now). */
  readonly draftChange = output<EmergencyDisclosure>();
  /** One field typed; the container applies it to the latest form. */
  readonly fieldChange = output<{ field: DisclosureField; value: string }>();
  /** A disclosure that passed the shared checks. */
  readonly record = output<EmergencyDisclosure>();

  protected readonly limits = {
    recipient: DISCLOSURE_RECIPIENT_MAX_LENGTH,
    nature: DISCLOSURE_NATURE_MAX_LENGTH,
  };
  protected readonly problems = signal<FieldError[]>([]);
  protected readonly formOpen = signal(false);
  protected readonly showForm = computed(
    () => this.formOpen() || (this.draft() !== null && !this.isRecorded()),
  );
  protected readonly isRecorded = computed(() => {
    const recorded = this.recorded();
    const draft = this.draft();
    return (
      recorded !== null &&
      (draft === null || JSON.stringify(recorded) === JSON.stringify(draft))
    );
  });
  protected readonly whenValue = computed(() =>
    toLocalInputValue(this.draft()?.disclosedAt ?? null),
  );
  protected readonly shortDateTime = shortDateTime;

  protected openForm(): void {
    this.formOpen.set(true);
    if (!this.draft()) {
      this.draftChange.emit(
        this.recorded() ?? {
          disclosedByUserId: this.userId(),
          recipientName: '',
          recipientAffiliation: '',
          disclosedAt: new Date(this.now()).toISOString(),
          natureOfEmergency: '',
        },
      );
    }
  }

  protected value(field: DisclosureField): string {
    return this.draft()?.[field] ?? '';
  }

  protected update(field: DisclosureField, value: string): void {
    const current = this.draft();
    if (!current) {
      return;
    }
    const next =
      field === 'disclosedAt' ? (fromLocalInputValue(value) ?? '') : value;
    this.fieldChange.emit({ field, value: next });
    if (this.problems().length) {
      this.problems.set(this.check({ ...current, [field]: next }));
    }
  }

  protected problemFor(field: DisclosureField): string | null {
    return (
      this.problems().find((problem) => problem.field === field)?.message ??
      null
    );
  }

  protected submit(): void {
    const draft = this.draft();
    if (!draft) {
      return;
    }
    const cleaned: EmergencyDisclosure = {
      ...draft,
      recipientName: draft.recipientName.trim(),
      recipientAffiliation: draft.recipientAffiliation.trim(),
      natureOfEmergency: draft.natureOfEmergency.trim(),
    };
    const problems = this.check(cleaned);
    this.problems.set(problems);
    if (problems.length === 0) {
      this.record.emit(cleaned);
      this.formOpen.set(false);
      return;
    }
    // The first field to fix gets focus; its hint (now the problem) is read with it.
    afterNextRender(
      () =>
        this.host.nativeElement
          .querySelector<HTMLElement>('[aria-invalid="true"]')
          ?.focus(),
      {
        injector: this.injector,
      },
    );
  }

  private check(draft: EmergencyDisclosure): FieldError[] {
    return emergencyDisclosureProblems(draft, new Date(this.now()));
  }
}
