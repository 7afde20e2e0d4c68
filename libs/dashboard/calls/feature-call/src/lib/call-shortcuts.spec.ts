import {
  CALL_SHORTCUT_GROUPS,
  isTextField,
  shortcutFor,
} from './call-shortcuts';

function key(init: KeyboardEventInit, target?: HTMLElement): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { bubbles: true, ...init });
  if (target) {
    document.body.appendChild(target);
    target.dispatchEvent(event);
    target.remove();
  }
  return event;
}

describe('call shortcuts', () => {
  it('maps Alt+letter by physical key, whatever the layout types', () => {
    expect(shortcutFor(key({ code: 'KeyL', key: '¬', altKey: true }))).toBe(
      'lookup',
    );
    expect(shortcutFor(key({ code: 'KeyS', key: 's', altKey: true }))).toBe(
      'sows',
    );
    expect(shortcutFor(key({ code: 'KeyR', key: 'r', altKey: true }))).toBe(
      'risk',
    );
    expect(shortcutFor(key({ code: 'KeyN', key: 'n', altKey: true }))).toBe(
      'notes',
    );
    expect(shortcutFor(key({ code: 'KeyO', key: 'o', altKey: true }))).toBe(
      'outcome',
    );
    expect(shortcutFor(key({ code: 'KeyB', key: '∫', altKey: true }))).toBe(
      'callback',
    );
    expect(
      shortcutFor(key({ code: 'KeyD', key: 'd', altKey: true })),
    ).toBeNull();
  });

  it('keeps Ctrl+Enter and Ctrl+S working while typing, and "?" only outside text fields', () => {
    const notes = document.createElement('textarea');
    let event = new KeyboardEvent('keydown', {
      key: 'Enter',
      ctrlKey: true,
      bubbles: true,
    });
    notes.addEventListener('keydown', (e) => (event = e));
    expect(shortcutFor(key({ key: 'Enter', ctrlKey: true }, notes))).toBe(
      'finalize',
    );
    expect(shortcutFor(event)).toBe('finalize');
    expect(
      shortcutFor(key({ key: '?' }, document.createElement('textarea'))),
    ).toBeNull();
    expect(
      shortcutFor(key({ key: '?' }, document.createElement('button'))),
    ).toBe('help');
    expect(shortcutFor(key({ code: 'KeyS', key: 's', ctrlKey: true }))).toBe(
      'save',
    );
  });

  it('never treats plain letters and digits as shortcuts (they are answers or text)', () => {
    for (const pressed of ['1', 'y', 'n', 'l', 'Escape', 'Backspace']) {
      expect(shortcutFor(key({ key: pressed })))
        .withContext(pressed)
        .toBeNull();
    }
  });

  it('knows text fields from radios and checkboxes', () => {
    const radio = document.createElement('input');
    radio.type = 'radio';
    expect(isTextField(radio)).toBeFalse();
    expect(isTextField(document.createElement('input'))).toBeTrue();
    expect(isTextField(document.createElement('textarea'))).toBeTrue();
  });

  it('lists every Alt shortcut in the "?" overlay', () => {
    const listed = CALL_SHORTCUT_GROUPS.flatMap((group) =>
      group.shortcuts.map((s) => s.keys),
    );
    for (const keys of [
      'Alt+L',
      'Alt+S',
      'Alt+R',
      'Alt+N',
      'Alt+O',
      'Alt+B',
      'Ctrl+Enter',
      '?',
    ]) {
      expect(listed).toContain(keys);
    }
  });
});
