/**
 * The shortcut that starts a new call from any page (issue 12 item 8, ADR 33), as the
 * keyboard map and the README write it. Alt+N is taken by the call screen's notes; the
 * Shift makes "new" without clashing with it, with the browsers' Alt+letter keys
 * (D, E, F in Chrome; the Firefox menus) or with screen readers (Insert / Caps Lock).
 */
export const NEW_CALL_KEYS = 'Alt+Shift+N';

/** True for Alt+Shift+N, by physical key so that any layout (and a Mac's Option) works. */
export function isNewCallKey(event: KeyboardEvent): boolean {
  return (
    event.altKey &&
    event.shiftKey &&
    !event.ctrlKey &&
    !event.metaKey &&
    event.code === 'KeyN'
  );
}
