import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule, ValidationErrors } from '@angular/forms';
import { MatButtonToggle, MatButtonToggleGroup } from '@angular/material/button-toggle';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { CRITERION_SCORE_MIN, EVALUATION_LIMITS, EvaluationCriterionDto } from '@skema/contracts';
import { map, startWith, switchMap } from 'rxjs';
import { LanguageService } from '../../../core/i18n/language.service';
import { FORM_PROVIDERS } from '../../../shared/forms/form-providers';
import { CriterionGroup } from './sheet-form';

/** A safe id from a criterion key (`1.2` → `1-2`). */
export function criterionId(key: string): string {
  return `criterion-${key.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
}

/**
 * One criterion of the grid: its name and maximum, the score (a radio group of 1..max, arrow keys
 * move within it), the points it brings, and the comment with its length against the limit. Marks
 * show once the field was touched or a submission was tried, and clear as it is filled.
 */
@Component({
  selector: 'sk-criterion-score',
  imports: [
    MatButtonToggle,
    MatButtonToggleGroup,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    ReactiveFormsModule,
    TranslocoDirective,
  ],
  providers: FORM_PROVIDERS,
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div
      class="criterion"
      [class.criterion--invalid]="!!scoreMessage() || !!commentMessage()"
      [formGroup]="group()"
      *transloco="let t; prefix: 'evaluations.sheet.grid'"
    >
      @let c = criterion();
      @let id = baseId();
      <p class="criterion__name" [id]="id + '-name'">{{ name() }}</p>
      <p class="criterion__meta" [id]="id + '-meta'">
        {{ t('criterionMax', { max: c.maxScore }) }}
        @if (c.weight > 1) {
          · {{ t('weighted', { weight: c.weight }) }}
        }
        · <span class="criterion__points">{{ t('points', { points: points() }) }}</span>
      </p>
      <mat-button-toggle-group
        formControlName="score"
        class="criterion__score"
        hideSingleSelectionIndicator
        [id]="id + '-score'"
        [name]="id + '-score'"
        [attr.aria-label]="t('scoreLabel', { name: name() })"
        [attr.aria-describedby]="scoreMessage() ? id + '-score-error' : id + '-meta'"
        [attr.aria-invalid]="scoreMessage() ? true : null"
      >
        @for (value of values(); track value) {
          <mat-button-toggle [value]="value">{{ value }}</mat-button-toggle>
        }
      </mat-button-toggle-group>
      @if (scoreMessage(); as message) {
        <p class="sk-fieldset__error" [id]="id + '-score-error'">{{ message }}</p>
      }
      <mat-form-field class="criterion__comment">
        <mat-label>{{ t('comment') }}</mat-label>
        <textarea
          matInput
          formControlName="comment"
          rows="3"
          [id]="id + '-comment'"
          [maxlength]="commentMax"
        ></textarea>
        <mat-hint>{{ t('commentHint') }}</mat-hint>
        <mat-hint align="end">{{ t('commentCount', { length: commentLength(), max: commentMax }) }}</mat-hint>
        <mat-error>{{ commentMessage() }}</mat-error>
      </mat-form-field>
    </div>
  `,
  styles: `
    .criterion {
      display: grid;
      gap: 8px;
      padding: 12px 0 4px;
      border-top: 1px solid var(--mat-sys-outline-variant);
    }
    .criterion__name {
      margin: 0;
      font: var(--mat-sys-title-small);
    }
    .criterion__meta {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .criterion__score {
      justify-self: start;
      flex-wrap: wrap;
    }
    .criterion__comment {
      width: 100%;
    }
    .sk-fieldset__error {
      margin: 0;
    }
  `,
})
export class CriterionScoreComponent {
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService).language;

  readonly criterion = input.required<EvaluationCriterionDto>();
  readonly group = input.required<CriterionGroup>();

  protected readonly commentMax = EVALUATION_LIMITS.commentMaxLength;
  protected readonly baseId = computed(() => criterionId(this.criterion().key));
  protected readonly name = computed(() => this.criterion().name[this.language()] || this.criterion().name.sq);
  protected readonly values = computed(() =>
    Array.from({ length: this.criterion().maxScore - CRITERION_SCORE_MIN + 1 }, (_, i) => CRITERION_SCORE_MIN + i),
  );

  /** Every change of the group (value, validity, touched, disabled), as a signal the template follows. */
  private readonly state = toSignal(
    toObservable(this.group).pipe(
      switchMap((group) =>
        group.events.pipe(
          startWith(null),
          map(() => ({ group })),
        ),
      ),
    ),
  );

  protected readonly points = computed(() => {
    const score = this.state()?.group.controls.score.value ?? null;
    return score === null ? 0 : score * this.criterion().weight;
  });
  protected readonly commentLength = computed(() => this.state()?.group.controls.comment.value.length ?? 0);
  protected readonly scoreMessage = computed(() => {
    const control = this.state()?.group.controls.score;
    if (!control || !control.touched || !control.errors) return null;
    return this.message('score', control.errors);
  });
  protected readonly commentMessage = computed(() => {
    const control = this.state()?.group.controls.comment;
    if (!control || !control.errors) return null;
    return this.message('comment', control.errors);
  });

  private message(kind: 'score' | 'comment', errors: ValidationErrors): string {
    this.language();
    if (typeof errors['server'] === 'string') return errors['server'];
    const t = (key: string, params = {}) => this.transloco.translate(`evaluations.sheet.grid.${key}`, params);
    if (errors['maxlength']) return t('commentTooLong', { max: this.commentMax });
    return kind === 'score' ? t('scoreMissing', { max: this.criterion().maxScore }) : t('commentMissing');
  }
}
