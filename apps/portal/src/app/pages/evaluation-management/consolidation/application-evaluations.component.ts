import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import type { ApplicationEvaluationsDto, EvaluatorOptionDto } from '@skema/contracts';
import { firstValueFrom } from 'rxjs';
import { describeApiFailure, toApiFailure } from '../../../core/http/api-failure';
import { LanguageService } from '../../../core/i18n/language.service';
import { LOADING, type Loadable } from '../../../shared/data/loadable';
import { ErrorStateComponent } from '../../../shared/error-state/error-state.component';
import { FORM_PROVIDERS } from '../../../shared/forms/form-providers';
import { LoadingIndicatorComponent } from '../../../shared/loading/loading-indicator.component';
import { NoticeComponent } from '../../../shared/notice/notice.component';
import { EvaluationManagementApi } from '../evaluation-management-api';
import { regionName } from '../evaluation-tabs';
import { EvaluatorSelectComponent } from '../evaluator-select.component';
import { SkPointsPipe } from '../points.pipe';
import { StateChipComponent } from '../state-chip.component';
import { CONSOLIDATION_TONES } from './consolidation-tones';
import { EvaluationSheetsComponent } from './evaluation-sheets.component';
import { ModerationFormComponent } from './moderation-form.component';

/** A moderation needs two submitted evaluations (decision 0015). */
const MODERATION_MIN_SUBMITTED = 2;

/**
 * One application's evaluations for the programme manager: the sheets side by side, the consolidation
 * (spread against the call's gap), and the two ways out of a divergence — a third evaluator, or the
 * committee's moderation.
 */
@Component({
  selector: 'sk-application-evaluations',
  imports: [
    ErrorStateComponent,
    EvaluationSheetsComponent,
    EvaluatorSelectComponent,
    LoadingIndicatorComponent,
    MatButton,
    MatIcon,
    ModerationFormComponent,
    NoticeComponent,
    ReactiveFormsModule,
    RouterLink,
    SkPointsPipe,
    StateChipComponent,
    TranslocoDirective,
  ],
  providers: FORM_PROVIDERS,
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './application-evaluations.component.html',
  styleUrl: './application-evaluations.component.scss',
})
export class ApplicationEvaluationsComponent {
  private readonly api = inject(EvaluationManagementApi);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);

  readonly applicationId = input.required<string>();
  readonly reference = input<string | null>(null);
  /** The application's evaluators or consolidation changed: the table's row too. */
  readonly changed = output<void>();
  readonly closed = output<void>();

  protected readonly tones = CONSOLIDATION_TONES;
  protected readonly state = signal<Loadable<ApplicationEvaluationsDto>>(LOADING);
  protected readonly panel = signal<'third' | 'moderation' | null>(null);
  protected readonly evaluators = signal<readonly EvaluatorOptionDto[]>([]);
  protected readonly thirdForm = new FormGroup({
    evaluatorId: new FormControl<string | null>(null, Validators.required),
  });
  protected readonly busy = signal(false);
  protected readonly message = signal<{ kind: 'success' | 'error'; text: string } | null>(null);

  protected readonly loaded = computed(() => {
    const state = this.state();
    return state.kind === 'loaded' ? state.value : null;
  });
  /** The gap in points: the grid's maximum × the call's gap (basis points). */
  protected readonly gapPoints = computed(() => {
    const value = this.loaded();
    return value ? (value.grid.maxScore * value.divergenceGapBp) / 10_000 : null;
  });
  protected readonly assigned = computed(() => this.loaded()?.evaluations.map((e) => e.evaluatorId) ?? []);
  protected readonly canModerate = computed(
    () => (this.loaded()?.consolidation.submittedCount ?? 0) >= MODERATION_MIN_SUBMITTED,
  );

  constructor() {
    effect(() => {
      const id = this.applicationId();
      untracked(() => {
        this.panel.set(null);
        this.message.set(null);
        void this.load(id);
      });
    });
  }

  protected async load(id = this.applicationId()): Promise<void> {
    this.state.set(LOADING);
    try {
      this.state.set({ kind: 'loaded', value: await firstValueFrom(this.api.applicationEvaluations(id)) });
    } catch (caught: unknown) {
      this.state.set({ kind: 'failed', failure: toApiFailure(caught) });
    }
  }

  protected region(code: string): string {
    return regionName(code, this.language.language());
  }

  protected async openThird(): Promise<void> {
    this.message.set(null);
    this.panel.set('third');
    this.thirdForm.reset();
    if (this.evaluators().length) return;
    try {
      this.evaluators.set(await firstValueFrom(this.api.evaluators()));
    } catch (caught: unknown) {
      this.message.set({ kind: 'error', text: describeApiFailure(toApiFailure(caught), this.transloco) });
    }
  }

  protected openModeration(): void {
    this.message.set(null);
    this.panel.set('moderation');
  }

  protected async addThird(): Promise<void> {
    const evaluatorId = this.thirdForm.controls.evaluatorId.value;
    if (!evaluatorId) {
      this.thirdForm.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    this.message.set(null);
    try {
      const assignment = await firstValueFrom(this.api.addAssignment(this.applicationId(), evaluatorId));
      const text = this.transloco.translate('evaluationManagement.evaluations.thirdAdded', {
        evaluator: assignment.evaluatorName,
      });
      this.panel.set(null);
      await this.load();
      this.message.set({ kind: 'success', text });
      this.changed.emit();
    } catch (caught: unknown) {
      this.message.set({ kind: 'error', text: describeApiFailure(toApiFailure(caught), this.transloco) });
    } finally {
      this.busy.set(false);
    }
  }

  protected moderated(result: ApplicationEvaluationsDto): void {
    this.state.set({ kind: 'loaded', value: result });
    this.panel.set(null);
    this.message.set({ kind: 'success', text: this.transloco.translate('evaluationManagement.evaluations.moderated') });
    this.changed.emit();
  }
}
