import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
  viewChild,
} from '@angular/core';
import {
  MatChipListbox,
  MatChipsModule,
  type MatChipListboxChange,
} from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import {
  SYMPTOM_CATALOGUE,
  SYMPTOM_FREE_TEXT_MAX_LENGTH,
} from '@casebook/shared/domain';

/**
 * Catalogue symptoms as chips (arrow keys move, Space or Enter toggles) and free text for
 * anything the catalogue lacks. A chosen symptom with a note (cravings outlast the acute
 * week; withdrawal takes appetite away) shows the note.
 */
@Component({
  selector: 'cb-symptom-picker',
  imports: [MatChipsModule, MatFormFieldModule, MatInputModule],
  template: `
    <mat-chip-listbox
      multiple
      aria-label="Symptoms the caller reports"
      [disabled]="disabled()"
      (change)="onChange($event)"
    >
      @for (symptom of catalogue; track symptom.id) {
        <mat-chip-option
          [value]="symptom.id"
          [selected]="selected().has(symptom.id)"
          >{{ symptom.label }}</mat-chip-option
        >
      }
    </mat-chip-listbox>
    @if (notes().length > 0) {
      <ul class="notes">
        @for (note of notes(); track note.id) {
          <li>
            <strong>{{ note.label }}:</strong> {{ note.note }}
          </li>
        }
      </ul>
    }
    <mat-form-field
      appearance="outline"
      class="free-text"
      subscriptSizing="dynamic"
    >
      <mat-label>Other symptoms (free text)</mat-label>
      <textarea
        matInput
        rows="2"
        [attr.maxlength]="freeTextMax"
        [disabled]="disabled()"
        [value]="freeText()"
        (input)="freeTextChange.emit($any($event.target).value)"
      ></textarea>
    </mat-form-field>
  `,
  styles: `
    :host {
      display: block;
    }
    mat-chip-listbox {
      --mat-chip-container-height: 1.875rem;
    }
    .notes {
      margin: 0.5rem 0;
      padding-left: 1.25rem;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .free-text {
      width: 100%;
      margin-top: 0.75rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SymptomPicker {
  readonly symptomIds = input<readonly string[]>([]);
  readonly freeText = input('');
  readonly disabled = input(false);

  readonly symptomIdsChange = output<string[]>();
  readonly freeTextChange = output<string>();

  private readonly listbox = viewChild.required(MatChipListbox);

  protected readonly catalogue = SYMPTOM_CATALOGUE;
  protected readonly freeTextMax = SYMPTOM_FREE_TEXT_MAX_LENGTH;
  protected readonly selected = computed(() => new Set(this.symptomIds()));
  protected readonly notes = computed(() =>
    SYMPTOM_CATALOGUE.filter(
      (symptom) => symptom.note && this.selected().has(symptom.id),
    ),
  );

  /** Focuses the chips (Alt+Y). */
  focus(): void {
    this.listbox().focus();
  }

  protected onChange(change: MatChipListboxChange): void {
    const value = (change.value ?? []) as string[];
    // Catalogue order, whatever order they were picked in.
    this.symptomIdsChange.emit(
      SYMPTOM_CATALOGUE.map((s) => s.id).filter((id) => value.includes(id)),
    );
  }
}
