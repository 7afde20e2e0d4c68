import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterNextRender,
  computed,
  input,
  output,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { CaseRecord } from '@casebook/shared/contracts';
import { CASE_FIELD_LABELS, caseFieldText } from './case-field-value';

/** One changed field, as `conflictRows` of the data-access lib describes it. */
export interface ConflictRowInput {
  field: keyof typeof CASE_FIELD_LABELS;
  before: CaseRecord[keyof typeof CASE_FIELD_LABELS];
  theirs: CaseRecord[keyof typeof CASE_FIELD_LABELS];
  yours: CaseRecord[keyof typeof CASE_FIELD_LABELS];
  theirsChanged: boolean;
  yoursChanged: boolean;
  clash: boolean;
}

/**
 * After a 409: says that someone else saved the case since it was opened, shows field
 * by field what they saved and what this edit would set, and offers the two ways on.
 * Announced at once (role="alert"); nothing is lost until a choice is made.
 */
@Component({
  selector: 'cb-case-conflict-view',
  imports: [MatButtonModule],
  templateUrl: './case-conflict-view.html',
  styleUrl: './case-conflict-view.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CaseConflictView {
  /** The fields either side changed, in form order. */
  readonly rows = input.required<readonly ConflictRowInput[]>();
  /** The case as it now stands, for who-saved-when. */
  readonly current = input.required<CaseRecord>();
  readonly saving = input(false);

  /** Drop this edit and keep the case as they left it. */
  readonly useTheirs = output<void>();
  /** Send this edit again on top of their version. */
  readonly reapplyMine = output<void>();

  protected readonly lines = computed(() =>
    this.rows().map((row) => ({
      ...row,
      label: CASE_FIELD_LABELS[row.field],
      theirsText: caseFieldText(row.field, row.theirs),
      yoursText: caseFieldText(row.field, row.yours),
      beforeText: caseFieldText(row.field, row.before),
    })),
  );
  protected readonly clashes = computed(
    () => this.rows().filter((row) => row.clash).length,
  );

  private readonly heading =
    viewChild.required<ElementRef<HTMLElement>>('heading');

  constructor() {
    // The Save button that had focus is gone: bring the keyboard to the explanation.
    afterNextRender(() => this.heading().nativeElement.focus());
  }
}
