import { ChangeDetectionStrategy, Component, ElementRef, inject, input, output, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import type { GrantReportDto } from '@skema/contracts';
import { firstValueFrom } from 'rxjs';
import { describeApiFailure, toApiFailure } from '../../../core/http/api-failure';
import { FORM_PROVIDERS } from '../../../shared/forms/form-providers';
import { focusFirstInvalid } from '../../../shared/forms/server-errors';
import { NoticeComponent } from '../../../shared/notice/notice.component';
import { GrantApi } from '../grant-api';
import { GrantErrorPipe } from '../grant-error.pipe';

/** As the API's ReviewGrantReportDto. */
export const REVIEW_COMMENTS_MAX_LENGTH = 5_000;

/**
 * The programme manager's decision on a submitted report: approve it (comments optional), which
 * releases the next tranche, or return it to the grantee with comments (required: the grantee must
 * know what to correct).
 */
@Component({
  selector: 'sk-report-review',
  imports: [
    GrantErrorPipe,
    MatButton,
    MatError,
    MatFormField,
    MatHint,
    MatIcon,
    MatInput,
    MatLabel,
    NoticeComponent,
    ReactiveFormsModule,
    TranslocoDirective,
  ],
  providers: FORM_PROVIDERS,
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section
      class="review"
      [attr.aria-labelledby]="'review-heading-' + report().id"
      *transloco="let t; prefix: 'grant.reports.review'"
    >
      <h4 class="title" [id]="'review-heading-' + report().id">{{ t('title') }}</h4>
      <p class="intro">{{ t('intro') }}</p>
      <mat-form-field>
        <mat-label>{{ t('comments') }}</mat-label>
        <textarea matInput rows="4" [formControl]="comments" data-testid="review-comments"></textarea>
        <mat-hint>{{ t('commentsHint') }}</mat-hint>
        @if (comments.errors) {
          <mat-error>{{ comments.errors | skGrantError }}</mat-error>
        }
      </mat-form-field>
      @if (failure(); as message) {
        <sk-notice kind="error"
          ><p>{{ message }}</p></sk-notice
        >
      }
      <div class="actions">
        <button mat-flat-button type="button" [disabled]="busy()" (click)="decide('approve')">
          <mat-icon aria-hidden="true">task_alt</mat-icon>{{ t('approve') }}
        </button>
        <button mat-stroked-button type="button" [disabled]="busy()" (click)="decide('return')">
          <mat-icon aria-hidden="true">undo</mat-icon>{{ t('return') }}
        </button>
        <p class="sk-visually-hidden" aria-live="polite">{{ busy() ? t('busy') : '' }}</p>
      </div>
    </section>
  `,
  styles: `
    .review {
      margin-top: 16px;
      padding-top: 16px;
      border-top: 1px solid var(--mat-sys-outline-variant);
    }
    .title {
      margin: 0 0 4px;
      font: var(--mat-sys-title-small);
    }
    .intro {
      margin: 0 0 12px;
      max-width: 48rem;
      color: var(--mat-sys-on-surface-variant);
    }
    mat-form-field {
      width: 100%;
      max-width: 48rem;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 16px;
      margin-top: 8px;
    }
  `,
})
export class ReportReviewComponent {
  private readonly api = inject(GrantApi);
  private readonly transloco = inject(TranslocoService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;

  readonly grantId = input.required<string>();
  readonly report = input.required<GrantReportDto>();
  /** The report as reviewed (approved or returned). */
  readonly reviewed = output<GrantReportDto>();

  protected readonly comments = new FormControl('', {
    nonNullable: true,
    validators: Validators.maxLength(REVIEW_COMMENTS_MAX_LENGTH),
  });
  protected readonly busy = signal(false);
  protected readonly failure = signal<string | null>(null);

  protected async decide(decision: 'approve' | 'return'): Promise<void> {
    const text = this.comments.value.trim();
    this.failure.set(null);
    if (decision === 'return' && text === '') {
      this.comments.setErrors({ ...this.comments.errors, commentsRequired: true });
    }
    if (this.comments.invalid) {
      this.comments.markAsTouched();
      setTimeout(() => focusFirstInvalid(this.host));
      return;
    }
    this.busy.set(true);
    try {
      const request = text ? { comments: text } : {};
      const report = this.report();
      this.reviewed.emit(await firstValueFrom(this.api.reviewReport(this.grantId(), report.id, decision, request)));
    } catch (caught: unknown) {
      const failure = toApiFailure(caught);
      if (failure.kind === 'problem' && failure.problem.code === 'report_comments_required') {
        // The API's own sentence, under the field it is about.
        this.comments.setErrors({ server: failure.problem.detail });
        this.comments.markAsTouched();
      } else {
        this.failure.set(describeApiFailure(failure, this.transloco));
      }
    } finally {
      this.busy.set(false);
    }
  }
}
