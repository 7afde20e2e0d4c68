import { DOCUMENT, Injectable, inject } from '@angular/core';

const TOKEN_KEY = 'casebook.accessToken';

/**
 * Keeps the access token in sessionStorage: it survives a reload of this tab but not
 * closing it, and is not shared with other tabs or left on a shared workstation's disk
 * the way localStorage would be.
 */
@Injectable({ providedIn: 'root' })
export class TokenStorage {
  private readonly storage: Storage | null =
    inject(DOCUMENT).defaultView?.sessionStorage ?? null;

  /** The kept token, or null. */
  read(): string | null {
    try {
      return this.storage?.getItem(TOKEN_KEY) ?? null;
    } catch {
      // Storage can throw when the browser blocks it; then the user simply signs in again.
      return null;
    }
  }

  /** Keeps the token for a reload. */
  write(token: string): void {
    try {
      this.storage?.setItem(TOKEN_KEY, token);
    } catch {
      // Without storage a reload signs the user out; nothing else breaks.
    }
  }

  /** Forgets the token. */
  clear(): void {
    try {
      this.storage?.removeItem(TOKEN_KEY);
    } catch {
      // Nothing was kept, so nothing to forget.
    }
  }
}
