import { LiveAnnouncer } from '@angular/cdk/a11y';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  afterNextRender,
  computed,
  inject,
  input,
  output,
  viewChild,
} from '@angular/core';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelect, MatSelectModule } from '@angular/material/select';
import {
  CALL_OUTCOMES,
  REFERRAL_TYPES,
  type CallOutcome,
  type Referral,
  type ReferralResource,
  type ReferralType,
} from '@casebook/shared/contracts';
import { REFERRAL_NOTE_MAX_LENGTH } from '@casebook/shared/domain';
import { formatPhone } from '@casebook/dashboard/shared/ui';
import { OUTCOME_LABELS, REFERRAL_LABELS } from '../labels';
import { outcomeForLetter } from './outcome-letter';

/** What the referral directory search asks for. */
export interface DirectorySearch {
  referralType: ReferralType;
  query: string;
}

/**
 * How the call ended and where the caller was referred, each referral with a note and an
 * optional directory entry, whose phone and hours are shown to read to the caller.
 */
@Component({
  selector: 'cb-outcome-referrals',
  imports: [
    MatAutocompleteModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
  ],
  templateUrl: './outcome-referrals.html',
  styleUrl: './outcome-referrals.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OutcomeReferrals {
  readonly outcome = input<CallOutcome | null>(null);
  readonly referrals = input<readonly Referral[]>([]);
  readonly disabled = input(false);
  /** The caller is pregnant: each referral is marked priority (ADR 25). */
  readonly priority = input(false);
  /** The referral type the directory results belong to (one search at a time). */
  readonly directoryType = input<ReferralType | null>(null);
  readonly directoryResults = input<readonly ReferralResource[]>([]);
  readonly directoryLoading = input(false);
  readonly directoryError = input<string | null>(null);
  /** Entries chosen on this screen, by id: their phone and hours are shown. */
  readonly directoryEntries = input<Readonly<Record<string, ReferralResource>>>(
    {},
  );

  readonly outcomeChange = output<CallOutcome | null>();
  readonly referralsChange = output<Referral[]>();
  /** Typed into (or focused) a directory field: search entries of that referral type. */
  readonly directorySearch = output<DirectorySearch>();
  /** An entry was chosen; its id is stored on the referral. */
  readonly directoryPick = output<ReferralResource>();

  private readonly select = viewChild.required(MatSelect);
  private readonly selectElement = viewChild.required(MatSelect, {
    read: ElementRef<HTMLElement>,
  });
  private readonly announcer = inject(LiveAnnouncer);

  constructor() {
    // Capture phase: the letter is taken before the select's own type-ahead sees it.
    const letters = (event: KeyboardEvent): void => this.chooseByLetter(event);
    const destroyRef = inject(DestroyRef);
    afterNextRender(() => {
      const element = this.selectElement().nativeElement;
      element.addEventListener('keydown', letters, { capture: true });
      destroyRef.onDestroy(() =>
        element.removeEventListener('keydown', letters, { capture: true }),
      );
    });
  }

  /** Numbers as they are read aloud: "(617) 555-0160". */
  protected readonly formatPhone = formatPhone;
  protected readonly outcomes = CALL_OUTCOMES;
  protected readonly outcomeLabels = OUTCOME_LABELS;
  protected readonly types = REFERRAL_TYPES;
  protected readonly referralLabels = REFERRAL_LABELS;
  protected readonly noteMax = REFERRAL_NOTE_MAX_LENGTH;
  protected readonly byType = computed(
    () => new Map(this.referrals().map((r) => [r.type, r])),
  );

  /** Focuses the outcome (Alt+O). */
  focus(): void {
    this.select().focus();
  }

  /**
   * A letter on the closed outcome chooses at once (S: "Support given"; again: the next
   * outcome with that letter). The select's own type-ahead waits 200 ms and a Tab within
   * them dropped the letter (issue 12 item 2).
   */
  private chooseByLetter(event: KeyboardEvent): void {
    if (this.select().panelOpen || this.disabled()) {
      return;
    }
    const outcome = outcomeForLetter(event, this.outcome());
    if (outcome) {
      event.preventDefault();
      event.stopPropagation();
      this.outcomeChange.emit(outcome);
      this.announcer.announce(OUTCOME_LABELS[outcome]);
    }
  }

  protected toggle(type: ReferralType, checked: boolean): void {
    const rest = this.referrals().filter((referral) => referral.type !== type);
    const next = checked ? [...rest, { type }] : rest;
    this.referralsChange.emit(this.inOrder(next));
  }

  protected readonly entryName = (
    entry: ReferralResource | string | null,
  ): string => (typeof entry === 'string' ? entry : (entry?.name ?? ''));

  /** The name shown in a referral's directory field. */
  protected chosenName(referral: Referral): string {
    if (!referral.resourceId) {
      return '';
    }
    return this.directoryEntries()[referral.resourceId]?.name ?? '';
  }

  protected search(referralType: ReferralType, query: string): void {
    this.directorySearch.emit({ referralType, query });
  }

  protected pick(type: ReferralType, entry: ReferralResource): void {
    this.directoryPick.emit(entry);
    this.setResource(type, entry.id);
  }

  protected setResource(type: ReferralType, resourceId: string | null): void {
    this.referralsChange.emit(
      this.referrals().map((referral) =>
        referral.type === type ? { ...referral, resourceId } : referral,
      ),
    );
  }

  protected setNote(type: ReferralType, note: string): void {
    this.referralsChange.emit(
      this.referrals().map((referral) =>
        referral.type === type ? { ...referral, note } : referral,
      ),
    );
  }

  private inOrder(referrals: Referral[]): Referral[] {
    return REFERRAL_TYPES.flatMap((type) =>
      referrals.filter((referral) => referral.type === type),
    );
  }
}
