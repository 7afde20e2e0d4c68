import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import {
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  type AbstractControl,
  type ValidationErrors,
  type ValidatorFn,
} from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import {
  DUE_CHOICE_LABELS,
  fromLocalInputValue,
  type DueChoice,
} from '../due-time';

/** The due-time part of a form: a quick choice, or a custom local date and time. */
export type DueForm = FormGroup<{
  choice: FormControl<DueChoice>;
  custom: FormControl<string>;
}>;

/** A custom choice needs a readable time. */
const customNeedsTime: ValidatorFn = (
  group: AbstractControl,
): ValidationErrors | null => {
  const { choice, custom } = group.value as {
    choice?: DueChoice;
    custom?: string;
  };
  return choice === 'custom' && !fromLocalInputValue(custom ?? '')
    ? { customTime: true }
    : null;
};

/** A new due-time form, on "in 2 hours" unless told otherwise. */
export function dueForm(choice: DueChoice = 'in-2-hours'): DueForm {
  return new FormGroup(
    {
      choice: new FormControl<DueChoice>(choice, { nonNullable: true }),
      custom: new FormControl('', { nonNullable: true }),
    },
    { validators: customNeedsTime },
  );
}

/** The quick choices for a due time, and a date-time field for a custom one. */
@Component({
  selector: 'cb-due-fields',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
  ],
  template: `
    <fieldset class="due" [formGroup]="form()">
      <legend>{{ legend() }}</legend>
      <mat-radio-group
        formControlName="choice"
        class="choices"
        [attr.aria-label]="legend()"
      >
        @for (choice of choices; track choice) {
          <mat-radio-button [value]="choice">{{
            labels[choice]
          }}</mat-radio-button>
        }
      </mat-radio-group>
      @if (isCustom()) {
        <mat-form-field
          appearance="outline"
          class="custom"
          subscriptSizing="dynamic"
        >
          <mat-label>Date and time (your local time)</mat-label>
          <input matInput type="datetime-local" formControlName="custom" />
        </mat-form-field>
      }
      @if (showError()) {
        <p class="error" role="alert">
          {{ error() ?? 'Pick a date and time.' }}
        </p>
      }
    </fieldset>
  `,
  styles: `
    .due {
      border: 0;
      margin: 0 0 1rem;
      padding: 0;
    }
    legend {
      font: var(--mat-sys-title-small);
      margin-bottom: 0.25rem;
      padding: 0;
    }
    .choices {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
    }
    .custom {
      width: 100%;
      margin-top: 0.5rem;
    }
    .error {
      margin: 0.25rem 0 0;
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-small);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DueFields {
  /** The group from `dueForm()`. */
  readonly form = input.required<DueForm>();
  readonly legend = input('Due');
  /** A message from the server about the due time, shown under the choices. */
  readonly error = input<string | null>(null);
  /** Show "pick a date and time" once the form was submitted. */
  readonly submitted = input(false);

  protected readonly choices: readonly DueChoice[] = [
    'in-2-hours',
    'tomorrow-9',
    'custom',
  ];
  protected readonly labels = DUE_CHOICE_LABELS;
  // Re-read on each check: a radio click marks this view for checking.
  protected isCustom(): boolean {
    return this.form().controls.choice.value === 'custom';
  }

  protected showError(): boolean {
    return (
      this.error() !== null ||
      (this.submitted() && this.form().hasError('customTime'))
    );
  }
}
