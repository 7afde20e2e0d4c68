/** What a key pressed inside the call-back panel asks of it; null leaves the key alone. */
export type CallbackKeyAction = 'close' | 'in-two-hours' | 'tomorrow-morning';

/**
 * Reads a keydown in the panel: Esc closes it (unless the colleague list is open, which Esc
 * closes first); outside text fields and lists, 1 and 2 are the quick choices, but only
 * when there is a case to schedule for and no modifier is held (Alt+B etc. stay shortcuts).
 */
export function callbackKeyAction(
  event: KeyboardEvent,
  hasCase: boolean,
): CallbackKeyAction | null {
  if (event.key === 'Escape') {
    return isOpenList(event.target) ? null : 'close';
  }
  if (
    !hasCase ||
    event.altKey ||
    event.ctrlKey ||
    event.metaKey ||
    isTyping(event.target)
  ) {
    return null;
  }
  if (event.key === '1') {
    return 'in-two-hours';
  }
  return event.key === '2' ? 'tomorrow-morning' : null;
}

/** Keys typed into a text field (or a list that jumps to what is typed) are text, not choices. */
function isTyping(target: EventTarget | null): boolean {
  if (
    target instanceof HTMLTextAreaElement ||
    (target instanceof HTMLElement &&
      target.getAttribute('role') === 'combobox')
  ) {
    return true;
  }
  return (
    target instanceof HTMLInputElement &&
    !['radio', 'checkbox', 'button', 'submit'].includes(target.type)
  );
}

/** The colleague list, open: Esc is for it. */
function isOpenList(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    target.getAttribute('role') === 'combobox' &&
    target.getAttribute('aria-expanded') === 'true'
  );
}
