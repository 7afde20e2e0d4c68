import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { elapsedText } from './time-text';

/** How long the call has run, ticking with the `now` it is given. */
@Component({
  selector: 'cb-call-timer',
  template: `<span
    class="time"
    role="timer"
    [attr.aria-label]="'Call time ' + text()"
    >{{ text() }}</span
  >`,
  styles: `
    .time {
      font: var(--mat-sys-title-large);
      font-variant-numeric: tabular-nums;
      letter-spacing: 0.02em;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CallTimer {
  readonly startedAt = input.required<string>();
  /** The clock, from the container (it ticks once a second). */
  readonly now = input.required<number>();
  /** Stops the timer once the call has ended. */
  readonly endedAt = input<string | null>(null);

  protected readonly text = computed(() => {
    const ended = this.endedAt();
    return elapsedText(
      this.startedAt(),
      ended ? Date.parse(ended) : this.now(),
    );
  });
}
