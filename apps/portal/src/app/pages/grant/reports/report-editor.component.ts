import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  computed,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import type { GrantDto, GrantReportDto } from '@skema/contracts';
import { firstValueFrom, map, startWith, switchMap } from 'rxjs';
import { type ApiFailure, describeApiFailure, toApiFailure } from '../../../core/http/api-failure';
import { LanguageService } from '../../../core/i18n/language.service';
import { FORM_PROVIDERS } from '../../../shared/forms/form-providers';
import { applyProblem, focusFirstInvalid } from '../../../shared/forms/server-errors';
import { NoticeComponent } from '../../../shared/notice/notice.component';
import { SkDatePipe } from '../../../shared/pipes/date.pipe';
import { SkMoneyPipe } from '../../../shared/pipes/money.pipe';
import { parseEuroCents } from '../../application/budget/amount-input';
import { ConfirmDialogComponent, type ConfirmDialogData } from '../../call-management/confirm-dialog.component';
import { GrantApi } from '../grant-api';
import { GrantErrorPipe } from '../grant-error.pipe';
import { budgetLineName } from '../grant-figures';
import { NARRATIVE_SECTIONS, expenditureFieldPaths, expenditureTotal, reportForm, saveRequest } from './report-form';

/** Refusals that mean the report on screen is not the one on the server any more: reload, then redo. */
const OUTDATED = new Set(['report_stale_version', 'report_not_editable', 'illegal_transition']);

/**
 * The grantee's form for a draft or returned report: the narrative, and per approved budget line
 * what was spent in the period in EUR (checked and totalled as it is typed, sent in cents). Saving
 * sends the version it started from, so a colleague's save in between is refused rather than lost;
 * submitting saves what is unsaved first, after a confirmation.
 */
@Component({
  selector: 'sk-report-editor',
  imports: [
    GrantErrorPipe,
    MatButton,
    MatError,
    MatFormField,
    MatHint,
    MatIcon,
    MatInput,
    MatLabel,
    MatSuffix,
    NoticeComponent,
    ReactiveFormsModule,
    SkDatePipe,
    SkMoneyPipe,
    TranslocoDirective,
  ],
  providers: FORM_PROVIDERS,
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './report-editor.component.html',
  styleUrl: './report-editor.component.scss',
})
export class ReportEditorComponent {
  private readonly api = inject(GrantApi);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private readonly dictionary = toSignal(this.transloco.selectTranslation());

  readonly grant = input.required<GrantDto>();
  readonly report = input.required<GrantReportDto>();
  /** The report as the server now has it (saved or submitted). */
  readonly changed = output<GrantReportDto>();
  /** The report on screen is outdated: the list should be read again. */
  readonly reloadRequested = output<void>();

  protected readonly sections = NARRATIVE_SECTIONS;
  /**
   * The notation amounts are typed in, fixed when the form is made: a language switch must not
   * reread what was typed ("1.250" is 1250 in sq, 1.25 in en).
   */
  private readonly locale = untracked(() => this.language.language());
  private readonly reportId = computed(() => this.report().id);
  /** One form per report: a save's answer (the same report, a new version) keeps what is being typed. */
  protected readonly form = computed(() => {
    this.reportId();
    return untracked(() => reportForm(this.report(), this.grant().budget, this.locale));
  });
  private readonly values = toSignal(
    toObservable(this.form).pipe(
      switchMap((form) =>
        form.valueChanges.pipe(
          startWith(null),
          map(() => form.getRawValue()),
        ),
      ),
    ),
  );
  protected readonly total = computed(() =>
    expenditureTotal(this.values()?.expenditure ?? {}, this.grant().budget, this.locale),
  );
  protected readonly lines = computed(() => {
    this.dictionary();
    const translate = (key: string) => this.transloco.translate(key);
    const typed = this.values()?.expenditure ?? {};
    return this.grant().budget.map((line) => {
      const name = budgetLineName(line, translate);
      const cents = parseEuroCents(typed[line.key] ?? '', this.locale);
      return { ...line, name, over: cents !== null && cents > Math.max(0, line.remainingCents) };
    });
  });

  protected readonly busy = signal<'saving' | 'submitting' | null>(null);
  protected readonly savedAt = signal<Date | null>(null);
  protected readonly failure = signal<readonly string[] | null>(null);
  protected readonly outdated = signal(false);

  protected async save(): Promise<void> {
    if (this.busy()) return;
    this.busy.set('saving');
    try {
      await this.persist();
    } finally {
      this.busy.set(null);
    }
  }

  protected async submit(): Promise<void> {
    if (this.busy()) return;
    if (!this.checkValid()) return;
    if (!(await this.confirmSubmit())) return;
    this.busy.set('submitting');
    try {
      if (this.form().dirty && !(await this.persist())) return;
      const report = this.report();
      const submitted = await firstValueFrom(this.api.submitReport(this.grant().id, report.id));
      this.changed.emit(submitted);
    } catch (caught: unknown) {
      this.fail(toApiFailure(caught));
    } finally {
      this.busy.set(null);
    }
  }

  protected reload(): void {
    this.reloadRequested.emit();
  }

  /** Saves the form; true when the server has it. Keeps the form dirty if it changed while saving. */
  private async persist(): Promise<boolean> {
    if (!this.checkValid()) return false;
    const form = this.form();
    const request = saveRequest(form, this.report(), this.grant().budget, this.locale);
    const sent = JSON.stringify(form.getRawValue());
    this.failure.set(null);
    this.outdated.set(false);
    try {
      const saved = await firstValueFrom(this.api.saveReport(this.grant().id, this.report().id, request));
      if (JSON.stringify(form.getRawValue()) === sent) form.markAsPristine();
      this.savedAt.set(new Date());
      this.changed.emit(saved);
      return true;
    } catch (caught: unknown) {
      this.fail(toApiFailure(caught), expenditureFieldPaths(request));
      return false;
    }
  }

  private checkValid(): boolean {
    const form = this.form();
    if (form.valid) return true;
    form.markAllAsTouched();
    setTimeout(() => focusFirstInvalid(this.host));
    return false;
  }

  private fail(failure: ApiFailure, fields: Record<string, string> = {}): void {
    this.savedAt.set(null);
    if (failure.kind === 'problem' && OUTDATED.has(failure.problem.code)) {
      this.outdated.set(true);
      this.failure.set([failure.problem.detail]);
      return;
    }
    const messages = failure.kind === 'problem' ? applyProblem(this.form(), failure.problem, { fields }) : [];
    this.failure.set(messages.length ? messages : [describeApiFailure(failure, this.transloco)]);
  }

  private async confirmSubmit(): Promise<boolean> {
    const t = (key: string) => this.transloco.translate(`grant.reports.submitDialog.${key}`);
    const data: ConfirmDialogData = {
      title: t('title'),
      paragraphs: [t('text')],
      confirm: t('confirm'),
      cancel: t('cancel'),
    };
    const ref = this.dialog.open<ConfirmDialogComponent, ConfirmDialogData, boolean>(ConfirmDialogComponent, {
      injector: this.injector,
      width: '32rem',
      maxWidth: '95vw',
      data,
    });
    return (await firstValueFrom(ref.afterClosed())) === true;
  }
}
