import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogModule,
  MatDialogRef,
} from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatRadioModule } from '@angular/material/radio';
import type { CallbackAttemptResult } from '@casebook/shared/contracts';
import {
  saveStatusIcon,
  saveStatusText,
  type SaveStatusKind,
} from '../save-status';

/** What the finalize dialog says. */
export interface FinalizeDialogData {
  /** What is missing or worth a second look; none of it blocks finalizing. */
  warnings: string[];
  /** The call was started from a call-back: ask what came of it. */
  askCallbackResult?: boolean;
  /** The same save state the header shows (one selector feeds both). */
  saveState?: {
    status: SaveStatusKind;
    errorMessage: string | null;
    willRetry: boolean;
    onServer: boolean;
  };
}

/** "Finalize call" was chosen; `callbackResult` only when it was asked. */
export interface FinalizeDialogResult {
  callbackResult: CallbackAttemptResult | null;
}

/** How the attempt results are named in the dialog. */
export const CALLBACK_RESULT_LABELS: Readonly<
  Record<CallbackAttemptResult, string>
> = {
  reached: 'Reached',
  'no-answer': 'No answer',
  'left-no-message': 'Left no message',
};

/**
 * Asks before finalizing and lists what is missing as warnings, not as a block: a
 * counselor whose caller hung up must still be able to close the record. Closes with a
 * `FinalizeDialogResult` to finalize (with the call-back's result when asked); focus starts on "Keep editing".
 */
@Component({
  selector: 'cb-finalize-dialog',
  imports: [MatDialogModule, MatButtonModule, MatIconModule, MatRadioModule],
  template: `
    <h2 mat-dialog-title>Finalize this call?</h2>
    <mat-dialog-content>
      <p>
        A finalized call is read-only. Corrections and later information go in a
        dated addendum.
      </p>
      @if (data.saveState; as save) {
        <p
          class="save-state"
          [class.unsaved]="!save.onServer"
          [attr.data-status]="save.status"
        >
          <mat-icon [svgIcon]="saveIcon()" aria-hidden="true" />
          <span
            ><strong>{{ saveText() }}</strong>
            @if (!save.onServer) {
              — this draft has not all reached the server. Finalizing sends it
              first and cannot finish until the server has it; nothing is lost
              meanwhile.
            }
          </span>
        </p>
      }
      @if (data.warnings.length > 0) {
        <p class="check">
          <strong>Check before you finalize</strong> (you can still finalize):
        </p>
        <ul class="warnings">
          @for (warning of data.warnings; track warning) {
            <li>
              <mat-icon svgIcon="warning" aria-hidden="true" />{{ warning }}
            </li>
          }
        </ul>
      } @else {
        <p>Everything the call screen asks for is filled in.</p>
      }
      @if (data.askCallbackResult) {
        <mat-radio-group
          class="callback-result"
          aria-labelledby="cb-callback-result-label"
          [value]="callbackResult()"
          (change)="callbackResult.set($event.value)"
        >
          <span id="cb-callback-result-label" class="label"
            >This call was a call-back. Result:</span
          >
          @for (result of results; track result) {
            <mat-radio-button [value]="result">{{
              resultLabels[result]
            }}</mat-radio-button>
          }
        </mat-radio-group>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button
        mat-button
        type="button"
        [mat-dialog-close]="false"
        cdkFocusInitial
      >
        Keep editing
      </button>
      <button mat-flat-button type="button" [mat-dialog-close]="result()">
        Finalize call
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .warnings {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .warnings li {
      display: flex;
      gap: 0.5rem;
      align-items: flex-start;
      margin: 0.25rem 0;
    }
    .save-state {
      display: flex;
      gap: 0.5rem;
      align-items: flex-start;
    }
    .save-state mat-icon {
      flex: none;
    }
    .save-state.unsaved {
      padding: 0.5rem;
      border-left: 4px solid #a85400;
      background: #fde9d6;
      color: #4a2400;
    }
    .callback-result {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem;
      margin-top: 0.5rem;
    }
    .callback-result .label {
      font: var(--mat-sys-label-large);
    }
    .warnings mat-icon {
      flex: none;
      width: 1.25rem;
      height: 1.25rem;
      color: #a85400;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(keydown.control.enter)': 'finalizeByKey($event)' },
})
export class FinalizeDialog {
  protected readonly data = inject<FinalizeDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef =
    inject<MatDialogRef<FinalizeDialog, FinalizeDialogResult>>(MatDialogRef);
  protected readonly results = [
    'reached',
    'no-answer',
    'left-no-message',
  ] as const satisfies readonly CallbackAttemptResult[];
  protected readonly resultLabels = CALLBACK_RESULT_LABELS;
  protected readonly callbackResult = signal<CallbackAttemptResult>('reached');
  protected readonly saveText = computed(() => {
    const save = this.data.saveState;
    return save
      ? saveStatusText(save.status, save.errorMessage, save.willRetry)
      : '';
  });
  protected readonly saveIcon = computed(() =>
    saveStatusIcon(this.data.saveState?.status ?? 'idle'),
  );
  protected readonly result = computed<FinalizeDialogResult>(() => ({
    callbackResult: this.data.askCallbackResult ? this.callbackResult() : null,
  }));

  /**
   * Ctrl+Enter again finalizes: the chord that asked is the chord that confirms (ADR 33).
   * A plain Enter stays on "Keep editing", where the focus starts.
   */
  protected finalizeByKey(event: Event): void {
    event.preventDefault();
    this.dialogRef.close(this.result());
  }
}
