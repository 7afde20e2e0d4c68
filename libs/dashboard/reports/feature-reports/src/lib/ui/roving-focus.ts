import { Directive, ElementRef, inject, input } from '@angular/core';

/**
 * One tab stop for a whole chart: Tab enters at the bar last focused, arrow keys move
 * between bars (Up and Down by a row in a grid of `columns`), Home and End jump to the
 * ends. Items are the descendants marked `data-roving`; each starts with tabindex -1
 * except the first, which the template marks 0.
 */
@Directive({
  selector: '[cbRovingFocus]',
  host: {
    '(keydown)': 'move($event)',
    '(focusin)': 'remember($event)',
  },
})
export class RovingFocus {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** Items per row for Up and Down; 0 for a single row or column (every arrow moves by one). */
  readonly columns = input(0, {
    alias: 'cbRovingFocus',
    transform: (v: unknown) => Number(v) || 0,
  });

  private items(): HTMLElement[] {
    return Array.from(
      this.host.nativeElement.querySelectorAll<HTMLElement>('[data-roving]'),
    );
  }

  protected remember(event: FocusEvent): void {
    const target = (event.target as Element | null)?.closest<HTMLElement>(
      '[data-roving]',
    );
    if (target) {
      for (const item of this.items()) {
        item.tabIndex = item === target ? 0 : -1;
      }
    }
  }

  protected move(event: KeyboardEvent): void {
    const items = this.items();
    const current = items.indexOf(
      (event.target as Element | null)?.closest<HTMLElement>(
        '[data-roving]',
      ) as HTMLElement,
    );
    if (current < 0) {
      return;
    }
    const step = this.columns() || 1;
    const next = ((): number | null => {
      switch (event.key) {
        case 'ArrowRight':
          return current + 1;
        case 'ArrowLeft':
          return current - 1;
        case 'ArrowDown':
          return current + step;
        case 'ArrowUp':
          return current - step;
        case 'Home':
          return 0;
        case 'End':
          return items.length - 1;
        default:
          return null;
      }
    })();
    if (next === null) {
      return;
    }
    event.preventDefault();
    items[Math.min(items.length - 1, Math.max(0, next))]?.focus();
  }
}
