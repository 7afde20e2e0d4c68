import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
  viewChild,
} from '@angular/core';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatSelect, MatSelectModule } from '@angular/material/select';
import {
  SUBSTANCES,
  WITHDRAWAL_DANGER_SIGNS,
  type Substance,
  type WithdrawalDangerSign,
} from '@casebook/shared/contracts';
import {
  asksWithdrawalDangerSigns,
  CO_USE_OVERDOSE_FLAG,
  overdoseRiskCoUse,
  PREGNANCY_GUIDANCE,
  SUBSTANCE_LABELS,
  WITHDRAWAL_DANGER_SIGN_LABELS,
  WITHDRAWAL_EMERGENCY_STEPS,
} from '@casebook/shared/domain';

/**
 * What the caller uses, on this call: the primary substance, others used with it and
 * pregnancy. With an opioid and alcohol, a benzodiazepine or xylazine it raises the
 * overdose-risk flag; with alcohol, a benzodiazepine or an unnamed substance it asks
 * the withdrawal danger signs, and any one ticked brings the emergency steps (ADR 25).
 */
@Component({
  selector: 'cb-substances-entry',
  imports: [
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatSelectModule,
  ],
  template: `
    <div class="fields">
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>Main substance</mat-label>
        <mat-select
          #primary
          [value]="substance()"
          [disabled]="disabled()"
          (selectionChange)="substanceChange.emit($event.value)"
        >
          <mat-option [value]="null">Not asked yet</mat-option>
          @for (option of substances; track option) {
            <mat-option [value]="option">{{ labels[option] }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>Also uses</mat-label>
        <mat-select
          multiple
          [value]="coUsed()"
          [disabled]="disabled()"
          (selectionChange)="coUsedChange.emit($event.value)"
        >
          @for (option of coUseOptions(); track option) {
            <mat-option [value]="option">{{ labels[option] }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-checkbox
        [checked]="pregnant()"
        [disabled]="disabled()"
        (change)="pregnantChange.emit($event.checked)"
        >Pregnant</mat-checkbox
      >
    </div>

    @if (riskyCoUse().length) {
      <div class="flag" role="status" data-flag="co-use">
        <p class="title">
          <mat-icon svgIcon="warning" aria-hidden="true" />
          {{ flag.title }} {{ riskyCoUseText() }}
        </p>
        <p>{{ flag.text }}</p>
        <p class="source">{{ flag.source }}</p>
      </div>
    }

    @if (pregnant()) {
      <div class="guidance" data-flag="pregnancy">
        <p class="title">{{ pregnancy.title }}</p>
        <p>{{ pregnancy.text }}</p>
        <p class="source">{{ pregnancy.source }}</p>
      </div>
    }

    @if (asksDangerSigns()) {
      <fieldset class="danger-signs">
        <legend>Withdrawal danger signs: ask about each</legend>
        @for (sign of signs; track sign) {
          <mat-checkbox
            [checked]="dangerSigns().includes(sign)"
            [disabled]="disabled()"
            (change)="toggleSign(sign, $event.checked)"
            >{{ signLabels[sign] }}</mat-checkbox
          >
        }
      </fieldset>
      @if (dangerSigns().length) {
        <div class="emergency" role="alert" data-flag="danger-signs">
          <p class="title">
            <mat-icon svgIcon="warning" aria-hidden="true" />
            {{ emergency.title }}
          </p>
          <ol>
            @for (step of emergency.steps; track step) {
              <li>{{ step }}</li>
            }
          </ol>
          <p class="source">{{ emergency.source }}</p>
        </div>
      }
    }
  `,
  styleUrl: './substances-entry.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SubstancesEntry {
  readonly substance = input<Substance | null>(null);
  readonly coUsed = input<readonly Substance[]>([]);
  readonly pregnant = input(false);
  readonly dangerSigns = input<readonly WithdrawalDangerSign[]>([]);
  readonly disabled = input(false);

  readonly substanceChange = output<Substance | null>();
  readonly coUsedChange = output<Substance[]>();
  readonly pregnantChange = output<boolean>();
  readonly dangerSignsChange = output<WithdrawalDangerSign[]>();

  private readonly primarySelect = viewChild.required<MatSelect>('primary');

  protected readonly substances = SUBSTANCES;
  protected readonly labels = SUBSTANCE_LABELS;
  protected readonly signs = WITHDRAWAL_DANGER_SIGNS;
  protected readonly signLabels = WITHDRAWAL_DANGER_SIGN_LABELS;
  protected readonly flag = CO_USE_OVERDOSE_FLAG;
  protected readonly pregnancy = PREGNANCY_GUIDANCE;
  protected readonly emergency = WITHDRAWAL_EMERGENCY_STEPS;

  private readonly named = computed(() => ({
    primary: this.substance(),
    coUsed: this.coUsed(),
  }));
  /** "Not known" is no co-used substance, and the main one is not offered twice. */
  protected readonly coUseOptions = computed(() =>
    SUBSTANCES.filter(
      (option) => option !== 'unknown' && option !== this.substance(),
    ),
  );
  protected readonly riskyCoUse = computed(() =>
    overdoseRiskCoUse(this.named()),
  );
  protected readonly riskyCoUseText = computed(() =>
    this.riskyCoUse()
      .map((substance) => SUBSTANCE_LABELS[substance].toLowerCase())
      .join(' and '),
  );
  protected readonly asksDangerSigns = computed(() =>
    asksWithdrawalDangerSigns(this.named()),
  );

  /** Focuses the main substance (Alt+M). */
  focus(): void {
    this.primarySelect().focus();
  }

  protected toggleSign(sign: WithdrawalDangerSign, checked: boolean): void {
    const others = this.dangerSigns().filter((s) => s !== sign);
    this.dangerSignsChange.emit(
      checked
        ? WITHDRAWAL_DANGER_SIGNS.filter(
            (s) => s === sign || others.includes(s),
          )
        : others,
    );
  }
}
