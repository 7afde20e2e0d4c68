import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
} from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogModule,
  MatDialogRef,
} from '@angular/material/dialog';
import { CLOCK } from '@casebook/dashboard/shared/data-access';
import type { Callback } from '@casebook/shared/contracts';
import { resolveDue } from '../due-time';
import { DueFields, dueForm } from './due-fields';

/** Moves a call-back to a new due time; closes with its UTC ISO time. */
@Component({
  selector: 'cb-reschedule-dialog',
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, DueFields],
  template: `
    <h2 mat-dialog-title>Reschedule · {{ data.caseNumber }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()">
      <mat-dialog-content>
        <p class="who">{{ data.caseAlias }} — {{ data.reason }}</p>
        <cb-due-fields
          [form]="form"
          legend="New due time"
          [submitted]="submitted()"
        />
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit">Reschedule</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .who {
      margin-top: 0;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RescheduleDialog {
  protected readonly data = inject<Callback>(MAT_DIALOG_DATA);
  private readonly dialogRef =
    inject<MatDialogRef<RescheduleDialog, string>>(MatDialogRef);
  private readonly clock = inject(CLOCK);

  protected readonly form = dueForm('in-2-hours');
  protected readonly submitted = signal(false);

  protected submit(): void {
    this.submitted.set(true);
    const { choice, custom } = this.form.getRawValue();
    const dueAt = resolveDue(choice, custom, new Date(this.clock.now()));
    if (dueAt) {
      this.dialogRef.close(dueAt);
    }
  }
}
