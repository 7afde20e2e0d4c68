import type { ShortcutGroup } from '@casebook/dashboard/calls/ui';
import { NEW_CALL_KEYS } from '@casebook/dashboard/shared/ui';

/** What a shortcut of the call screen does. */
export type CallShortcut =
  | 'lookup'
  | 'sows'
  | 'cows'
  | 'last-use'
  | 'symptoms'
  | 'risk'
  | 'notes'
  | 'outcome'
  | 'harm-reduction'
  | 'substances'
  | 'overdose'
  | 'callback'
  | 'finalize'
  | 'save'
  | 'help';

/**
 * Alt+letter, by physical key (`event.code`), so it works on any layout and on a Mac,
 * where Alt+L types "¬". None of them is a browser shortcut in Chrome or Firefox (Alt+D,
 * Alt+E, Alt+F and Alt+Home are, and are left alone).
 */
const ALT_KEYS: Readonly<Record<string, CallShortcut>> = {
  KeyL: 'lookup',
  KeyS: 'sows',
  KeyC: 'cows',
  KeyU: 'last-use',
  KeyY: 'symptoms',
  KeyR: 'risk',
  KeyN: 'notes',
  KeyO: 'outcome',
  KeyH: 'harm-reduction',
  KeyM: 'substances',
  KeyX: 'overdose',
  KeyB: 'callback',
};

/**
 * True when keys typed at `target` are text: an editable input, a textarea, a select or
 * anything content-editable. Radios, checkboxes and buttons are not text fields.
 */
export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) {
    return false;
  }
  if (
    target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  ) {
    return true;
  }
  if (target instanceof HTMLInputElement) {
    return ![
      'checkbox',
      'radio',
      'button',
      'submit',
      'reset',
      'range',
      'color',
      'file',
      'image',
    ].includes(target.type);
  }
  const role = target.getAttribute('role');
  return role === 'textbox' || role === 'combobox' || role === 'searchbox';
}

/**
 * The shortcut a key press means, or null. Alt and Ctrl chords work everywhere, even while
 * typing; "?" only outside text fields, so it can be typed in the notes.
 */
export function shortcutFor(event: KeyboardEvent): CallShortcut | null {
  const ctrl = event.ctrlKey || event.metaKey;
  if (event.altKey && !ctrl && !event.shiftKey) {
    return ALT_KEYS[event.code] ?? null;
  }
  if (ctrl && !event.altKey && event.key === 'Enter') {
    return 'finalize';
  }
  if (ctrl && !event.altKey && !event.shiftKey && event.code === 'KeyS') {
    return 'save';
  }
  if (
    event.key === '?' &&
    !ctrl &&
    !event.altKey &&
    !isTextField(event.target)
  ) {
    return 'help';
  }
  return null;
}

/** The keyboard map as the "?" overlay lists it. */
export const CALL_SHORTCUT_GROUPS: readonly ShortcutGroup[] = [
  {
    title: 'Go to (work everywhere, even while typing)',
    shortcuts: [
      {
        keys: 'Alt+X',
        action: 'Overdose happening now: the step-by-step guide',
      },
      { keys: 'Alt+L', action: 'Caller lookup (or change the linked case)' },
      { keys: 'Alt+S', action: 'SOWS: the highlighted item' },
      { keys: 'Alt+C', action: 'COWS, when a clinician is present' },
      {
        keys: 'Alt+M',
        action: 'Substances: what the caller uses, and pregnancy',
      },
      { keys: 'Alt+U', action: 'Last use (hours ago)' },
      { keys: 'Alt+Y', action: 'Symptoms' },
      { keys: 'Alt+R', action: 'Risk screen (C-SSRS)' },
      { keys: 'Alt+N', action: 'Notes' },
      { keys: 'Alt+O', action: 'Outcome and referrals' },
      { keys: 'Alt+H', action: 'Naloxone and overdose education' },
      { keys: 'Alt+B', action: 'Schedule a call-back (needs a linked case)' },
      { keys: 'Ctrl+S', action: 'Save now' },
      {
        keys: 'Ctrl+Enter',
        action: 'Finalize the call (asks first; Ctrl+Enter again confirms)',
      },
      {
        keys: NEW_CALL_KEYS,
        action: 'Start a new call, from any page (this one stays in My drafts)',
      },
      { keys: '?', action: 'This list (outside text fields)' },
    ],
  },
  {
    title: 'Caller lookup',
    shortcuts: [
      {
        keys: '↑ ↓',
        action: 'Move through the matches, “Create case” and “Anonymous”',
      },
      { keys: 'Enter', action: 'Choose' },
      {
        keys: 'Esc',
        action: 'Clear the search; again to keep the case linked before',
      },
    ],
  },
  {
    title: 'Call-back panel',
    shortcuts: [
      {
        keys: '1',
        action:
          'Schedule it in 2 hours (when the case has an alert: choose, then Enter)',
      },
      {
        keys: '2',
        action:
          'Schedule it tomorrow morning, 9:00 (with an alert: choose, then Enter)',
      },
      { keys: 'Esc', action: 'Close the panel' },
    ],
  },
  {
    title: 'SOWS and COWS',
    shortcuts: [
      {
        keys: '0–4',
        action:
          'Answer the highlighted item and go to the next (COWS: its allowed scores, up to 5)',
      },
      { keys: '↑ ↓', action: 'Previous / next item' },
      { keys: 'Backspace', action: 'Back to the previous item' },
      { keys: '← →', action: 'Change the score of this item' },
      { keys: 'Delete', action: 'Clear this item' },
      { keys: 'Esc', action: 'Leave the scale' },
    ],
  },
  {
    title: 'Risk screen',
    shortcuts: [
      {
        keys: 'Y / N',
        action: 'Answer yes / no and go to the next question asked',
      },
      { keys: '↑ ↓, Backspace', action: 'Previous / next question' },
      { keys: 'Esc', action: 'Leave the screen' },
    ],
  },
  {
    title: 'Outcome and referrals',
    shortcuts: [
      {
        keys: 'A letter',
        action:
          'On the outcome: the outcome starting with it (again: the next one)',
      },
      {
        keys: 'Space, Tab, Enter',
        action:
          'Tick a referral, go to its directory entry, take the highlighted one',
      },
    ],
  },
  {
    title: 'Finalize dialog',
    shortcuts: [
      { keys: 'Ctrl+Enter', action: 'Finalize the call' },
      { keys: 'Enter, Esc', action: 'Keep editing' },
    ],
  },
];
