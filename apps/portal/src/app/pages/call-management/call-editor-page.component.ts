import { ChangeDetectionStrategy, Component, ElementRef, Injector, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIcon } from '@angular/material/icon';
import { MatTab, MatTabContent, MatTabGroup } from '@angular/material/tabs';
import { Router, RouterLink } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import type { CallAmendmentDto, CallDto } from '@skema/contracts';
import { firstValueFrom, map } from 'rxjs';
import { describeApiFailure, toApiFailure } from '../../core/http/api-failure';
import { LanguageService } from '../../core/i18n/language.service';
import { LOADING, Loadable } from '../../shared/data/loadable';
import { ErrorStateComponent } from '../../shared/error-state/error-state.component';
import { FORM_PROVIDERS } from '../../shared/forms/form-providers';
import { focusFirstInvalid } from '../../shared/forms/server-errors';
import { LoadingIndicatorComponent } from '../../shared/loading/loading-indicator.component';
import { NoticeComponent } from '../../shared/notice/notice.component';
import { SkDatePipe } from '../../shared/pipes/date.pipe';
import { hasEvaluation } from '../evaluation-management/evaluation-link';
import { CallAmendFormComponent } from './call-amend-form.component';
import { CallAmendmentsComponent } from './call-amendments.component';
import { CallAttachmentsSectionComponent } from './call-attachments-section.component';
import { CallBasicsSectionComponent } from './call-basics-section.component';
import { CallEligibilitySectionComponent } from './call-eligibility-section.component';
import { createCallForm, fillGeneratedKeys, setCallForm } from './call-form';
import type { CallFormSection } from './call-field-paths';
import { callFormFromDto, callRequestFromForm, newCallForm } from './call-form-mapping';
import { previewFromDto, previewFromForm } from './call-preview';
import { eurToCents } from './typed-values';
import { CallGridSectionComponent } from './call-grid-section.component';
import { CallLotsSectionComponent } from './call-lots-section.component';
import { CallManagementApi } from './call-management-api';
import { CallMoneySectionComponent } from './call-money-section.component';
import { CallProblemListComponent } from './call-problem-list.component';
import { type ProblemItem, clearServerErrors, placeProblems } from './call-problems';
import { CallStatusChipComponent } from './call-status-chip.component';
import { CallSummaryComponent } from './call-summary.component';
import { ConfirmDialogComponent, ConfirmDialogData } from './confirm-dialog.component';
import { focusPath } from './list-editing';

type Outcome = 'saved' | 'published' | 'closed' | 'amended';
type Busy = 'save' | 'publish' | 'close' | null;

const SECTIONS: readonly CallFormSection[] = ['basics', 'money', 'lots', 'eligibility', 'grid', 'attachments'];

/**
 * `/manage/calls/new` and `/manage/calls/:id`. A draft is edited in one form (saved with its version:
 * a stale one is refused, and the page offers to reload), previewed as applicants will see it, and
 * published once the API finds nothing missing, every problem listed. A published call is read-only:
 * it changes only through a logged amendment, and can be closed once its deadline has passed.
 */
@Component({
  selector: 'sk-call-editor-page',
  imports: [
    CallAmendFormComponent,
    CallAmendmentsComponent,
    CallAttachmentsSectionComponent,
    CallBasicsSectionComponent,
    CallEligibilitySectionComponent,
    CallGridSectionComponent,
    CallLotsSectionComponent,
    CallMoneySectionComponent,
    CallProblemListComponent,
    CallStatusChipComponent,
    CallSummaryComponent,
    ErrorStateComponent,
    LoadingIndicatorComponent,
    MatAnchor,
    MatButton,
    MatIcon,
    MatTab,
    MatTabContent,
    MatTabGroup,
    NoticeComponent,
    ReactiveFormsModule,
    RouterLink,
    SkDatePipe,
    TranslocoDirective,
  ],
  providers: FORM_PROVIDERS,
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './call-editor-page.component.html',
  styleUrl: './call-editor-page.component.scss',
})
export class CallEditorPageComponent {
  private readonly api = inject(CallManagementApi);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;

  /** The call's id from the route; absent on `/manage/calls/new`. */
  readonly id = input<string>();

  protected readonly sections = SECTIONS;
  protected readonly hasEvaluation = hasEvaluation;
  protected readonly form = createCallForm(newCallForm());
  protected readonly loadState = signal<Loadable<CallDto | null>>(LOADING);
  protected readonly call = signal<CallDto | null>(null);
  protected readonly amendments = signal<Loadable<CallAmendmentDto[]> | null>(null);
  protected readonly editable = computed(() => (this.call()?.status ?? 'draft') === 'draft');
  protected readonly busy = signal<Busy>(null);
  protected readonly outcome = signal<{ kind: Outcome; at: Date } | null>(null);
  protected readonly failure = signal<{ summary: string; problems: readonly ProblemItem[] } | null>(null);
  /** The call changed elsewhere (409): the person may reload it, losing what they typed. */
  protected readonly stale = signal(false);
  protected readonly amending = signal(false);
  protected readonly tab = signal(0);

  private readonly formValue = toSignal(this.form.valueChanges.pipe(map(() => this.form.getRawValue())), {
    initialValue: this.form.getRawValue(),
  });
  protected readonly totalBudgetCents = computed(() => eurToCents(this.formValue().totalBudget));
  protected readonly minGrantCents = computed(() => eurToCents(this.formValue().minGrant));
  protected readonly preview = computed(() => {
    const call = this.call();
    return previewFromForm(this.formValue(), call?.status ?? 'draft', call?.reference ?? null);
  });
  protected readonly savedView = computed(() => {
    const call = this.call();
    return call ? previewFromDto(call) : null;
  });
  /** Closing before the deadline is refused by the API; the page says so before anyone tries. */
  protected readonly deadlinePassed = computed(() => {
    const call = this.call();
    return !!call && new Date(call.deadline).getTime() <= Date.now();
  });

  constructor() {
    const state = this.router.currentNavigation()?.extras.state;
    if (state?.['saved']) this.outcome.set({ kind: 'saved', at: new Date() });
    effect(() => {
      const id = this.id();
      untracked(() => (id ? void this.load(id) : this.loadState.set({ kind: 'loaded', value: null })));
    });
  }

  protected async load(id: string): Promise<void> {
    this.loadState.set(LOADING);
    this.stale.set(false);
    this.failure.set(null);
    try {
      const call = await firstValueFrom(this.api.get(id));
      this.show(call);
      this.loadState.set({ kind: 'loaded', value: call });
    } catch (caught: unknown) {
      this.loadState.set({ kind: 'failed', failure: toApiFailure(caught) });
    }
  }

  protected reload(): void {
    const id = this.call()?.id ?? this.id();
    if (id) void this.load(id);
  }

  /** Saves the draft; resolves to the saved call, or null when it could not be saved. */
  protected async save(): Promise<CallDto | null> {
    this.clearMessages();
    clearServerErrors(this.form);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.failure.set({ summary: this.translate('saveInvalid'), problems: [] });
      this.tab.set(0);
      setTimeout(() => focusFirstInvalid(this.host));
      return null;
    }
    const body = callRequestFromForm(this.form.getRawValue());
    const call = this.call();
    this.busy.set('save');
    try {
      if (!call) {
        const created = await firstValueFrom(this.api.create(body));
        this.form.markAsPristine();
        await this.router.navigate(['/manage/calls', created.id], { state: { saved: true }, replaceUrl: true });
        return created;
      }
      const saved = await firstValueFrom(this.api.update(call.id, { ...body, version: call.version }));
      this.call.set(saved);
      fillGeneratedKeys(this.form, saved);
      this.form.markAsPristine();
      this.outcome.set({ kind: 'saved', at: new Date() });
      return saved;
    } catch (caught: unknown) {
      this.showFailure(caught);
      return null;
    } finally {
      this.busy.set(null);
    }
  }

  protected async publish(): Promise<void> {
    const dirty = this.form.dirty;
    const paragraphs = [this.translate('publishDialog.text'), ...(dirty ? [this.translate('publishDialog.savesFirst')] : [])];
    if (!(await this.confirm('publishDialog', paragraphs))) return;
    if (dirty && !(await this.save())) return;
    await this.act('publish', (id) => this.api.publish(id), 'published');
  }

  protected async close(): Promise<void> {
    if (!(await this.confirm('closeDialog', [this.translate('closeDialog.text')]))) return;
    await this.act('close', (id) => this.api.close(id), 'closed');
  }

  protected startAmending(): void {
    this.clearMessages();
    this.amending.set(true);
  }

  protected amended(call: CallDto): void {
    this.amending.set(false);
    this.show(call);
    this.outcome.set({ kind: 'amended', at: new Date() });
    this.focusHeading();
  }

  protected goToProblem(problem: ProblemItem): void {
    this.tab.set(0);
    setTimeout(() => {
      if (problem.path && focusPath(this.host, problem.path)) return;
      if (problem.section) this.goToSection(problem.section);
    });
  }

  protected goToSection(section: CallFormSection): void {
    const heading = this.host.querySelector<HTMLElement>(`#call-section-${section}`);
    heading?.scrollIntoView?.({ block: 'start' });
    heading?.focus();
  }

  private async act(busy: Busy, request: (id: string) => ReturnType<CallManagementApi['publish']>, outcome: Outcome): Promise<void> {
    const call = this.call();
    if (!call) return;
    this.clearMessages();
    this.busy.set(busy);
    try {
      this.show(await firstValueFrom(request(call.id)));
      this.outcome.set({ kind: outcome, at: new Date() });
      this.focusHeading();
    } catch (caught: unknown) {
      this.showFailure(caught);
    } finally {
      this.busy.set(null);
    }
  }

  private show(call: CallDto): void {
    this.call.set(call);
    const separator = this.language.language() === 'sq' ? ',' : '.';
    setCallForm(this.form, callFormFromDto(call, separator));
    this.form.markAsPristine();
    if (call.status !== 'draft') void this.loadAmendments(call.id);
  }

  private async loadAmendments(id: string): Promise<void> {
    this.amendments.set(LOADING);
    try {
      this.amendments.set({ kind: 'loaded', value: await firstValueFrom(this.api.amendments(id)) });
    } catch (caught: unknown) {
      this.amendments.set({ kind: 'failed', failure: toApiFailure(caught) });
    }
  }

  protected retryAmendments(): void {
    const id = this.call()?.id;
    if (id) void this.loadAmendments(id);
  }

  private showFailure(caught: unknown): void {
    const failure = toApiFailure(caught);
    const summary = describeApiFailure(failure, this.transloco);
    if (failure.kind === 'problem' && failure.status === 409 && ['call_stale_version', 'call_not_editable', 'call_not_amendable'].includes(failure.problem.code)) {
      this.stale.set(true);
      this.failure.set({ summary, problems: [] });
      return;
    }
    const problems = failure.kind === 'problem' ? placeProblems(this.form, failure.problem, this.form.getRawValue().lots) : [];
    this.failure.set({ summary, problems });
    this.tab.set(0);
    setTimeout(() => {
      if (problems.some((problem) => problem.path)) focusFirstInvalid(this.host);
      else this.host.querySelector<HTMLElement>('sk-call-problem-list a')?.focus();
    });
  }

  private clearMessages(): void {
    this.failure.set(null);
    this.stale.set(false);
    this.outcome.set(null);
  }

  private confirm(dialog: 'publishDialog' | 'closeDialog', paragraphs: string[]): Promise<boolean> {
    const data: ConfirmDialogData = {
      title: this.translate(`${dialog}.title`),
      paragraphs,
      confirm: this.translate(`${dialog}.confirm`),
      cancel: this.translate('cancel'),
    };
    const ref = this.dialog.open<ConfirmDialogComponent, ConfirmDialogData, boolean>(ConfirmDialogComponent, {
      injector: this.injector,
      width: '32rem',
      maxWidth: '95vw',
      data,
    });
    return firstValueFrom(ref.afterClosed()).then((confirmed) => confirmed === true);
  }

  private focusHeading(): void {
    setTimeout(() => this.host.querySelector<HTMLElement>('#call-page-heading')?.focus());
  }

  private translate(key: string, params?: Record<string, unknown>): string {
    return this.transloco.translate(`callManagement.${key}`, params);
  }
}
