/**
 * Gives the focus back to `target` when a surface closes, but only if the focus is still
 * in that surface or nowhere (the page body): when a later key has opened another
 * surface meanwhile, that one owns the keys and keeps the focus (ADR 33).
 */
export function returnFocus(
  target: HTMLElement | null,
  surface: HTMLElement,
): void {
  const active = surface.ownerDocument.activeElement;
  if (
    target &&
    (!active ||
      active === surface.ownerDocument.body ||
      surface.contains(active))
  ) {
    target.focus();
  }
}
