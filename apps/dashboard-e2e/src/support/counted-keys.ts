import type { Page } from '@playwright/test';

/**
 * The keyboard, counting every key a counselor presses (a chord such as Alt+S is one key),
 * except the text the count leaves out by design: the caller's phone digits and the note.
 */
export class CountedKeys {
  private readonly pressed: string[] = [];

  constructor(private readonly page: Page) {}

  /** Presses each key in turn, without waiting for the screen in between. */
  async press(...keys: string[]): Promise<void> {
    for (const key of keys) {
      this.pressed.push(key);
      await this.page.keyboard.press(key);
    }
  }

  /** Types text that is counted key by key (the hours since last use). */
  async typeCounted(text: string): Promise<void> {
    await this.press(...text.split(''));
  }

  /** Types the phone number or the note's text: not counted. */
  async typeUncounted(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }

  get count(): number {
    return this.pressed.length;
  }

  /** The keys pressed, for the failure message. */
  get list(): string {
    return this.pressed.join(' ');
  }
}
