import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import {
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogModule,
  MatDialogRef,
} from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import {
  CALLBACK_ATTEMPT_RESULTS,
  type Callback,
  type CallbackAttemptResult,
} from '@casebook/shared/contracts';
import { ATTEMPT_RESULT_LABELS } from '../callback-labels';
import { CALLBACK_TEXT_MAX_LENGTH } from './text-limits';

/** What the counselor logged; the dialog closes with it, or with nothing when cancelled. */
export interface LoggedAttempt {
  result: CallbackAttemptResult;
  note: string | null;
}

/** Logs one try at a call-back. "Reached" closes the call-back as done. */
@Component({
  selector: 'cb-log-attempt-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
  ],
  template: `
    <h2 mat-dialog-title>Log attempt · {{ data.caseNumber }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()">
      <mat-dialog-content>
        <p class="who">{{ data.caseAlias }} — {{ data.reason }}</p>
        <fieldset>
          <legend id="attempt-result-label">Result</legend>
          <mat-radio-group
            formControlName="result"
            class="results"
            aria-labelledby="attempt-result-label"
          >
            @for (result of results; track result) {
              <mat-radio-button [value]="result">{{
                labels[result]
              }}</mat-radio-button>
            }
          </mat-radio-group>
        </fieldset>
        @if (form.controls.result.value === 'reached') {
          <p class="hint">Reached closes this call-back as done.</p>
        } @else {
          <p class="hint">The call-back stays open in the queue.</p>
        }
        <mat-form-field appearance="outline" class="note">
          <mat-label>Note (optional)</mat-label>
          <textarea
            matInput
            formControlName="note"
            rows="3"
            [attr.maxlength]="maxLength"
          ></textarea>
          <mat-hint align="end"
            >{{ form.controls.note.value.length }} / {{ maxLength }}</mat-hint
          >
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit">Log attempt</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    fieldset {
      border: 0;
      margin: 0;
      padding: 0;
    }
    legend {
      font: var(--mat-sys-title-small);
      padding: 0;
    }
    .results {
      display: flex;
      flex-direction: column;
    }
    .who {
      margin-top: 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .hint {
      margin: 0.25rem 0 1rem;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .note {
      width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LogAttemptDialog {
  protected readonly data = inject<Callback>(MAT_DIALOG_DATA);
  private readonly dialogRef =
    inject<MatDialogRef<LogAttemptDialog, LoggedAttempt>>(MatDialogRef);

  protected readonly results = CALLBACK_ATTEMPT_RESULTS;
  protected readonly labels = ATTEMPT_RESULT_LABELS;
  protected readonly maxLength = CALLBACK_TEXT_MAX_LENGTH;
  protected readonly form = new FormGroup({
    result: new FormControl<CallbackAttemptResult>('no-answer', {
      nonNullable: true,
    }),
    note: new FormControl('', {
      nonNullable: true,
      validators: [Validators.maxLength(CALLBACK_TEXT_MAX_LENGTH)],
    }),
  });

  protected submit(): void {
    if (this.form.invalid) {
      return;
    }
    const { result, note } = this.form.getRawValue();
    this.dialogRef.close({ result, note: note.trim() || null });
  }
}
