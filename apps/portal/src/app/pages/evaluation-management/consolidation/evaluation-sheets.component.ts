import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { ApplicationEvaluationDto, ApplicationEvaluationsDto, LocalizedText } from '@skema/contracts';
import { LanguageService } from '../../../core/i18n/language.service';
import { SkPointsPipe } from '../points.pipe';
import { type ChipTone, StateChipComponent } from '../state-chip.component';

const SHEET_TONES: Readonly<Record<ApplicationEvaluationDto['state'], ChipTone>> = {
  pending_declaration: 'neutral',
  conflict: 'danger',
  not_started: 'neutral',
  draft: 'progress',
  submitted: 'success',
};

/**
 * Every evaluator's sheet side by side: per criterion the score and its comment, per section and in
 * total the points; then the consolidated (and moderated) section scores. A column header says whose
 * sheet it is, its state and whether it counts in the consolidation (an outlier left out does not).
 */
@Component({
  selector: 'sk-evaluation-sheets',
  imports: [SkPointsPipe, StateChipComponent, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div
      class="scroll"
      role="region"
      tabindex="0"
      *transloco="let t; prefix: 'evaluationManagement.sheets'"
      [attr.aria-label]="t('caption')"
    >
      <table>
        <caption class="sk-visually-hidden">
          {{
            t('caption')
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">{{ t('criterion') }}</th>
            @for (sheet of sheets(); track sheet.assignmentId) {
              <th scope="col" class="sheet">
                <span class="name">{{ sheet.evaluatorName }}</span>
                <sk-state-chip [label]="t('states.' + sheet.state)" [tone]="tones[sheet.state]" />
                @if (sheet.state === 'submitted' && showCounted()) {
                  <span class="counted">{{ counted().has(sheet.assignmentId) ? t('counted') : t('leftOut') }}</span>
                }
              </th>
            }
            <th scope="col" class="number">{{ t('consolidated') }}</th>
            @if (evaluations().moderation) {
              <th scope="col" class="number">{{ t('moderated') }}</th>
            }
          </tr>
        </thead>
        @for (section of evaluations().grid.sections; track section.key) {
          <tbody>
            <tr class="section">
              <th scope="row">
                {{ t('section', { key: section.key, name: name(section.name), max: section.maxScore }) }}
              </th>
              @for (sheet of sheets(); track sheet.assignmentId) {
                <td class="number">{{ sheet.points?.sections?.[section.key] ?? null | skPoints: 'points' }}</td>
              }
              <td class="number">{{ evaluations().consolidation.sectionScores?.[section.key] ?? null | skPoints }}</td>
              @if (evaluations().moderation; as moderation) {
                <td class="number">{{ moderation.sectionScores[section.key] | skPoints }}</td>
              }
            </tr>
            @for (criterion of section.criteria; track criterion.key) {
              <tr>
                <th scope="row" class="criterion">
                  {{ criterion.key }} {{ name(criterion.name) }}
                  <span class="max">{{
                    t('criterionMax', { max: criterion.maxScore, weight: criterion.weight })
                  }}</span>
                </th>
                @for (sheet of sheets(); track sheet.assignmentId) {
                  @let score = scoreOf(sheet, criterion.key);
                  <td>
                    <span class="score">{{ score?.score ?? '—' }}</span>
                    @if (score?.comment) {
                      <span class="comment">{{ score?.comment }}</span>
                    }
                  </td>
                }
                <td></td>
                @if (evaluations().moderation) {
                  <td></td>
                }
              </tr>
            }
          </tbody>
        }
        <tfoot>
          <tr>
            <th scope="row">{{ t('total', { max: evaluations().grid.maxScore }) }}</th>
            @for (sheet of sheets(); track sheet.assignmentId) {
              <td class="number">{{ sheet.points?.total ?? null | skPoints: 'points' }}</td>
            }
            <td class="number">{{ evaluations().consolidation.total | skPoints }}</td>
            @if (evaluations().moderation; as moderation) {
              <td class="number">{{ moderation.total | skPoints }}</td>
            }
          </tr>
        </tfoot>
      </table>
      @if (conflicts(); as names) {
        <p class="conflicts">{{ t('conflicts', { names }) }}</p>
      }
    </div>
  `,
  styles: `
    .scroll {
      overflow-x: auto;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
    }
    table {
      width: 100%;
      border-collapse: collapse;
    }
    th,
    td {
      padding: 8px 12px;
      text-align: start;
      vertical-align: top;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      min-width: 10rem;
    }
    .sheet {
      min-width: 14rem;
    }
    .name,
    .counted,
    .max,
    .comment {
      display: block;
    }
    .counted,
    .max,
    .comment {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .criterion {
      font-weight: normal;
      min-width: 16rem;
    }
    .score {
      font: var(--mat-sys-title-small);
    }
    .section th,
    .section td,
    tfoot th,
    tfoot td {
      font-weight: 600;
      background: var(--mat-sys-surface-container);
    }
    .number {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
  `,
})
export class EvaluationSheetsComponent {
  private readonly language = inject(LanguageService);

  readonly evaluations = input.required<ApplicationEvaluationsDto>();

  protected readonly tones = SHEET_TONES;
  /** The sheets side by side: a declared conflict has none, and is only named below the table. */
  protected readonly sheets = computed(() => this.evaluations().evaluations.filter((e) => e.state !== 'conflict'));
  protected readonly conflicts = computed(() =>
    this.evaluations()
      .evaluations.filter((e) => e.state === 'conflict')
      .map((e) => e.evaluatorName)
      .join(', '),
  );
  protected readonly counted = computed(() => new Set(this.evaluations().consolidation.countedAssignmentIds));
  /** Which sheets make the score matters for a mean; a moderation replaces them all. */
  protected readonly showCounted = computed(() => {
    const { status, method } = this.evaluations().consolidation;
    return status === 'consolidated' && method !== 'moderation';
  });

  protected name(text: LocalizedText): string {
    return text[this.language.language()] || text.sq;
  }

  protected scoreOf(sheet: ApplicationEvaluationDto, criterionKey: string) {
    return sheet.scores.find((score) => score.criterionKey === criterionKey) ?? null;
  }
}
