import { formatNumber } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatExpansionModule } from '@angular/material/expansion';
import { MatIcon } from '@angular/material/icon';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import {
  APPLICATION_SECTIONS,
  ApplicationAttachmentDto,
  ApplicationDto,
  ApplicationSectionKey,
} from '@skema/contracts';
import { EMPTY, Subject, firstValueFrom, startWith, switchMap, throwError } from 'rxjs';
import { describeApiFailure } from '../../../core/http/api-failure';
import { LanguageService } from '../../../core/i18n/language.service';
import { LOADING, Loadable, loadable } from '../../../shared/data/loadable';
import { ErrorStateComponent } from '../../../shared/error-state/error-state.component';
import { LoadingIndicatorComponent } from '../../../shared/loading/loading-indicator.component';
import { NoticeComponent } from '../../../shared/notice/notice.component';
import { SkDatePipe } from '../../../shared/pipes/date.pipe';
import { FileSaver } from '../../applications/file-saver';
import { ApplicationApi } from '../../application/application-api';
import { blobFailure } from '../../application/application-editor';
import { SectionAutosave, SectionSaver } from '../../application/autosave/section-autosave';
import { BudgetSectionComponent } from '../../application/budget/budget-section.component';
import { BeneficiariesSectionComponent } from '../../application/sections/beneficiaries-section.component';
import { LogframeSectionComponent } from '../../application/sections/logframe-section.component';
import { ObjectivesSectionComponent } from '../../application/sections/objectives-section.component';
import { PartnersSectionComponent } from '../../application/sections/partners-section.component';
import { ProblemSectionComponent } from '../../application/sections/problem-section.component';
import { SummarySectionComponent } from '../../application/sections/summary-section.component';

/**
 * The application sections' forms are built around an autosave; read-only they never change, so
 * this one never saves (a call would mean a read-only form emitted a change, which it cannot).
 */
const NEVER_SAVES: SectionSaver = {
  save: () => throwError(() => new Error('read-only')),
  latest: () => EMPTY,
  saved: () => undefined,
  describe: () => ({ reason: '', code: null }),
};

const BYTES_PER_MB = 1024 * 1024;

/**
 * The application beside the score sheet, read-only: the applicant's own section forms (the ones
 * programme managers read), disabled, one expandable part each, and its documents to download. The
 * call's grant limits are not shown: the call is no longer public in evaluation, and they were
 * checked at submission.
 */
@Component({
  selector: 'sk-application-reader',
  imports: [
    BeneficiariesSectionComponent,
    BudgetSectionComponent,
    ErrorStateComponent,
    LoadingIndicatorComponent,
    LogframeSectionComponent,
    MatButton,
    MatExpansionModule,
    MatIcon,
    NoticeComponent,
    ObjectivesSectionComponent,
    PartnersSectionComponent,
    ProblemSectionComponent,
    SkDatePipe,
    SummarySectionComponent,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      @let current = state();
      @if (current.kind === 'loading') {
        <sk-loading-indicator [label]="t('evaluations.sheet.application.loading')" />
      } @else if (current.kind === 'failed') {
        <sk-error-state
          [failure]="current.failure"
          [title]="t('evaluations.sheet.application.failed')"
          (retry)="reload()"
        />
      } @else {
        @let app = current.value;
        <p class="facts">
          {{ t('evaluations.sheet.application.organisation', { name: app.organisation.legalName }) }}
          @if (app.submittedAt) {
            <br />{{ t('evaluations.sheet.application.submittedAt', { time: app.submittedAt | skDate: 'dateTime' }) }}
          }
        </p>
        <mat-accordion multi displayMode="flat">
          @for (key of sections; track key; let first = $first) {
            @if (autosaves().get(key); as autosave) {
              <mat-expansion-panel [expanded]="first" [attr.data-section]="key">
                <mat-expansion-panel-header>
                  <mat-panel-title>{{ t('application.sections.' + key) }}</mat-panel-title>
                </mat-expansion-panel-header>
                <ng-template matExpansionPanelContent>
                  @switch (key) {
                    @case ('summary') {
                      <sk-summary-section [autosave]="autosave" />
                    }
                    @case ('problem') {
                      <sk-problem-section [autosave]="autosave" />
                    }
                    @case ('objectives') {
                      <sk-objectives-section [autosave]="autosave" />
                    }
                    @case ('logframe') {
                      <sk-logframe-section [autosave]="autosave" />
                    }
                    @case ('beneficiaries') {
                      <sk-beneficiaries-section [autosave]="autosave" />
                    }
                    @case ('partners') {
                      <sk-partners-section [autosave]="autosave" />
                    }
                    @case ('budget') {
                      <sk-budget-section class="budget" [autosave]="autosave" />
                    }
                  }
                </ng-template>
              </mat-expansion-panel>
            }
          }
          <mat-expansion-panel data-section="attachments">
            <mat-expansion-panel-header>
              <mat-panel-title>{{ t('evaluations.sheet.application.documents') }}</mat-panel-title>
            </mat-expansion-panel-header>
            <ul class="documents">
              @for (attachment of app.attachments; track attachment.id) {
                <li>
                  <span>{{
                    t('evaluations.sheet.application.file', {
                      name: attachment.fileName,
                      size: fileSize(attachment.sizeBytes),
                    })
                  }}</span>
                  <button
                    mat-button
                    type="button"
                    class="download"
                    [attr.aria-label]="t('evaluations.sheet.application.downloadOf', { name: attachment.fileName })"
                    (click)="download(app, attachment)"
                  >
                    <mat-icon aria-hidden="true">download</mat-icon>{{ t('evaluations.sheet.application.download') }}
                  </button>
                </li>
              } @empty {
                <li>{{ t('evaluations.sheet.application.noDocuments') }}</li>
              }
            </ul>
            @if (downloadFailure(); as reason) {
              <sk-notice kind="error"
                ><p>{{ reason }}</p></sk-notice
              >
            }
          </mat-expansion-panel>
        </mat-accordion>
      }
    </ng-container>
  `,
  styles: `
    .facts {
      margin: 0 0 12px;
      color: var(--mat-sys-on-surface-variant);
    }
    .documents {
      display: grid;
      gap: 4px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .documents li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 8px;
    }
    /* The grant limits line speaks to the applicant ("checked when you submit"); not the evaluator's concern. */
    .budget ::ng-deep .limits {
      display: none;
    }
  `,
})
export class ApplicationReaderComponent {
  private readonly api = inject(ApplicationApi);
  private readonly files = inject(FileSaver);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);

  readonly applicationId = input.required<string>();

  protected readonly sections = APPLICATION_SECTIONS;
  private readonly reloads = new Subject<void>();
  protected readonly state = toSignal(
    toObservable(this.applicationId).pipe(
      switchMap((id) =>
        this.reloads.pipe(
          startWith(undefined),
          switchMap(() => loadable(this.api.get(id))),
        ),
      ),
    ),
    { initialValue: LOADING as Loadable<ApplicationDto> },
  );
  protected readonly autosaves = computed(() => {
    const state = this.state();
    const sections = state.kind === 'loaded' ? state.value.sections : [];
    return new Map<ApplicationSectionKey, SectionAutosave>(
      sections.map((section) => [section.key, new SectionAutosave(section.key, section, NEVER_SAVES)]),
    );
  });
  protected readonly downloadFailure = signal<string | null>(null);

  protected reload(): void {
    this.reloads.next();
  }

  /** A file's size as people read it: kB below a megabyte (as the application page shows it). */
  protected fileSize(bytes: number): string {
    const locale = this.language.formatLocale();
    return bytes < BYTES_PER_MB
      ? `${formatNumber(Math.max(1, Math.ceil(bytes / 1024)), locale, '1.0-0')} kB`
      : `${formatNumber(bytes / BYTES_PER_MB, locale, '1.0-1')} MB`;
  }

  /** Fetched with the bearer token, since a plain link would carry none. */
  protected async download(application: ApplicationDto, attachment: ApplicationAttachmentDto): Promise<void> {
    this.downloadFailure.set(null);
    try {
      const blob = await firstValueFrom(this.api.downloadAttachment(application.id, attachment.id));
      this.files.save(blob, attachment.fileName);
    } catch (error: unknown) {
      this.downloadFailure.set(describeApiFailure(await blobFailure(error), this.transloco));
    }
  }
}
