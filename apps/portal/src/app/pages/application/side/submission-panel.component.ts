import { ChangeDetectionStrategy, Component, computed, inject, output, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { FieldError } from '@skema/contracts';
import { firstValueFrom } from 'rxjs';
import { describeApiFailure } from '../../../core/http/api-failure';
import { NoticeComponent } from '../../../shared/notice/notice.component';
import { SkDatePipe } from '../../../shared/pipes/date.pipe';
import { FileSaver } from '../../applications/file-saver';
import { ApplicationApi } from '../application-api';
import { ApplicationEditor, blobFailure } from '../application-editor';
import { injectConfirm } from './confirm';

/**
 * The application's next step: submit a complete draft (after a confirmation, since a submitted
 * application cannot be edited), then its reference, receipt and, before the deadline, withdrawal.
 */
@Component({
  selector: 'sk-submission-panel',
  imports: [MatButton, MatIcon, MatProgressBar, NoticeComponent, SkDatePipe, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './submission-panel.component.html',
  styleUrl: './submission-panel.component.scss',
})
export class SubmissionPanelComponent {
  protected readonly editor = inject(ApplicationEditor);
  private readonly api = inject(ApplicationApi);
  private readonly files = inject(FileSaver);
  private readonly transloco = inject(TranslocoService);
  private readonly confirm = injectConfirm();

  /** The person chose an item of a refused submission: take them to that field. */
  readonly go = output<string>();

  protected readonly application = this.editor.application;
  protected readonly busy = signal(false);
  protected readonly justSubmitted = signal(false);
  protected readonly refusal = signal<{ message: string; errors: readonly FieldError[] } | null>(null);
  protected readonly actionError = signal<string | null>(null);
  protected readonly submitted = computed(() => {
    const status = this.application()?.status;
    return status !== undefined && status !== 'draft' && status !== 'withdrawn';
  });

  protected async submit(): Promise<void> {
    if (!(await firstValueFrom(this.confirm('submitConfirm')))) return;
    await this.run(async () => {
      const outcome = await this.editor.submit();
      if (outcome.kind === 'submitted') this.justSubmitted.set(true);
      else this.refusal.set({ message: outcome.message, errors: outcome.errors });
    });
  }

  protected async withdraw(): Promise<void> {
    if (!(await firstValueFrom(this.confirm('withdrawConfirm')))) return;
    await this.run(async () => {
      this.actionError.set(await this.editor.withdraw());
      this.justSubmitted.set(false);
    });
  }

  protected async downloadReceipt(): Promise<void> {
    const application = this.application();
    if (!application) return;
    await this.run(async () => {
      try {
        const pdf = await firstValueFrom(this.api.receipt(application.id));
        const name = this.transloco.translate('application.submission.receiptFile', {
          reference: application.reference ?? application.id,
        });
        this.files.save(pdf, name);
      } catch (error: unknown) {
        this.actionError.set(describeApiFailure(await blobFailure(error), this.transloco));
      }
    });
  }

  protected checkReceiptAgain(): void {
    this.editor.waitForReceipt();
  }

  private async run(action: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.refusal.set(null);
    this.actionError.set(null);
    try {
      await action();
    } finally {
      this.busy.set(false);
    }
  }
}
