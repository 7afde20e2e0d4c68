import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ADDENDUM_MAX_LENGTH } from '@casebook/shared/domain';

/** "Add addendum": a dated note the server signs with the current user. */
@Component({
  selector: 'cb-addendum-form',
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule],
  template: `
    <form
      novalidate
      (submit)="$event.preventDefault(); submitText()"
      aria-labelledby="cb-addendum-title"
    >
      <h2 id="cb-addendum-title">Add addendum</h2>
      <p class="hint">
        Dated and signed with your name when saved. The call itself stays as
        finalized.
      </p>
      <mat-form-field appearance="outline" class="text">
        <mat-label>Addendum</mat-label>
        <textarea
          matInput
          rows="4"
          [attr.maxlength]="max"
          [value]="text()"
          (input)="textChange.emit($any($event.target).value)"
        ></textarea>
        <mat-hint align="end">{{ text().length }} / {{ max }}</mat-hint>
      </mat-form-field>
      @if (error(); as message) {
        <p class="error" role="alert">Not added: {{ message }}</p>
      }
      <div class="actions">
        <button
          mat-flat-button
          type="submit"
          [disabled]="saving() || !text().trim()"
        >
          {{ saving() ? 'Adding…' : 'Add addendum' }}
        </button>
      </div>
    </form>
  `,
  styles: `
    h2 {
      margin: 0;
      font: var(--mat-sys-title-medium);
    }
    .hint {
      margin: 0.25rem 0 0.5rem;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .text {
      width: 100%;
    }
    .error {
      color: var(--mat-sys-error);
    }
    .actions {
      display: flex;
      justify-content: flex-end;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AddendumForm {
  readonly text = input('');
  readonly saving = input(false);
  readonly error = input<string | null>(null);

  readonly textChange = output<string>();
  readonly submitted = output<string>();

  protected readonly max = ADDENDUM_MAX_LENGTH;

  protected submitText(): void {
    const text = this.text().trim();
    if (text && !this.saving()) {
      this.submitted.emit(text);
    }
  }
}
