import {
  ChangeDetectionStrategy,
  Component,
  input,
  model,
} from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import type { StaffMember } from '@casebook/shared/contracts';

/** Who a call-back goes to: the counselor scheduling it, the team's queue, or a named colleague. */
export type CallbackAssignee = 'me' | 'team' | 'colleague';

/** The colleagues the panel offers, and why there are none yet. */
export interface CallbackColleagues {
  members: readonly StaffMember[];
  loading: boolean;
  error: string | null;
}

/**
 * "Assign to" in the call-back panel: Me, Team or Colleague, and for Colleague the list
 * of names. Keys are left to the panel, which reads them as they bubble up from here.
 */
@Component({
  selector: 'cb-callback-assignee-picker',
  imports: [MatFormFieldModule, MatRadioModule, MatSelectModule],
  template: `
    <mat-radio-group
      class="assignee"
      aria-label="Assign to"
      [value]="assignee()"
      (change)="assignee.set($event.value)"
    >
      <span class="group-label" aria-hidden="true">Assign to</span>
      <mat-radio-button value="me">Me</mat-radio-button>
      <mat-radio-button value="team">Team</mat-radio-button>
      <mat-radio-button value="colleague">Colleague</mat-radio-button>
    </mat-radio-group>
    @if (assignee() === 'colleague') {
      <mat-form-field
        appearance="outline"
        class="colleague"
        subscriptSizing="dynamic"
      >
        <mat-label>Colleague</mat-label>
        <mat-select
          [value]="colleagueId()"
          (valueChange)="colleagueId.set($event)"
        >
          @for (member of colleagues().members; track member.id) {
            <mat-option [value]="member.id">{{
              member.displayName
            }}</mat-option>
          }
        </mat-select>
        @if (missing()) {
          <mat-hint class="field-error" role="alert"
            >Pick a colleague first.</mat-hint
          >
        } @else if (colleagues().loading) {
          <mat-hint>Loading the staff list…</mat-hint>
        }
      </mat-form-field>
      @if (colleagues().error; as message) {
        <p class="field-error" role="alert">
          Could not load the staff list. {{ message }}
        </p>
      }
    }
  `,
  styles: `
    /* Laid out as if its parts stood in the panel's form column themselves. */
    :host {
      display: flex;
      flex-direction: column;
      gap: 0.5rem;
    }
    p {
      margin: 0.5rem 0;
    }
    .colleague {
      width: min(100%, 32rem);
    }
    .assignee {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem;
    }
    .group-label {
      font: var(--mat-sys-label-large);
      margin-right: 0.25rem;
    }
    .field-error {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CallbackAssigneePicker {
  /** Who is chosen; "me" until the counselor picks another. */
  readonly assignee = model<CallbackAssignee>('me');
  /** The colleague picked from the list, when "Colleague" is chosen. */
  readonly colleagueId = model<string | null>(null);
  /** Active counselors and supervisors other than the user. */
  readonly colleagues = input.required<CallbackColleagues>();
  /** Scheduling was tried with "Colleague" and nobody picked. */
  readonly missing = input(false);
}
