import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import {
  CallPageActions,
  FinalCallActions,
  recordLinksFeature,
  selectCurrentCall,
} from '@casebook/dashboard/calls/data-access';
import { authFeature } from '@casebook/dashboard/auth/data-access';
import { AddendumForm, CallRecordView } from '@casebook/dashboard/calls/ui';

/**
 * A finalized call: read-only, with its addenda and the form for a new one. If words typed
 * on this device never reached the server before the call became final, they are shown
 * for copying into an addendum until the counselor discards them.
 */
@Component({
  selector: 'cb-final-call-panel',
  imports: [
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    AddendumForm,
    CallRecordView,
  ],
  template: `
    @if (call(); as call) {
      <section class="final" aria-labelledby="cb-call-title">
        <header class="final-header">
          <h1 id="cb-call-title">
            {{ title() }} <span class="final-chip">Final</span>
          </h1>
          <a mat-button routerLink="/calls/drafts">My drafts</a>
          <a mat-flat-button routerLink="/calls/new"
            ><mat-icon svgIcon="call" aria-hidden="true" />New call</a
          >
        </header>
        @if (strandedNotes() !== null) {
          <div class="stranded" role="alert">
            <p>
              <strong>Not saved: {{ call.saveError?.message }}</strong>
            </p>
            <mat-form-field appearance="outline" class="wide">
              <mat-label>Your notes as they are on this device</mat-label>
              <textarea
                matInput
                readonly
                rows="4"
                [value]="strandedNotes()"
              ></textarea>
            </mat-form-field>
            <button mat-stroked-button type="button" (click)="discard(call.id)">
              Discard this device's copy
            </button>
          </div>
        }
        @if (call.record; as record) {
          <cb-call-record-view
            [record]="record"
            [callbacks]="links().callbacks"
            [resources]="links().resources"
            [linksError]="links().error?.message ?? null"
            [userId]="user()?.id ?? null"
          />
        }
        <cb-addendum-form
          [text]="call.addendumText"
          [saving]="call.addendumStatus === 'saving'"
          [error]="
            call.addendumStatus === 'failed'
              ? (call.addendumError?.message ?? null)
              : null
          "
          (textChange)="addendumChanged(call.id, $event)"
          (submitted)="addAddendum(call.id, $event)"
        />
      </section>
    }
  `,
  styles: `
    .final-header {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
      margin-bottom: 1rem;
    }
    h1 {
      flex: 1;
      margin: 0;
      font: var(--mat-sys-headline-small);
    }
    .final-chip {
      padding: 0.125rem 0.5rem;
      border: 1px solid var(--mat-sys-outline);
      border-radius: var(--mat-sys-corner-full);
      font: var(--mat-sys-label-large);
      vertical-align: middle;
    }
    .stranded {
      margin-bottom: 1rem;
      padding: 0.75rem;
      border: 2px solid var(--mat-sys-error);
      border-radius: var(--mat-sys-corner-small);
    }
    .wide {
      width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FinalCallPanel {
  private readonly store = inject(Store);

  protected readonly call = this.store.selectSignal(selectCurrentCall);
  protected readonly user = this.store.selectSignal(authFeature.selectUser);
  private readonly recordLinks = this.store.selectSignal(
    recordLinksFeature.selectRecordLinksState,
  );
  /** The entries and call-backs of the call on screen, not of one seen before. */
  protected readonly links = computed(() => {
    const links = this.recordLinks();
    return links.callId === this.call()?.id
      ? links
      : { callbacks: null, resources: [], error: null };
  });
  protected readonly title = computed(() => {
    const record = this.call()?.record;
    return record?.caseNumber
      ? `Call · ${record.caseAlias} (${record.caseNumber})`
      : 'Call · anonymous caller';
  });
  protected readonly strandedNotes = computed(() => {
    const call = this.call();
    return call && call.revision > call.savedRevision
      ? call.content.notes
      : null;
  });

  protected addendumChanged(id: string, text: string): void {
    this.store.dispatch(FinalCallActions.addendumTextChanged({ id, text }));
  }

  protected addAddendum(id: string, text: string): void {
    this.store.dispatch(FinalCallActions.addendumSubmitted({ id, text }));
  }

  protected discard(id: string): void {
    this.store.dispatch(CallPageActions.localCopyDiscarded({ id }));
  }
}
