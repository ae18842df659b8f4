import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { TranslocoDirective, translateSignal } from '@jsverse/transloco';
import { ApiFailure, TranslationRef, failureTranslation } from '../../core/http/api-failure';
import { EmptyStateComponent } from '../empty-state/empty-state.component';

/**
 * Shown in place of content that failed to load. It is an alert so a screen reader announces the
 * failure the moment it replaces the loading indicator, and it always offers a way to try again.
 */
@Component({
  selector: 'sk-error-state',
  imports: [EmptyStateComponent, MatButton, MatIcon, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { role: 'alert' },
  template: `
    <sk-empty-state
      *transloco="let t"
      class="sk-error-state"
      [icon]="failure().kind === 'unreachable' ? 'cloud_off' : 'error_outline'"
      [title]="title() ?? t('errors.title')"
      [message]="message()"
    >
      <button mat-flat-button type="button" (click)="retry.emit()">
        <mat-icon aria-hidden="true">refresh</mat-icon>
        {{ t('common.retry') }}
      </button>
    </sk-empty-state>
  `,
  styles: `
    :host {
      display: block;
    }
    .sk-error-state {
      --sk-empty-state-icon-color: var(--mat-sys-error);
    }
  `,
})
export class ErrorStateComponent {
  readonly failure = input.required<ApiFailure>();
  /** What could not be done, e.g. "The system status could not be checked". */
  readonly title = input<string>();
  readonly retry = output<void>();

  private readonly ownTranslation = computed<TranslationRef>(() => {
    const failure = this.failure();
    return failure.kind === 'problem' ? { key: 'errors.generic' } : failureTranslation(failure);
  });
  // A signal rather than a one-off translate() so the text follows a language switch.
  private readonly translated = translateSignal(
    computed(() => this.ownTranslation().key),
    computed(() => ({ ...this.ownTranslation().params })),
  );

  /** Problem details arrive already translated by the API, in the language of the request. */
  protected readonly message = computed(() => {
    const failure = this.failure();
    return failure.kind === 'problem' ? failure.problem.detail : this.translated();
  });
}
