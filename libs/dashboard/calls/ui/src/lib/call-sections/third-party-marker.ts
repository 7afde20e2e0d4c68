import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import type { CallerRelation } from '@casebook/shared/contracts';
import { CALLER_RELATION_LABELS } from '../labels';

/**
 * Beside a self-report instrument (SOWS, the C-SSRS screener) when someone else is calling.
 * The published items are kept word for word: their sources say nothing of third-party
 * reports, so we mark the answers rather than rewrite the items (ADR 30), and say it is ours.
 */
@Component({
  selector: 'cb-third-party-marker',
  template: `
    @if (label(); as who) {
      <p class="third-party" role="note">
        <strong>Reported by a third party ({{ who }})</strong
        >{{ asking() ? ': ask how the person seems to them.' : '.' }}
        <span class="ours">Helpline practice, not part of the instrument.</span>
      </p>
    }
  `,
  styles: `
    .third-party {
      margin: 0 0 0.5rem;
      padding: 0.25rem 0.5rem;
      border-inline-start: 4px solid var(--mat-sys-tertiary);
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .ours {
      display: block;
      font: var(--mat-sys-body-small);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ThirdPartyMarker {
  readonly relation = input.required<CallerRelation>();
  /** On the live screen the marker also tells the counselor how to ask; a record only states it. */
  readonly asking = input(true);

  /** The relation in words, lower case as it reads in the sentence; null for the person themself. */
  protected readonly label = computed(() => {
    const relation = this.relation();
    return relation === 'self'
      ? null
      : CALLER_RELATION_LABELS[relation].toLowerCase();
  });
}
