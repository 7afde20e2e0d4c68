import { formatDate } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  LOCALE_ID,
  computed,
  inject,
  input,
} from '@angular/core';
import type {
  InstrumentDefinition,
  SymptomHistoryPoint,
} from '@casebook/shared/contracts';
import { bandOf } from './symptom-points';

/** Shade steps: 0 for a score of 0, up to 4 for the item's highest score. */
export type HeatLevel = 0 | 1 | 2 | 3 | 4;

/**
 * The shade of a score, relative to the item's own maximum: COWS items run 0–4 or 0–5,
 * so "3" is not equally bad on every row. Null for an unanswered item.
 */
export function heatLevel(
  score: number | null | undefined,
  max: number,
): HeatLevel | null {
  if (score === null || score === undefined) {
    return null;
  }
  if (score <= 0 || max <= 0) {
    return 0;
  }
  return Math.min(4, Math.max(1, Math.ceil((score / max) * 4))) as HeatLevel;
}

/**
 * Item-by-item scores as a table: a row per instrument item, a column per assessment
 * (oldest first), each cell shaded by the score and always printing the number, so the
 * shade is never the only carrier. Unanswered items print "–" and say so to screen readers.
 */
@Component({
  selector: 'cb-symptom-heatmap',
  templateUrl: './symptom-heatmap.html',
  styleUrl: './symptom-heatmap.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SymptomHeatmap {
  private readonly locale = inject(LOCALE_ID);

  readonly instrument = input.required<InstrumentDefinition>();
  /** This instrument's assessments. */
  readonly points = input.required<readonly SymptomHistoryPoint[]>();

  protected readonly columns = computed(() => {
    const instrument = this.instrument();
    return [...this.points()]
      .sort((a, b) => Date.parse(a.recordedAt) - Date.parse(b.recordedAt))
      .map((point) => ({
        id: point.assessmentId,
        date: formatDate(point.recordedAt, 'MMM d', this.locale),
        time: formatDate(point.recordedAt, 'HH:mm', this.locale),
        total:
          point.total === null
            ? 'partial'
            : `${point.total} ${bandOf(instrument, point)?.label ?? ''}`.trim(),
        point,
      }));
  });

  protected readonly rows = computed(() => {
    const columns = this.columns();
    return this.instrument().items.map((item) => ({
      id: item.id,
      label: item.label,
      max: item.max,
      cells: columns.map((column) => {
        const score = column.point.answers[item.id];
        return {
          id: column.id,
          score: score ?? null,
          level: heatLevel(score, item.max),
        };
      }),
    }));
  });

  protected readonly legend: readonly HeatLevel[] = [0, 1, 2, 3, 4];
  protected readonly legendLabels: Readonly<Record<HeatLevel, string>> = {
    0: '0',
    1: '≤25%',
    2: '≤50%',
    3: '≤75%',
    4: '>75%',
  };
}
