import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { MatRadioModule } from '@angular/material/radio';
import type {
  CssrsAnswers,
  CssrsQuestionId,
  RiskLevel,
} from '@casebook/shared/contracts';
import {
  CSSRS_QUESTIONS,
  CSSRS_TRIAGE,
  type CssrsQuestion,
  pruneSkippedAnswers,
  visibleQuestions,
} from '@casebook/shared/domain';

let nextId = 0;

/** One screener answer. */
export interface RiskAnswer {
  questionId: CssrsQuestionId;
  answer: boolean;
}

/**
 * The C-SSRS screener (Screen Version – Recent). Only the questions the skip rules ask
 * are shown (`visibleQuestions`); changing Q2 or Q6 to no drops the answers below it
 * (`pruneSkippedAnswers`). Y / N answer the highlighted question and move on; ↑/↓ and
 * Backspace move between questions, Esc leaves. The level shown is in words.
 */
@Component({
  selector: 'cb-risk-screen',
  imports: [MatRadioModule],
  templateUrl: './risk-screen.html',
  styleUrl: './risk-screen.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RiskScreen {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  /** Yes/no per question asked. */
  readonly answers = input.required<CssrsAnswers>();
  /** The level so far (the server's after a save, else `cssrsRisk` live). */
  readonly level = input.required<RiskLevel>();
  readonly complete = input(false);
  readonly disabled = input(false);

  /**
   * One question answered. A delta, not the whole set: the container applies it (and the
   * skip rules) to the latest answers, so two quick key presses never undo each other.
   */
  readonly answer = output<RiskAnswer>();
  /** Esc: the counselor left the screener. */
  readonly leave = output<void>();

  protected readonly uid = `cb-risk-${nextId++}`;
  protected readonly current = signal<CssrsQuestionId>('q1');
  protected readonly questions = computed<CssrsQuestion[]>(() => {
    const visible = new Set(visibleQuestions(this.answers()));
    return CSSRS_QUESTIONS.filter((question) => visible.has(question.id));
  });
  protected readonly triage = computed(() => CSSRS_TRIAGE[this.level()]);
  protected readonly started = computed(
    () => Object.keys(this.answers()).length > 0,
  );
  protected readonly remaining = computed(
    () =>
      this.questions().filter(
        (question) => this.answers()[question.id] === undefined,
      ).length,
  );

  /** Focuses the first unanswered question, or the current one (Alt+R). */
  focusCurrent(): void {
    const open = this.questions().find(
      (question) => this.answers()[question.id] === undefined,
    );
    this.focusQuestion(open?.id ?? this.current());
  }

  protected answerOf(id: CssrsQuestionId): boolean | null {
    const value = this.answers()[id];
    return value === undefined ? null : value;
  }

  protected number(question: CssrsQuestion): string {
    return question.id === 'q6Recent' ? '6a' : question.id.slice(1);
  }

  /** The question the focus is about to move to after an answer by key, until it has. */
  private focusPendingOn: CssrsQuestionId | null = null;
  /** Answers given here that the `answers` input may not carry yet (it arrives a render later). */
  private typed: CssrsAnswers = {};

  protected onChange(id: CssrsQuestionId, value: boolean): void {
    this.typed = { ...this.typed, [id]: value };
    this.answer.emit({ questionId: id, answer: value });
  }

  protected onKeydown(event: KeyboardEvent, id: CssrsQuestionId): void {
    if (event.altKey || event.ctrlKey || event.metaKey || this.disabled()) {
      return;
    }
    const ids = this.questions().map((question) => question.id);
    const index = ids.indexOf(id);
    const key = event.key.toLowerCase();
    if (key === 'y' || key === 'n') {
      event.preventDefault();
      // Keys typed faster than the focus moves belong to the question the focus is moving
      // to, not the one it has not left yet: otherwise a quick "y y y y" loses an answer.
      const target = this.focusPendingOn ?? id;
      this.typed = pruneSkippedAnswers({
        ...this.answers(),
        ...this.typed,
        [target]: key === 'y',
      });
      this.answer.emit({ questionId: target, answer: key === 'y' });
      // The next question after this one in the new list (a yes to Q2 brings Q3 in).
      const after = visibleQuestions(this.typed);
      const next = after[after.indexOf(target) + 1] ?? target;
      this.focusPendingOn = next === target ? null : next;
      afterNextRender(
        () => {
          this.focusPendingOn = null;
          this.focusQuestion(next);
        },
        { injector: this.injector },
      );
      return;
    }
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        this.focusQuestion(ids[Math.min(index + 1, ids.length - 1)]);
        break;
      case 'ArrowUp':
      case 'Backspace':
        event.preventDefault();
        this.focusQuestion(ids[Math.max(index - 1, 0)]);
        break;
      case 'Escape':
        event.preventDefault();
        this.leave.emit();
        break;
    }
  }

  private focusQuestion(id: CssrsQuestionId): void {
    this.current.set(id);
    const row = this.host.nativeElement.querySelector<HTMLElement>(
      `[data-question="${id}"]`,
    );
    const target =
      row?.querySelector<HTMLInputElement>('input[type="radio"]:checked') ??
      row?.querySelector<HTMLInputElement>('input[type="radio"]');
    target?.focus();
  }
}
