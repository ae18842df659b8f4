import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import type { CallDto, ExportFormat, ExportJobDto } from '@skema/contracts';
import { Subscription, firstValueFrom } from 'rxjs';
import { describeApiFailure, toApiFailure } from '../../../core/http/api-failure';
import { LanguageService } from '../../../core/i18n/language.service';
import { NoticeComponent } from '../../../shared/notice/notice.component';
import { blobFailure } from '../../application/application-editor';
import { FileSaver } from '../../applications/file-saver';
import { EvaluationManagementApi } from '../evaluation-management-api';
import { exportFinished, pollExport } from './export-poller';

/**
 * The evaluation report (PDF or spreadsheet, in the reader's language), made in the background: the
 * page asks for it, follows its progress every second and then offers the file, fetched with the
 * person's token (a plain link would carry none), as the application receipt is.
 */
@Component({
  selector: 'sk-report-tab',
  imports: [MatButton, MatIcon, MatProgressBar, NoticeComponent, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t; prefix: 'evaluationManagement.report'">
      <h2 class="sk-section-title">{{ t('title') }}</h2>
      <p class="intro">{{ t('intro') }}</p>
      <div class="buttons">
        @for (format of formats; track format) {
          <button mat-stroked-button type="button" [disabled]="following()" (click)="start(format)">
            <mat-icon aria-hidden="true">{{ format === 'pdf' ? 'picture_as_pdf' : 'table_view' }}</mat-icon>
            {{ t('make.' + format) }}
          </button>
        }
      </div>

      @if (failure(); as message) {
        <sk-notice kind="error">
          <p>{{ message }}</p>
          @if (job() && !finished()) {
            <p>
              <button mat-stroked-button type="button" (click)="follow(job()!)">{{ t('checkAgain') }}</button>
            </p>
          }
        </sk-notice>
      }

      @if (job(); as j) {
        <div class="job">
          @if (!finished()) {
            <mat-progress-bar
              [mode]="j.status === 'queued' ? 'indeterminate' : 'determinate'"
              [value]="j.progress"
              [attr.aria-label]="t('progressLabel', { format: t('formats.' + j.format) })"
            />
          }
          <p role="status" aria-live="polite">
            {{ t('status.' + j.status, { progress: announced(), format: t('formats.' + j.format) }) }}
          </p>
          @if (j.status === 'done') {
            <button mat-flat-button type="button" [disabled]="downloading()" (click)="download(j)">
              <mat-icon aria-hidden="true">download</mat-icon
              >{{ t('download', { fileName: j.fileName ?? t('formats.' + j.format) }) }}
            </button>
          }
          @if (j.status === 'failed') {
            <sk-notice kind="error"
              ><p>{{ j.error ?? t('failedGeneric') }}</p></sk-notice
            >
          }
        </div>
      }
    </ng-container>
  `,
  styles: `
    .intro {
      margin: 0 0 16px;
      max-width: 48rem;
      color: var(--mat-sys-on-surface-variant);
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 16px;
      margin-bottom: 16px;
    }
    .job {
      display: grid;
      gap: 12px;
      max-width: 32rem;
    }
    .job p {
      margin: 0;
    }
    .job button {
      justify-self: start;
    }
  `,
})
export class ReportTabComponent {
  private readonly api = inject(EvaluationManagementApi);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);
  private readonly files = inject(FileSaver);
  private readonly destroyRef = inject(DestroyRef);

  readonly call = input.required<CallDto>();

  protected readonly formats: readonly ExportFormat[] = ['pdf', 'xlsx'];
  protected readonly job = signal<ExportJobDto | null>(null);
  protected readonly failure = signal<string | null>(null);
  protected readonly downloading = signal(false);
  protected readonly finished = computed(() => {
    const job = this.job();
    return !!job && exportFinished(job);
  });
  /** A report is being followed: one at a time, so its progress is the one on screen. */
  protected readonly following = signal(false);
  /** Progress in steps of ten for the live region: every second's number would drown a screen reader. */
  protected readonly announced = computed(() => Math.floor((this.job()?.progress ?? 0) / 10) * 10);
  private polling: Subscription | null = null;

  protected async start(format: ExportFormat): Promise<void> {
    this.failure.set(null);
    this.following.set(true);
    try {
      const job = await firstValueFrom(
        this.api.startReport(this.call().id, { format, locale: this.language.language() }),
      );
      this.follow(job);
    } catch (caught: unknown) {
      this.following.set(false);
      this.failure.set(describeApiFailure(toApiFailure(caught), this.transloco));
    }
  }

  protected follow(job: ExportJobDto): void {
    this.failure.set(null);
    this.polling?.unsubscribe();
    this.following.set(true);
    this.polling = pollExport(job, (id) => this.api.exportJob(id))
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (next) => this.job.set(next),
        error: (caught: unknown) => {
          this.following.set(false);
          this.failure.set(describeApiFailure(toApiFailure(caught), this.transloco));
        },
        complete: () => this.following.set(false),
      });
  }

  protected async download(job: ExportJobDto): Promise<void> {
    this.downloading.set(true);
    this.failure.set(null);
    try {
      const file = await firstValueFrom(this.api.exportFile(job));
      this.files.save(file.blob, file.fileName);
    } catch (caught: unknown) {
      this.failure.set(describeApiFailure(await blobFailure(caught), this.transloco));
    } finally {
      this.downloading.set(false);
    }
  }
}
