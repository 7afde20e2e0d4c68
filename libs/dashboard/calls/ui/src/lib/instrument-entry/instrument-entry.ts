import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { MatRadioModule } from '@angular/material/radio';
import type {
  InstrumentDefinition,
  InstrumentItem,
} from '@casebook/shared/contracts';

/** One answer given (or cleared, with `score: null`). */
export interface ItemAnswer {
  itemId: string;
  score: number | null;
}

let nextId = 0;

/**
 * Keyboard entry of a withdrawal instrument (SOWS; COWS with a clinician present). The
 * current item is highlighted; a digit answers it with that score (only the scores the
 * item allows) and moves to the next; ↑/↓ move between items, Backspace goes back,
 * Delete clears, ← → change the score within an item, Esc leaves the scale. Each item is
 * a radio group, so a screen reader hears the item and its answer. Under the items, the
 * line saying whose wording they are (ADR 27).
 */
@Component({
  selector: 'cb-instrument-entry',
  imports: [MatRadioModule],
  templateUrl: './instrument-entry.html',
  styleUrl: './instrument-entry.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[class.compact]': 'sharedAnchors() !== null' },
})
export class InstrumentEntry {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** The instrument's definition (items, allowed scores), from `@casebook/shared/domain`. */
  readonly instrument = input.required<InstrumentDefinition>();
  /** Answers so far by item id; missing or null means unanswered. */
  readonly answers = input.required<Readonly<Record<string, number | null>>>();
  readonly disabled = input(false);

  /** The counselor answered or cleared an item. */
  readonly answer = output<ItemAnswer>();
  /** Esc: the counselor left the scale; the container moves focus on. */
  readonly leave = output<void>();

  protected readonly uid = `cb-instrument-${nextId++}`;
  /** The item with focus, or the one focus goes to next. */
  protected readonly current = signal(0);
  /** A digit the current item does not allow, explained in the polite region. */
  protected readonly notice = signal('');

  /** SOWS: every item has the same 0–4 anchors, shown once above the items. */
  protected readonly sharedAnchors = computed(() => {
    const [first, ...rest] = this.instrument().items;
    const key = (item: InstrumentItem) =>
      item.anchors.map((a) => `${a.score}:${a.label}`).join('|');
    return first && rest.every((item) => key(item) === key(first))
      ? first.anchors
      : null;
  });
  protected readonly answeredCount = computed(
    () =>
      this.instrument().items.filter((item) => this.scoreOf(item) !== null)
        .length,
  );

  /** Focuses the current item (Alt+S); starts at the first unanswered one. */
  focusCurrent(): void {
    const items = this.instrument().items;
    const firstOpen = items.findIndex((item) => this.scoreOf(item) === null);
    const index =
      this.current() > 0 || firstOpen < 0 ? this.current() : firstOpen;
    this.focusItem(index);
  }

  protected scoreOf(item: InstrumentItem): number | null {
    const value = this.answers()[item.id];
    return typeof value === 'number' ? value : null;
  }

  protected anchorText(item: InstrumentItem, score: number | null): string {
    return item.anchors.find((anchor) => anchor.score === score)?.label ?? '';
  }

  protected onFocusIn(index: number): void {
    this.current.set(index);
  }

  protected onChange(item: InstrumentItem, score: number): void {
    this.answer.emit({ itemId: item.id, score });
  }

  protected onKeydown(event: KeyboardEvent, index: number): void {
    if (event.altKey || event.ctrlKey || event.metaKey || this.disabled()) {
      return;
    }
    const item = this.instrument().items[index];
    if (/^[0-9]$/.test(event.key)) {
      event.preventDefault();
      const score = Number(event.key);
      if (!item.anchors.some((anchor) => anchor.score === score)) {
        this.notice.set(
          `${score} is not a score for “${item.label}”. Allowed: ${item.anchors.map((a) => a.score).join(', ')}.`,
        );
        return;
      }
      this.notice.set('');
      this.answer.emit({ itemId: item.id, score });
      this.focusItem(Math.min(index + 1, this.instrument().items.length - 1));
      return;
    }
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        this.focusItem(Math.min(index + 1, this.instrument().items.length - 1));
        break;
      case 'ArrowUp':
      case 'Backspace':
        event.preventDefault();
        this.focusItem(Math.max(index - 1, 0));
        break;
      case 'Home':
        event.preventDefault();
        this.focusItem(0);
        break;
      case 'End':
        event.preventDefault();
        this.focusItem(this.instrument().items.length - 1);
        break;
      case 'Delete':
        event.preventDefault();
        this.answer.emit({ itemId: item.id, score: null });
        break;
      case 'Escape':
        event.preventDefault();
        this.leave.emit();
        break;
    }
  }

  /** Focus goes to the item's checked radio, or its first one. */
  private focusItem(index: number): void {
    this.current.set(index);
    const row = this.host.nativeElement.querySelector<HTMLElement>(
      `[data-index="${index}"]`,
    );
    const target =
      row?.querySelector<HTMLInputElement>('input[type="radio"]:checked') ??
      row?.querySelector<HTMLInputElement>('input[type="radio"]');
    target?.focus();
  }
}
