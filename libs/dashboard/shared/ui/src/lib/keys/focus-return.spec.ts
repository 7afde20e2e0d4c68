import { returnFocus } from './focus-return';

describe('returnFocus', () => {
  let page: HTMLElement;
  let before: HTMLButtonElement;
  let surface: HTMLElement;
  let inside: HTMLButtonElement;
  let other: HTMLButtonElement;

  beforeEach(() => {
    page = document.createElement('div');
    page.innerHTML = `<button id="before">Before</button>
      <section id="surface"><button id="inside">Inside</button></section>
      <button id="other">A dialog's button</button>`;
    document.body.append(page);
    before = page.querySelector('#before') as HTMLButtonElement;
    surface = page.querySelector('#surface') as HTMLElement;
    inside = page.querySelector('#inside') as HTMLButtonElement;
    other = page.querySelector('#other') as HTMLButtonElement;
  });

  afterEach(() => page.remove());

  it('gives the focus back when it is still in the closing surface', () => {
    inside.focus();
    returnFocus(before, surface);
    expect(document.activeElement).toBe(before);
  });

  it('gives it back when it fell to the page body (the surface is gone)', () => {
    inside.focus();
    inside.remove();
    expect(document.activeElement).toBe(document.body);
    returnFocus(before, surface);
    expect(document.activeElement).toBe(before);
  });

  it('leaves it where a later key put it', () => {
    other.focus();
    returnFocus(before, surface);
    expect(document.activeElement).toBe(other);
  });

  it('does nothing without a target', () => {
    inside.focus();
    returnFocus(null, surface);
    expect(document.activeElement).toBe(inside);
  });
});
