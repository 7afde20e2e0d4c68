/**
 * Sends keys the way a fast typist's keyboard does, in one synchronous burst: each to
 * whatever has the focus at that moment, with no await (so no render) in between unless
 * the app renders inside the key's own handling. Synthetic events have no default
 * action, so this performs the browser's: Tab moves the focus, Enter and Space click a
 * button or checkbox, a character goes into a text field.
 */
export function keyBurst(
  ...keys: readonly (string | KeyboardEventInit)[]
): void {
  for (const key of keys) {
    press(typeof key === 'string' ? { key } : key);
  }
}

function press(init: KeyboardEventInit): void {
  const target = focused();
  const proceed = target.dispatchEvent(keyEvent('keydown', init));
  if (proceed) {
    keydownDefault(target, init);
  }
  const upTarget = focused();
  if (
    upTarget.dispatchEvent(keyEvent('keyup', init)) &&
    proceed &&
    init.key === ' '
  ) {
    // Space activates a button or a checkbox on keyup.
    if (isClickable(upTarget)) {
      upTarget.click();
    }
  }
}

function keyEvent(type: string, init: KeyboardEventInit): KeyboardEvent {
  return new KeyboardEvent(type, {
    bubbles: true,
    cancelable: true,
    composed: true,
    ...init,
  });
}

function focused(): HTMLElement {
  return (document.activeElement as HTMLElement | null) ?? document.body;
}

function keydownDefault(target: HTMLElement, init: KeyboardEventInit): void {
  const chord = init.altKey || init.ctrlKey || init.metaKey;
  if (init.key === 'Tab') {
    moveFocus(target, init.shiftKey ? -1 : 1);
  } else if (
    init.key === 'Enter' &&
    !chord &&
    target instanceof HTMLButtonElement
  ) {
    target.click();
  } else if (init.key && init.key.length === 1 && !chord) {
    typeInto(target, init.key);
  }
}

function typeInto(target: HTMLElement, text: string): void {
  if (
    target instanceof HTMLTextAreaElement ||
    (target instanceof HTMLInputElement &&
      ['text', 'search', ''].includes(target.type))
  ) {
    target.setRangeText(
      text,
      target.selectionStart ?? target.value.length,
      target.selectionEnd ?? target.value.length,
      'end',
    );
    target.dispatchEvent(
      new InputEvent('input', {
        bubbles: true,
        data: text,
        inputType: 'insertText',
      }),
    );
  }
}

function isClickable(element: HTMLElement): boolean {
  return (
    element instanceof HTMLButtonElement ||
    (element instanceof HTMLInputElement &&
      ['checkbox', 'radio'].includes(element.type))
  );
}

const FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex]';

/** The browser's sequential focus order, for elements without a positive tabindex. */
function moveFocus(from: HTMLElement, step: 1 | -1): void {
  const order = Array.from(
    document.querySelectorAll<HTMLElement>(FOCUSABLE),
  ).filter(
    (element) =>
      element === from ||
      (element.tabIndex >= 0 &&
        !(element as HTMLButtonElement).disabled &&
        element.getClientRects().length > 0),
  );
  const next = order[order.indexOf(from) + step] ?? null;
  // A focus trap's anchor moves the focus on into the dialog itself when it is focused.
  next?.focus();
}
