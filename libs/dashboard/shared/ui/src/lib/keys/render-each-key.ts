import { ApplicationRef, DOCUMENT, DestroyRef, inject } from '@angular/core';

/**
 * A key, and what a key sets off: the click that Enter or Space makes on a button, the
 * change of a checkbox. Keyup is here too, so a keydown a handler kept to itself
 * (stopPropagation) is still rendered before the next key.
 */
const KEY_EVENTS = ['keydown', 'keyup', 'click', 'change'] as const;

/** Angular's code for "tick() called while a tick runs" (NG0101). */
const RECURSIVE_TICK = 101;

/**
 * Keys own what they open (issue 12, ADR 33): after each key has been handled, the
 * application renders at once, running its render hooks, so the panel or dialog a key
 * opened is on screen and holds the focus before the browser dispatches the next key.
 * Zoneless Angular would otherwise render on its next frame, and a fast typist's next
 * keys would land on the page behind the new surface.
 *
 * Listens on the window, in the bubbling phase, so every handler of the key has run.
 * Call it in an injection context (the signed-in shell); it stops when that is destroyed.
 */
export function renderEachKey(): void {
  const appRef = inject(ApplicationRef);
  const view = inject(DOCUMENT).defaultView;
  if (!view) {
    return;
  }
  const render = (): void => renderNow(appRef);
  for (const type of KEY_EVENTS) {
    view.addEventListener(type, render);
  }
  inject(DestroyRef).onDestroy(() => {
    for (const type of KEY_EVENTS) {
      view.removeEventListener(type, render);
    }
  });
}

function renderNow(appRef: ApplicationRef): void {
  try {
    appRef.tick();
  } catch (error) {
    // An event fired from inside a render (a render hook's click): that render shows it.
    if ((error as { code?: number }).code !== RECURSIVE_TICK) {
      throw error;
    }
  }
}
