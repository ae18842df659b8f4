import { formatNumber } from '@angular/common';
import { HttpEventType } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { ApplicationAttachmentDto, RequiredAttachmentDto } from '@skema/contracts';
import { Subscription, firstValueFrom } from 'rxjs';
import { describeApiFailure, toApiFailure } from '../../../core/http/api-failure';
import { LanguageService } from '../../../core/i18n/language.service';
import { NoticeComponent } from '../../../shared/notice/notice.component';
import { SkDatePipe } from '../../../shared/pipes/date.pipe';
import { FileSaver } from '../../applications/file-saver';
import { ApplicationApi } from '../application-api';
import { ApplicationEditor, blobFailure } from '../application-editor';
import { injectConfirm } from '../side/confirm';
import { acceptAttribute, fileProblem, uploadPercent } from './attachment-upload';

interface Upload {
  readonly fileName: string;
  readonly percent: number;
}

const BYTES_PER_MB = 1024 * 1024;

/**
 * The documents the call requires, one file each: upload (with progress, replacing the earlier
 * file), download and remove. Files travel with the bearer token, so downloads go through HttpClient.
 */
@Component({
  selector: 'sk-attachments-section',
  imports: [MatButton, MatIcon, MatProgressBar, NoticeComponent, SkDatePipe, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './attachments-section.component.html',
  styleUrl: './attachments-section.component.scss',
})
export class AttachmentsSectionComponent {
  private readonly editor = inject(ApplicationEditor);
  private readonly api = inject(ApplicationApi);
  private readonly files = inject(FileSaver);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);
  private readonly confirm = injectConfirm();

  protected readonly editable = this.editor.editable;
  protected readonly requirements = computed(() => this.editor.call()?.requiredAttachments ?? []);
  protected readonly callMissing = this.editor.callMissing;
  protected readonly uploads = signal<Readonly<Record<string, Upload>>>({});
  protected readonly errors = signal<Readonly<Record<string, string>>>({});
  /** Files whose requirement the call no longer lists (it was amended): still downloadable. */
  protected readonly orphans = computed(() => {
    const keys = new Set(this.requirements().map((requirement) => requirement.key));
    return (this.editor.application()?.attachments ?? []).filter((attachment) => !keys.has(attachment.requirementKey));
  });
  private readonly running = new Map<string, Subscription>();

  constructor() {
    inject(DestroyRef).onDestroy(() => this.running.forEach((upload) => upload.unsubscribe()));
  }

  protected attachmentFor(requirement: RequiredAttachmentDto): ApplicationAttachmentDto | undefined {
    return this.editor.application()?.attachments.find((attachment) => attachment.requirementKey === requirement.key);
  }

  protected nameOf(requirement: RequiredAttachmentDto): string {
    return requirement.name[this.language.language()];
  }

  protected accept(requirement: RequiredAttachmentDto): string {
    return acceptAttribute(requirement.acceptedTypes);
  }

  protected types(requirement: RequiredAttachmentDto): string {
    return requirement.acceptedTypes.map((type) => type.toUpperCase()).join(', ');
  }

  protected megabytes(bytes: number): string {
    return formatNumber(bytes / BYTES_PER_MB, this.language.formatLocale(), '1.0-1');
  }

  /** A file's size as people read it: kB below a megabyte (a one-page PDF is not "0 MB"). */
  protected fileSize(bytes: number): string {
    const locale = this.language.formatLocale();
    return bytes < BYTES_PER_MB
      ? `${formatNumber(Math.max(1, Math.ceil(bytes / 1024)), locale, '1.0-0')} kB`
      : `${formatNumber(bytes / BYTES_PER_MB, locale, '1.0-1')} MB`;
  }

  protected picked(requirement: RequiredAttachmentDto, input: HTMLInputElement): void {
    const file = input.files?.[0];
    // Clearing lets the same file be chosen again after a failure.
    input.value = '';
    if (file) this.upload(requirement, file);
  }

  upload(requirement: RequiredAttachmentDto, file: File): void {
    const key = requirement.key;
    const problem = fileProblem(file, requirement);
    if (problem) {
      const message =
        problem.kind === 'too_large'
          ? this.transloco.translate('application.attachments.tooLarge', { max: this.megabytes(problem.maxSizeBytes) })
          : this.transloco.translate('application.attachments.wrongType', { types: this.types(requirement) });
      this.setError(key, message);
      return;
    }
    this.setError(key, null);
    this.setUpload(key, { fileName: file.name, percent: 0 });
    this.running.get(key)?.unsubscribe();
    const upload = this.api.uploadAttachment(this.editor.applicationId(), key, file).subscribe({
      next: (event) => {
        const percent = uploadPercent(event);
        if (percent !== null) this.setUpload(key, { fileName: file.name, percent });
        if (event.type === HttpEventType.Response) void this.finished(key);
      },
      error: (error: unknown) => {
        this.running.delete(key);
        this.setUpload(key, null);
        this.setError(key, describeApiFailure(toApiFailure(error), this.transloco));
      },
    });
    this.running.set(key, upload);
  }

  protected async download(attachment: ApplicationAttachmentDto): Promise<void> {
    try {
      const blob = await firstValueFrom(this.api.downloadAttachment(this.editor.applicationId(), attachment.id));
      this.files.save(blob, attachment.fileName);
    } catch (error: unknown) {
      this.setError(attachment.requirementKey, describeApiFailure(await blobFailure(error), this.transloco));
    }
  }

  protected async remove(requirement: RequiredAttachmentDto, attachment: ApplicationAttachmentDto): Promise<void> {
    const confirmed = await firstValueFrom(
      this.confirm('attachments.removeConfirm', { file: attachment.fileName, name: this.nameOf(requirement) }),
    );
    if (!confirmed) return;
    try {
      await firstValueFrom(this.api.deleteAttachment(this.editor.applicationId(), attachment.id));
      await this.editor.reload();
    } catch (error: unknown) {
      this.setError(requirement.key, describeApiFailure(toApiFailure(error), this.transloco));
    }
  }

  private async finished(key: string): Promise<void> {
    this.running.delete(key);
    await this.editor.reload();
    this.setUpload(key, null);
  }

  private setUpload(key: string, upload: Upload | null): void {
    this.uploads.update(({ [key]: _, ...rest }) => (upload ? { ...rest, [key]: upload } : rest));
  }

  private setError(key: string, message: string | null): void {
    this.errors.update(({ [key]: _, ...rest }) => (message ? { ...rest, [key]: message } : rest));
  }
}
