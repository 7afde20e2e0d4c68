import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  type AbstractControl,
  type ValidationErrors,
} from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { CLOCK } from '@casebook/dashboard/shared/data-access';
import type { ReportView } from './report-query-params';
import {
  PRESET_LABELS,
  REPORT_PRESETS,
  isTimeZone,
  presetRange,
  rangeProblem,
  type ReportPreset,
} from './report-range';

/** How many zones the autocomplete lists at once; typing narrows them. */
const ZONE_OPTIONS = 50;

/** Every IANA zone this browser knows, or at least UTC. */
export function knownTimeZones(): string[] {
  const intl = Intl as typeof Intl & {
    supportedValuesOf?: (key: string) => string[];
  };
  const zones = intl.supportedValuesOf?.('timeZone') ?? [];
  return zones.includes('UTC') ? zones : [...zones, 'UTC'];
}

/** Zones whose name holds every word typed ("new york", "america/chi"). */
export function matchZones(
  zones: readonly string[],
  typed: string,
  limit = ZONE_OPTIONS,
): string[] {
  const words = typed
    .toLowerCase()
    .replace(/[_/]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  return zones
    .filter((zone) => {
      const name = zone.toLowerCase().replace(/[_/]/g, ' ');
      return words.every((word) => name.includes(word));
    })
    .slice(0, limit);
}

function rangeValidator(group: AbstractControl): ValidationErrors | null {
  const { from, to } = group.value as { from: string; to: string };
  const problem = rangeProblem(from, to);
  return problem ? { range: problem } : null;
}

function zoneValidator(control: AbstractControl): ValidationErrors | null {
  return isTimeZone(control.value) ? null : { zone: true };
}

/**
 * The report's range and zone: a preset at a click (computed for today in the chosen
 * zone), or two dates; the zone from the browser's list, by typing part of its name.
 */
@Component({
  selector: 'cb-report-range-form',
  imports: [
    ReactiveFormsModule,
    MatAutocompleteModule,
    MatButtonModule,
    MatButtonToggleModule,
    MatFormFieldModule,
    MatInputModule,
  ],
  templateUrl: './range-form.html',
  styleUrl: './range-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportRangeForm {
  /** The range shown now. */
  readonly view = input.required<ReportView>();
  /** A new range or zone was chosen. */
  readonly viewChosen = output<ReportView>();

  private readonly clock = inject(CLOCK);

  protected readonly presets = REPORT_PRESETS;
  protected readonly presetLabels = PRESET_LABELS;
  /** Custom chosen, before its dates are applied. */
  protected readonly customOpen = signal(false);
  protected readonly showCustom = computed(
    () => this.customOpen() || this.view().preset === 'custom',
  );

  protected readonly custom = new FormGroup(
    {
      from: new FormControl('', { nonNullable: true }),
      to: new FormControl('', { nonNullable: true }),
    },
    { validators: rangeValidator },
  );
  protected readonly zone = new FormControl('', {
    nonNullable: true,
    validators: zoneValidator,
  });

  private readonly zones = knownTimeZones();
  private readonly typedZone = toSignal(this.zone.valueChanges, {
    initialValue: '',
  });
  protected readonly zoneOptions = computed(() => {
    const typed = this.typedZone();
    return matchZones(this.zones, typed === this.view().tz ? '' : typed);
  });

  constructor() {
    // The fields follow the URL: a link, the back button or a preset all land here.
    effect(() => {
      const view = this.view();
      this.custom.setValue({ from: view.from, to: view.to });
      this.zone.setValue(view.tz);
    });
  }

  protected choosePreset(preset: ReportPreset): void {
    if (preset === 'custom') {
      this.customOpen.set(true);
      return;
    }
    this.customOpen.set(false);
    const { tz } = this.view();
    this.viewChosen.emit({
      ...presetRange(preset, tz, this.clock.now()),
      tz,
      preset,
    });
  }

  protected applyCustom(): void {
    this.custom.markAllAsTouched();
    if (this.custom.invalid) {
      return;
    }
    const { from, to } = this.custom.getRawValue();
    this.customOpen.set(false);
    this.viewChosen.emit({ from, to, tz: this.view().tz, preset: 'custom' });
  }

  /** A fixed preset is recomputed in the new zone ("today" there); custom dates stay. */
  protected chooseZone(tz: string): void {
    if (!isTimeZone(tz) || tz === this.view().tz) {
      return;
    }
    const view = this.view();
    this.viewChosen.emit(
      view.preset === 'custom'
        ? { ...view, tz }
        : {
            ...presetRange(view.preset, tz, this.clock.now()),
            tz,
            preset: view.preset,
          },
    );
  }

  protected commitZone(): void {
    this.zone.markAsTouched();
    if (this.zone.valid) {
      this.chooseZone(this.zone.value);
    }
  }
}
