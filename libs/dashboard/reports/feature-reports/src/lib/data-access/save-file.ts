import { DOCUMENT } from '@angular/common';
import { InjectionToken, inject } from '@angular/core';

/** Hands a downloaded file to the browser's save flow; a token so specs can watch it. */
export type SaveFile = (blob: Blob, filename: string) => void;

export const SAVE_FILE = new InjectionToken<SaveFile>('SAVE_FILE', {
  providedIn: 'root',
  factory: () => {
    const document = inject(DOCUMENT);
    return (blob, filename) => {
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = filename;
      link.style.display = 'none';
      document.body.appendChild(link);
      link.click();
      link.remove();
      // Revoked on the next turn: the click has started the download by then.
      setTimeout(() => URL.revokeObjectURL(url), 0);
    };
  },
});
