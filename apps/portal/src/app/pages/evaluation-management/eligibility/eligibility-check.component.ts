import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatButtonToggle, MatButtonToggleGroup } from '@angular/material/button-toggle';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { ELIGIBILITY_LIMITS, type EligibilityCheckDto, type LocalizedText } from '@skema/contracts';
import { firstValueFrom, map, of, startWith, switchMap } from 'rxjs';
import { describeApiFailure, toApiFailure } from '../../../core/http/api-failure';
import { LanguageService } from '../../../core/i18n/language.service';
import { LOADING, type Loadable } from '../../../shared/data/loadable';
import { ErrorStateComponent } from '../../../shared/error-state/error-state.component';
import { FORM_PROVIDERS } from '../../../shared/forms/form-providers';
import { applyProblem } from '../../../shared/forms/server-errors';
import { LoadingIndicatorComponent } from '../../../shared/loading/loading-indicator.component';
import { NoticeComponent } from '../../../shared/notice/notice.component';
import { SkDatePipe } from '../../../shared/pipes/date.pipe';
import { EvaluationManagementApi } from '../evaluation-management-api';
import { EvaluationErrorPipe } from '../evaluation-error.pipe';
import { type EligibilityForm, eligibilityForm, eligibilityRequest, pendingOutcome } from './eligibility-form';

/** Where the check may still be (re)decided; once evaluation starts it is the record. */
const DECIDABLE = new Set(['submitted', 'eligible', 'ineligible']);

/**
 * One application's eligibility check: each checklist item passed or failed, a failed one with the
 * note the CSO will read. Saved as a whole; the API's field errors land under the items they are about.
 */
@Component({
  selector: 'sk-eligibility-check',
  imports: [
    ErrorStateComponent,
    EvaluationErrorPipe,
    LoadingIndicatorComponent,
    MatButton,
    MatButtonToggle,
    MatButtonToggleGroup,
    MatError,
    MatFormField,
    MatHint,
    MatIcon,
    MatInput,
    MatLabel,
    NoticeComponent,
    ReactiveFormsModule,
    RouterLink,
    SkDatePipe,
    TranslocoDirective,
  ],
  providers: FORM_PROVIDERS,
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './eligibility-check.component.html',
  styleUrl: './eligibility-check.component.scss',
})
export class EligibilityCheckComponent {
  private readonly api = inject(EvaluationManagementApi);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;

  readonly applicationId = input.required<string>();
  readonly reference = input<string | null>(null);
  /** The decision was saved: the list shows the application's new state. */
  readonly saved = output<EligibilityCheckDto>();
  readonly closed = output<void>();

  protected readonly limits = ELIGIBILITY_LIMITS;
  protected readonly state = signal<Loadable<EligibilityCheckDto>>(LOADING);
  protected readonly form = signal<EligibilityForm | null>(null);
  protected readonly texts = signal<readonly LocalizedText[]>([]);
  protected readonly editable = computed(() => {
    const state = this.state();
    return state.kind === 'loaded' && DECIDABLE.has(state.value.applicationStatus);
  });
  protected readonly busy = signal(false);
  protected readonly failure = signal<{ summary: string; details: readonly string[] } | null>(null);
  protected readonly savedNow = signal(false);
  /** What saving would decide, as the person toggles. */
  protected readonly outcome = toSignal(
    toObservable(this.form).pipe(
      switchMap((form) =>
        form
          ? form.valueChanges.pipe(
              startWith(null),
              map(() => pendingOutcome(form)),
            )
          : of(null),
      ),
    ),
    { initialValue: null },
  );

  constructor() {
    effect(() => {
      const id = this.applicationId();
      untracked(() => void this.load(id));
    });
  }

  protected async load(id = this.applicationId()): Promise<void> {
    this.state.set(LOADING);
    this.failure.set(null);
    this.savedNow.set(false);
    try {
      this.show(await firstValueFrom(this.api.eligibility(id)));
    } catch (caught: unknown) {
      this.state.set({ kind: 'failed', failure: toApiFailure(caught) });
    }
  }

  protected text(index: number): string {
    const text = this.texts()[index];
    return text ? text[this.language.language()] || text.sq : '';
  }

  protected async save(): Promise<void> {
    const form = this.form();
    if (!form || this.busy()) return;
    this.failure.set(null);
    this.savedNow.set(false);
    if (form.invalid) {
      form.markAllAsTouched();
      this.failure.set({ summary: this.transloco.translate('evaluationManagement.eligibility.invalid'), details: [] });
      setTimeout(() => this.focusFirstInvalid());
      return;
    }
    this.busy.set(true);
    try {
      const check = await firstValueFrom(this.api.saveEligibility(this.applicationId(), eligibilityRequest(form)));
      this.show(check);
      this.savedNow.set(true);
      this.saved.emit(check);
    } catch (caught: unknown) {
      const failure = toApiFailure(caught);
      const summary = describeApiFailure(failure, this.transloco);
      // Field errors go under their items (`items.2.note`); the rest (e.g. `items`) into the summary.
      const details =
        failure.kind === 'problem' ? applyProblem(form, failure.problem).filter((m) => m !== summary) : [];
      const arrayError = form.controls.items.errors?.['server'] as string | undefined;
      this.failure.set({ summary, details: arrayError ? [...details, arrayError] : details });
      setTimeout(() => this.focusFirstInvalid());
    } finally {
      this.busy.set(false);
    }
  }

  private show(check: EligibilityCheckDto): void {
    const form = eligibilityForm(check);
    if (!DECIDABLE.has(check.applicationStatus)) form.disable();
    this.texts.set(check.items.map((item) => item.text));
    this.form.set(form);
    this.state.set({ kind: 'loaded', value: check });
  }

  private focusFirstInvalid(): void {
    const field = this.host.querySelector<HTMLElement>(
      'mat-button-toggle-group.ng-invalid button, textarea.ng-invalid',
    );
    (field ?? this.host.querySelector<HTMLElement>('#eligibility-failure'))?.focus();
  }
}
