import { ChangeDetectionStrategy, Component, ElementRef, OnInit, computed, inject, input, output, signal, untracked } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { CALL_LIMITS, type CallDto } from '@skema/contracts';
import { firstValueFrom } from 'rxjs';
import { describeApiFailure, toApiFailure } from '../../core/http/api-failure';
import { LanguageService } from '../../core/i18n/language.service';
import { FORM_PROVIDERS } from '../../shared/forms/form-providers';
import { focusFirstInvalid } from '../../shared/forms/server-errors';
import { NoticeComponent } from '../../shared/notice/notice.component';
import { type AmendForm, createAmendForm } from './call-form';
import { amendFormFromDto, amendmentRequest } from './call-form-mapping';
import { CallGridSectionComponent } from './call-grid-section.component';
import { CallLotsSectionComponent } from './call-lots-section.component';
import { CallManagementApi } from './call-management-api';
import { CallProblemListComponent } from './call-problem-list.component';
import { type ProblemItem, clearServerErrors, placeProblems } from './call-problems';
import { focusPath } from './list-editing';
import { LocalizedFieldsComponent } from './localized-fields.component';
import { TiraneDateTimeFieldComponent } from './tirane-date-time-field.component';

/**
 * A published call changes only through a logged amendment (DESIGN §3): a reason in both languages,
 * and any of the deadline, the lot envelopes, the grid, the title and the text. Only what differs is
 * sent; the API checks the result against every publication rule and notifies each CSO with a draft.
 */
@Component({
  selector: 'sk-call-amend-form',
  imports: [
    CallGridSectionComponent,
    CallLotsSectionComponent,
    CallProblemListComponent,
    LocalizedFieldsComponent,
    MatButton,
    NoticeComponent,
    ReactiveFormsModule,
    TiraneDateTimeFieldComponent,
    TranslocoDirective,
  ],
  providers: FORM_PROVIDERS,
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="sk-form" [formGroup]="form()" (ngSubmit)="submit()" novalidate *transloco="let t; prefix: 'callManagement'">
      @let c = form().controls;
      <h2 id="amend-heading" tabindex="-1">{{ t('amend.title') }}</h2>
      <sk-notice kind="info"><p>{{ t('amend.notifies') }}</p></sk-notice>

      <h3>{{ t('amend.reasonHeading') }}</h3>
      <sk-call-localized-fields [group]="c.reason" [label]="t('fields.reason')" path="reason" [multiline]="true" [maxLength]="limits.reasonMaxLength" />

      <h3>{{ t('sections.basics') }}</h3>
      <sk-call-localized-fields [group]="c.title" [label]="t('fields.title')" path="title" [maxLength]="limits.titleMaxLength" />
      <sk-call-localized-fields [group]="c.text" [label]="t('fields.text')" path="text" [multiline]="true" [maxLength]="limits.textMaxLength" />
      <sk-call-date-time-field [control]="c.deadline" [label]="t('fields.deadline')" path="deadline" />

      <h3>{{ t('sections.lots') }}</h3>
      <sk-call-lots-section [lots]="c.lots" [fixedRegions]="true" [totalBudgetCents]="call().totalBudgetCents" [minGrantCents]="call().minGrantCents" />

      <h3>{{ t('sections.grid') }}</h3>
      <sk-call-grid-section [grid]="c.grid" />

      @if (failure(); as failed) {
        <sk-call-problem-list [summary]="failed.summary" [problems]="failed.problems" (go)="goTo($event)" />
      }
      <div class="sk-form__actions">
        <button mat-flat-button type="submit" [disabled]="busy()">{{ t('amend.submit') }}</button>
        <button mat-button type="button" (click)="cancelled.emit()">{{ t('cancel') }}</button>
      </div>
    </form>
  `,
  styles: `
    h2 {
      margin: 0;
      font: var(--mat-sys-title-large);
    }
    h3 {
      margin: 16px 0 0;
      font: var(--mat-sys-title-medium);
    }
  `,
})
export class CallAmendFormComponent implements OnInit {
  private readonly api = inject(CallManagementApi);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;

  readonly call = input.required<CallDto>();
  readonly amended = output<CallDto>();
  readonly cancelled = output<void>();

  protected readonly limits = CALL_LIMITS;
  /** A fresh form per call; a language switch must not throw away what was typed. */
  protected readonly form = computed<AmendForm>(() => {
    const separator = untracked(() => (this.language.language() === 'sq' ? ',' : '.'));
    return createAmendForm(amendFormFromDto(this.call(), separator));
  });
  protected readonly busy = signal(false);
  protected readonly failure = signal<{ summary: string; problems: readonly ProblemItem[] } | null>(null);

  ngOnInit(): void {
    setTimeout(() => this.host.querySelector<HTMLElement>('#amend-heading')?.focus());
  }

  protected async submit(): Promise<void> {
    const form = this.form();
    this.failure.set(null);
    clearServerErrors(form);
    if (form.invalid) {
      form.markAllAsTouched();
      focusFirstInvalid(this.host);
      return;
    }
    const request = amendmentRequest(this.call(), form.getRawValue());
    const { version: _version, reason: _reason, ...changes } = request;
    if (Object.keys(changes).length === 0) {
      this.failure.set({ summary: this.transloco.translate('callManagement.amend.nothingChanged'), problems: [] });
      return;
    }
    this.busy.set(true);
    try {
      this.amended.emit(await firstValueFrom(this.api.amend(this.call().id, request)));
    } catch (caught: unknown) {
      const failure = toApiFailure(caught);
      const problems = failure.kind === 'problem' ? placeProblems(form, failure.problem, form.getRawValue().lots) : [];
      this.failure.set({ summary: describeApiFailure(failure, this.transloco), problems });
      setTimeout(() => focusFirstInvalid(this.host));
    } finally {
      this.busy.set(false);
    }
  }

  protected goTo(problem: ProblemItem): void {
    if (problem.path && focusPath(this.host, problem.path)) return;
    this.host.querySelector<HTMLElement>('#amend-heading')?.focus();
  }
}
