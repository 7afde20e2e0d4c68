import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { Store } from '@ngrx/store';
import {
  CallPageActions,
  MyDraftsPageActions,
} from '@casebook/dashboard/calls/data-access';
import { shortDateTime } from '@casebook/dashboard/calls/ui';
import {
  DiscardDraftDialog,
  type DiscardDraftDialogData,
} from '@casebook/dashboard/calls/ui/dialogs';

/** Where the button sits: the discard is reported from there (ADR 32). */
export type DiscardPlace = 'call-page' | 'my-drafts';

/**
 * "Discard draft": asks first (focus on "Keep draft"), then sets the draft aside. While the
 * dialog is open it owns the keys: the call page's shortcuts stand aside for any dialog.
 */
@Component({
  selector: 'cb-discard-draft-button',
  imports: [MatButtonModule],
  template: `
    <button
      mat-stroked-button
      type="button"
      class="discard"
      [attr.aria-label]="ariaLabel()"
      (click)="confirm()"
    >
      Discard draft
    </button>
  `,
  styles: `
    .discard {
      --mat-button-outlined-label-text-color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DiscardDraftButton {
  private readonly dialog = inject(MatDialog);
  private readonly store = inject(Store);

  /** The draft to discard. */
  readonly callId = input.required<string>();
  /** When the call started (ISO), named in the question. */
  readonly startedAt = input.required<string>();
  /** The page the button is on. */
  readonly place = input.required<DiscardPlace>();
  /** A longer accessible name where several buttons share a page. */
  readonly ariaLabel = input<string | null>(null);

  protected confirm(): void {
    if (this.dialog.openDialogs.length > 0) {
      return;
    }
    const id = this.callId();
    this.dialog
      .open<DiscardDraftDialog, DiscardDraftDialogData, boolean>(
        DiscardDraftDialog,
        {
          data: { startedText: shortDateTime(this.startedAt()) },
          width: 'min(32rem, calc(100vw - 2rem))',
          role: 'alertdialog',
        },
      )
      .afterClosed()
      .subscribe((discard) => {
        if (discard) {
          this.store.dispatch(
            this.place() === 'call-page'
              ? CallPageActions.discardConfirmed({ id })
              : MyDraftsPageActions.discardConfirmed({ id }),
          );
        }
      });
  }
}
