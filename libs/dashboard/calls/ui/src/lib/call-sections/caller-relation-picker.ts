import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import {
  CALLER_RELATIONS,
  type CallerRelation,
} from '@casebook/shared/contracts';
import { CALLER_RELATION_LABELS } from '../labels';

/**
 * "Who is calling": one radio group (Tab in, arrow keys choose), Self by default. Anyone
 * but Self is reporting on someone else, and the self-report instruments say so (ADR 30).
 */
@Component({
  selector: 'cb-caller-relation-picker',
  imports: [MatButtonToggleModule],
  template: `
    <span class="label" id="cb-caller-relation-label">Who is calling</span>
    <mat-button-toggle-group
      aria-labelledby="cb-caller-relation-label"
      hideSingleSelectionIndicator
      [value]="relation()"
      [disabled]="disabled()"
      (change)="relationChange.emit($event.value)"
    >
      @for (option of relations; track option) {
        <mat-button-toggle [value]="option">{{
          labels[option]
        }}</mat-button-toggle>
      }
    </mat-button-toggle-group>
  `,
  styles: `
    :host {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
      margin: 0 0 0.75rem;
    }
    .label {
      font: var(--mat-sys-label-large);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CallerRelationPicker {
  readonly relation = input.required<CallerRelation>();
  readonly disabled = input(false);
  readonly relationChange = output<CallerRelation>();

  protected readonly relations = CALLER_RELATIONS;
  protected readonly labels = CALLER_RELATION_LABELS;
}
