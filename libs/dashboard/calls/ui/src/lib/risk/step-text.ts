import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import { stepParts, type StepWithLine } from '@casebook/shared/domain';
import { formatPhone } from '@casebook/dashboard/shared/ui';
import { NATIONAL_LINES } from './national-lines-source';

/**
 * One emergency step's words. A step that names a national line shows the directory
 * entry's name and number in bold ("988 Suicide & Crisis Lifeline at 988"), so an admin's edit reaches the panels; when the entry
 * is retired, missing or not read yet, the step's stored text, never nothing.
 */
@Component({
  selector: 'cb-step-text',
  // Whitespace-only nodes between the parts are dropped by the compiler: the words
  // carry their own spaces.
  template: `
    @for (part of parts(); track $index) {
      @if (part.kind === 'line') {
        <strong class="line"
          >{{ part.name }} at {{ formatPhone(part.phone) }}</strong
        >
      } @else {
        <span>{{ part.text }}</span>
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StepText {
  private readonly lines = inject(NATIONAL_LINES, { optional: true });

  readonly step = input.required<StepWithLine>();

  protected readonly formatPhone = formatPhone;
  protected readonly parts = computed(() =>
    stepParts(this.step(), this.lines?.entries() ?? []),
  );
}
