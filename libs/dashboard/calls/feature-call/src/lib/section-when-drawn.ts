import {
  Injector,
  afterNextRender,
  effect,
  inject,
  signal,
  untracked,
  type Signal,
} from '@angular/core';

/** A call-screen section the page's shortcuts move the focus into. */
export interface FocusableSection {
  focus(): void;
}

/**
 * A section drawn in an `@defer` block (ADR 36), as the page's shortcuts use it: `focus()`
 * focuses it now if it is drawn, and otherwise asks for it (`wanted`, the block's `when`
 * trigger) and focuses it the moment it is, so a shortcut pressed just after the first
 * paint is not lost. Call it in a field initializer (it injects).
 */
export function sectionWhenDrawn<T extends FocusableSection>(
  section: Signal<T | undefined>,
): { readonly wanted: Signal<boolean>; (): FocusableSection } {
  const injector = inject(Injector);
  const wanted = signal(false);
  let focusWhenDrawn = false;
  effect(
    () => {
      const drawn = section();
      if (drawn && focusWhenDrawn) {
        focusWhenDrawn = false;
        afterNextRender(() => drawn.focus(), { injector });
      }
    },
    { injector },
  );
  const focusable: FocusableSection = {
    focus: () => {
      const drawn = untracked(section);
      if (drawn) {
        drawn.focus();
      } else {
        focusWhenDrawn = true;
        wanted.set(true);
      }
    },
  };
  return Object.assign(() => focusable, { wanted: wanted.asReadonly() });
}
