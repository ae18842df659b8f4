import { ChangeDetectionStrategy, Component, computed, effect, input, signal } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { PASSWORD_MIN_LENGTH } from '@skema/contracts';

/** The API accepts a password from this zxcvbn score (of 0–4). */
export const ACCEPTED_SCORE = 3;

export type Strength = 'empty' | 'tooShort' | 'weak' | 'good' | 'strong';

export function strengthOf(password: string, score: number | null): Strength {
  if (!password) return 'empty';
  if (password.length < PASSWORD_MIN_LENGTH) return 'tooShort';
  if (score === null) return 'empty';
  if (score < ACCEPTED_SCORE) return 'weak';
  return score === 4 ? 'strong' : 'good';
}

type Scorer = (password: string, personal: readonly string[]) => number;

/**
 * How guessable a new password is, while it is typed. The estimator loads on first use so its word
 * lists never weigh on pages without a password field. A hint, not a gate: the API decides.
 */
@Component({
  selector: 'sk-password-strength',
  imports: [TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div *transloco="let t; prefix: 'password'" class="sk-strength" [attr.data-strength]="strength()">
      <div class="sk-strength__bar" aria-hidden="true">
        @for (step of steps; track step) {
          <span [class.sk-strength__step--on]="step <= level()"></span>
        }
      </div>
      <p class="sk-strength__text" aria-live="polite">{{ t('strength.' + strength(), { min: minLength }) }}</p>
    </div>
  `,
  styles: `
    .sk-strength {
      margin: 0 0 8px;
    }
    .sk-strength__bar {
      display: grid;
      grid-template-columns: repeat(4, 1fr);
      gap: 4px;
      height: 6px;
    }
    .sk-strength__bar span {
      border-radius: 3px;
      background: var(--mat-sys-surface-container-highest);
    }
    [data-strength='tooShort'] .sk-strength__step--on,
    [data-strength='weak'] .sk-strength__step--on {
      background: var(--mat-sys-error);
    }
    [data-strength='good'] .sk-strength__step--on,
    [data-strength='strong'] .sk-strength__step--on {
      background: var(--sk-success);
    }
    .sk-strength__text {
      margin: 4px 0 0;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class PasswordStrengthComponent {
  readonly password = input<string | null>('');
  /** Name, e-mail, organisation: words a guesser would try first. */
  readonly personal = input<readonly string[]>([]);

  protected readonly steps = [1, 2, 3, 4];
  protected readonly minLength = PASSWORD_MIN_LENGTH;
  private readonly scorer = signal<Scorer | null>(null);
  private loading = false;

  protected readonly strength = computed(() => {
    const password = this.password() ?? '';
    const scorer = this.scorer();
    return strengthOf(password, scorer ? scorer(password, this.personal()) : null);
  });
  protected readonly level = computed(() => {
    const levels: Record<Strength, number> = { empty: 0, tooShort: 1, weak: 1, good: 3, strong: 4 };
    return levels[this.strength()];
  });

  constructor() {
    effect(() => {
      if (this.password() && !this.loading) {
        this.loading = true;
        void import('./password-score').then(({ passwordScore }) => this.scorer.set(passwordScore));
      }
    });
  }
}
