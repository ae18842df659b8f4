import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import type { EvaluationProgressDto } from '@skema/contracts';
import { LanguageService } from '../../../core/i18n/language.service';
import { regionName } from '../evaluation-tabs';
import { type BarRow, type BarSeries, StackedBarsComponent } from '../stacked-bars.component';

type Evaluator = EvaluationProgressDto['evaluators'][number];

/**
 * Sheets not yet begun (awaiting the declaration included). `assigned` leaves declared conflicts out,
 * as the API counts it: those are no longer the evaluator's work.
 */
export function pendingSheets(evaluator: Evaluator): number {
  return Math.max(0, evaluator.assigned - evaluator.drafts - evaluator.submitted);
}

/**
 * How far the evaluation is: per lot, applications consolidated, divergent or still incomplete; per
 * evaluator, sheets submitted, in draft or not begun. Bars for a glance, the numbers in words beside
 * them and in tables for screen readers.
 */
@Component({
  selector: 'sk-evaluation-progress',
  imports: [StackedBarsComponent, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="progress" *transloco="let t; prefix: 'evaluationManagement.progress'">
      <p aria-live="polite">{{ t('summary', summary()) }}</p>
      <sk-stacked-bars
        [caption]="t('lotsCaption')"
        [rowHeader]="t('lot')"
        [totalLabel]="t('applications')"
        [series]="lotSeries()"
        [rows]="lotRows()"
      />
      <sk-stacked-bars
        [caption]="t('evaluatorsCaption')"
        [rowHeader]="t('evaluator')"
        [totalLabel]="t('sheets')"
        [series]="evaluatorSeries()"
        [rows]="evaluatorRows()"
      />
      @if (waiting().length) {
        <p>{{ t('waitingDeclarations', { names: waiting().join(', ') }) }}</p>
      }
    </div>
  `,
  styles: `
    .progress {
      display: grid;
      gap: 8px;
    }
    p {
      margin: 0 0 8px;
    }
  `,
})
export class EvaluationProgressComponent {
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);
  // Series labels are read in code: recompute once the new language's words have arrived.
  private readonly dictionary = toSignal(this.transloco.selectTranslation());

  readonly progress = input.required<EvaluationProgressDto>();

  protected readonly summary = computed(() => {
    const lots = this.progress().lots;
    const sum = (key: 'applications' | 'consolidated' | 'divergent') => lots.reduce((n, lot) => n + lot[key], 0);
    return { consolidated: sum('consolidated'), applications: sum('applications'), divergent: sum('divergent') };
  });

  protected readonly lotSeries = computed<BarSeries[]>(() => [
    { key: 'consolidated', label: this.label('consolidated'), tone: 'done' },
    { key: 'divergent', label: this.label('divergent'), tone: 'warning' },
    { key: 'incomplete', label: this.label('incomplete'), tone: 'open' },
  ]);
  protected readonly lotRows = computed<BarRow[]>(() =>
    this.progress().lots.map((lot) => ({
      label: regionName(lot.regionCode, this.language.language()),
      values: { consolidated: lot.consolidated, divergent: lot.divergent, incomplete: lot.incomplete },
    })),
  );

  protected readonly evaluatorSeries = computed<BarSeries[]>(() => [
    { key: 'submitted', label: this.label('submitted'), tone: 'done' },
    { key: 'drafts', label: this.label('drafts'), tone: 'progress' },
    { key: 'pending', label: this.label('pending'), tone: 'open' },
  ]);
  protected readonly evaluatorRows = computed<BarRow[]>(() =>
    [...this.progress().evaluators]
      .sort((a, b) => a.evaluatorName.localeCompare(b.evaluatorName))
      .map((evaluator) => ({
        label: evaluator.evaluatorName,
        values: { submitted: evaluator.submitted, drafts: evaluator.drafts, pending: pendingSheets(evaluator) },
      })),
  );
  /** Evaluators who have not yet signed their declaration for some application (they cannot start). */
  protected readonly waiting = computed(() =>
    this.progress()
      .evaluators.filter((evaluator) => evaluator.pendingDeclaration > 0)
      .map((evaluator) => evaluator.evaluatorName),
  );

  private label(key: string): string {
    this.dictionary();
    return this.transloco.translate(`evaluationManagement.progress.series.${key}`);
  }
}
