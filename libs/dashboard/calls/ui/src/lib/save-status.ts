import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';

/** The save states the status line knows. */
export type SaveStatusKind =
  'idle' | 'pending' | 'saving' | 'saved' | 'offline' | 'failed';

/**
 * "Saved" / "Saving…" / "Offline — saved on this device, will retry" / "Not saved:
 * <message>", announced politely. An icon and the words say it; color only backs them up.
 */
@Component({
  selector: 'cb-save-status',
  imports: [MatButtonModule, MatIconModule],
  template: `
    <span class="status" [attr.data-status]="status()" role="status">
      <mat-icon [svgIcon]="icon()" aria-hidden="true" />
      <span class="text">{{ text() }}</span>
    </span>
    @if (deviceError(); as reason) {
      <span class="device" role="alert"
        >Not kept on this device: {{ reason }}</span
      >
    }
    @if (status() === 'offline' || status() === 'failed') {
      <button mat-button type="button" class="retry" (click)="retry.emit()">
        Retry now
      </button>
    }
  `,
  styleUrl: './save-status.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SaveStatus {
  readonly status = input.required<SaveStatusKind>();
  /** The server's (or the network's) message when not saved. */
  readonly errorMessage = input<string | null>(null);
  /** The failure is retried by itself (server busy); a refusal is not. */
  readonly willRetry = input(false);
  /** Why the device copy failed, if it did. */
  readonly deviceError = input<string | null>(null);

  readonly retry = output<void>();

  protected readonly text = computed(() =>
    saveStatusText(this.status(), this.errorMessage(), this.willRetry()),
  );
  protected readonly icon = computed(() => saveStatusIcon(this.status()));
}

/**
 * The words for a save state, the same in the header and in the finalize dialog:
 * "Saved", "Saving…", "Offline — saved on this device, will retry", "Not saved: …".
 */
export function saveStatusText(
  status: SaveStatusKind,
  errorMessage: string | null,
  willRetry: boolean,
): string {
  switch (status) {
    case 'idle':
      return 'Not saved yet';
    case 'pending':
    case 'saving':
      return 'Saving…';
    case 'saved':
      return 'Saved';
    case 'offline':
      return 'Offline — saved on this device, will retry';
    case 'failed':
      return `Not saved: ${errorMessage ?? 'unknown problem'}${
        willRetry ? ' (saved on this device, will retry)' : ''
      }`;
  }
}

/** The icon beside those words. */
export function saveStatusIcon(status: SaveStatusKind): string {
  switch (status) {
    case 'saved':
      return 'cloud_done';
    case 'offline':
      return 'cloud_off';
    case 'failed':
      return 'error';
    default:
      return 'sync';
  }
}
