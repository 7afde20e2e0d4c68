import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  effect,
  input,
  output,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { Substance } from '@casebook/shared/contracts';
import { hoursSinceLastUse } from '@casebook/shared/domain';
import {
  fromLocalInputValue,
  shortDateTime,
  timeAgo,
  toLocalInputValue,
} from '../time-text';
import { hoursText, withdrawalEstimate } from '../withdrawal-estimate';

/** Quick "hours ago" choices, as a caller says them. */
const QUICK_HOURS: readonly { hours: number; label: string }[] = [
  { hours: 6, label: '6 h' },
  { hours: 12, label: '12 h' },
  { hours: 24, label: '1 day' },
  { hours: 48, label: '2 days' },
  { hours: 72, label: '3 days' },
  { hours: 168, label: '1 week' },
];

/** A year: anything longer is a typo, not a last use to estimate from. */
const MAX_HOURS = 24 * 366;

/**
 * When the caller last used, entered as "hours ago" (typed, or one key on a quick
 * choice) or as an exact time, with the withdrawal phase it suggests — only for
 * short-acting opioids (heroin, fentanyl) or an unknown substance; for others it says why.
 */
@Component({
  selector: 'cb-last-use-entry',
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule],
  templateUrl: './last-use-entry.html',
  styleUrl: './last-use-entry.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LastUseEntry {
  readonly lastUseAt = input<string | null>(null);
  readonly now = input.required<number>();
  /** The case's main substance; null for an anonymous caller or when not asked. */
  readonly substance = input<Substance | null>(null);
  /** The last use on the case record, offered as a one-key answer. */
  readonly caseLastUseAt = input<string | null>(null);
  readonly disabled = input(false);

  readonly lastUseAtChange = output<string | null>();

  private readonly hoursField =
    viewChild.required<ElementRef<HTMLInputElement>>('hoursField');

  protected readonly quick = QUICK_HOURS;
  protected readonly hoursInput = signal('');
  protected readonly hoursProblem = signal<string | null>(null);
  private editingHours = false;

  protected readonly exactValue = computed(() =>
    toLocalInputValue(this.lastUseAt()),
  );
  /** A last use cannot be in the future (the API refuses it too). */
  protected readonly maxValue = computed(() =>
    toLocalInputValue(new Date(this.now()).toISOString()),
  );
  protected readonly estimate = computed(() =>
    withdrawalEstimate(this.substance(), this.lastUseAt(), this.now()),
  );
  protected readonly whenText = computed(() => shortDateTime(this.lastUseAt()));
  protected readonly hoursText = hoursText;
  protected readonly caseLastUseText = computed(() =>
    timeAgo(this.caseLastUseAt(), this.now()),
  );

  constructor() {
    // The hours field follows the time set elsewhere, but never rewrites what is being typed.
    effect(() => {
      const lastUseAt = this.lastUseAt();
      untracked(() => {
        if (!this.editingHours) {
          const hours = lastUseAt
            ? hoursSinceLastUse(lastUseAt, new Date(this.now()))
            : null;
          this.hoursInput.set(
            hours === null ? '' : String(Math.round(hours * 10) / 10),
          );
        }
      });
    });
  }

  /** Puts the cursor in the hours field (Alt+U). */
  focus(): void {
    this.hoursField().nativeElement.focus();
  }

  protected onHoursInput(text: string): void {
    this.hoursInput.set(text);
    const trimmed = text.trim().replace(',', '.');
    if (!trimmed) {
      this.hoursProblem.set(null);
      this.lastUseAtChange.emit(null);
      return;
    }
    const hours = Number(trimmed);
    if (!Number.isFinite(hours) || hours < 0 || hours > MAX_HOURS) {
      this.hoursProblem.set('Enter the hours since last use, e.g. 36.');
      return;
    }
    this.hoursProblem.set(null);
    this.emitHoursAgo(hours);
  }

  protected onHoursFocus(editing: boolean): void {
    this.editingHours = editing;
  }

  protected setHoursAgo(hours: number): void {
    this.hoursProblem.set(null);
    this.emitHoursAgo(hours);
  }

  protected onExactInput(value: string): void {
    const iso = fromLocalInputValue(value);
    if (iso && Date.parse(iso) > this.now()) {
      this.hoursProblem.set('The last use cannot be in the future.');
      return;
    }
    if (iso) {
      this.hoursProblem.set(null);
      this.lastUseAtChange.emit(iso);
    }
  }

  protected useCaseRecord(): void {
    this.lastUseAtChange.emit(this.caseLastUseAt());
  }

  protected clear(): void {
    this.hoursProblem.set(null);
    this.lastUseAtChange.emit(null);
  }

  private emitHoursAgo(hours: number): void {
    this.lastUseAtChange.emit(
      new Date(this.now() - hours * 3_600_000).toISOString(),
    );
  }
}
