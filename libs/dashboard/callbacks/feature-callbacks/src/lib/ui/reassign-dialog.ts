import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
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
import { MatSelectModule } from '@angular/material/select';
import type { Callback } from '@casebook/shared/contracts';
import { assignableStaff } from '@casebook/dashboard/shared/data-access';
import { RoleLabelPipe } from '@casebook/dashboard/shared/ui';
import { staffList } from '../staff-list';

/** What the reassign dialog is opened with. */
export interface ReassignDialogData {
  callback: Callback;
  /** The signed-in user, named "(you)" in the list. */
  userId: string | null;
}

/** The dialog closes with the new assignee (null: the team), or with nothing when cancelled. */
export interface Reassignment {
  assignedToId: string | null;
}

/** The team's queue in the picker; account ids are UUIDs, so this never names a person. */
const TEAM = 'team';

/**
 * Hands an open call-back to a named colleague (an active counselor or supervisor), or
 * back to the team. The picker takes focus; typing a name's first letters jumps to it.
 */
@Component({
  selector: 'cb-reassign-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatSelectModule,
    RoleLabelPipe,
  ],
  template: `
    <h2 mat-dialog-title>Reassign · {{ data.callback.caseNumber }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()">
      <mat-dialog-content>
        <p class="who">
          {{ data.callback.caseAlias }} — {{ data.callback.reason }}
        </p>
        <p class="who">Now with: {{ current }}</p>
        <mat-form-field appearance="outline" class="picker">
          <mat-label>Assign to</mat-label>
          <mat-select formControlName="choice" panelClass="cb-colleague-panel">
            @if (data.callback.assignedToId !== null) {
              <mat-option [value]="team"
                >The team (anyone may take it)</mat-option
              >
            }
            @for (member of colleagues(); track member.id) {
              <mat-option [value]="member.id">
                {{ member.displayName
                }}{{ member.id === data.userId ? ' (you)' : '' }}
                <span class="role">· {{ member.role | roleLabel }}</span>
              </mat-option>
            }
          </mat-select>
          <mat-hint>{{ hint() }}</mat-hint>
          <mat-error>Pick who calls back.</mat-error>
        </mat-form-field>
        @if (staff().error; as message) {
          <p class="error" role="alert">
            Could not load the staff list. {{ message }}
          </p>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit">Reassign</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .who {
      margin-top: 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .picker {
      width: 100%;
    }
    .role {
      color: var(--mat-sys-on-surface-variant);
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReassignDialog {
  protected readonly data = inject<ReassignDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef =
    inject<MatDialogRef<ReassignDialog, Reassignment>>(MatDialogRef);

  protected readonly team = TEAM;
  protected readonly form = new FormGroup({
    choice: new FormControl<string | null>(null, Validators.required),
  });
  protected readonly staff = staffList();
  /** Everyone who may take it but its current assignee. */
  protected readonly colleagues = computed(() =>
    assignableStaff(this.staff().staff ?? [], [
      this.data.callback.assignedToId,
    ]),
  );
  protected readonly hint = computed(() =>
    this.staff().staff === null
      ? 'Loading the staff list…'
      : 'Type the first letters of a name to jump to it',
  );
  protected readonly current =
    this.data.callback.assignedToId === null
      ? 'the team'
      : this.data.callback.assignedToId === this.data.userId
        ? 'you'
        : (this.data.callback.assignedToName ?? 'someone');

  protected submit(): void {
    const choice = this.form.controls.choice.value;
    if (!choice) {
      this.form.markAllAsTouched();
      return;
    }
    this.dialogRef.close({ assignedToId: choice === TEAM ? null : choice });
  }
}
