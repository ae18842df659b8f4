import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { EvaluationGridDto, EvaluationPointsDto, EvaluationSectionDto } from '@skema/contracts';
import { LanguageService } from '../../../core/i18n/language.service';
import { CriterionScoreComponent } from './criterion-score.component';
import { SheetForm } from './sheet-form';

/**
 * The call's grid as the evaluator scores it: one group per section, its points live against its
 * maximum (and threshold, when it has one), then its criteria; the total and the overall threshold
 * below. Points are whole numbers (score × weight), as the API counts them.
 */
@Component({
  selector: 'sk-score-grid',
  imports: [CriterionScoreComponent, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="grid" *transloco="let t; prefix: 'evaluations.sheet.grid'">
      @for (section of grid().sections; track section.key) {
        @let points = sectionPoints(section);
        <fieldset class="sk-fieldset section" [attr.data-section]="section.key">
          <legend class="section__legend">
            <span class="section__name">{{ section.key }}. {{ name(section) }}</span>
            <span class="section__points">
              {{ t('sectionPoints', { points, max: section.maxScore }) }}
              @if (section.passThreshold !== null) {
                · {{ t('sectionThreshold', { threshold: section.passThreshold }) }}
              }
            </span>
          </legend>
          <div class="section__bar" aria-hidden="true">
            <span [style.width.%]="(100 * points) / section.maxScore"></span>
          </div>
          @for (criterion of section.criteria; track criterion.key) {
            @if (form().controls[criterion.key]; as group) {
              <sk-criterion-score [criterion]="criterion" [group]="group" />
            }
          }
        </fieldset>
      }
      <div class="total">
        <p class="total__line">
          <strong>{{ t('total') }}:&nbsp;</strong>
          <span class="total__points">{{
            t('totalPoints', { points: points()?.total ?? 0, max: grid().maxScore })
          }}</span>
        </p>
        @if (grid().passThreshold !== null) {
          <p class="total__threshold">{{ t('passThreshold', { threshold: grid().passThreshold }) }}</p>
        }
        @if (!locked()) {
          <p class="total__open">{{ unscored() > 0 ? t('open', { count: unscored() }) : t('allScored') }}</p>
        }
      </div>
    </div>
  `,
  styles: `
    .section {
      margin-bottom: 24px;
    }
    .section__legend {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 4px 16px;
      width: 100%;
    }
    .section__points {
      font: var(--mat-sys-body-medium);
      font-variant-numeric: tabular-nums;
      color: var(--mat-sys-on-surface-variant);
    }
    .section__bar {
      height: 6px;
      margin-bottom: 8px;
      border-radius: 3px;
      background: var(--mat-sys-surface-container-highest);
      overflow: hidden;
    }
    .section__bar span {
      display: block;
      height: 100%;
      background: var(--mat-sys-primary);
    }
    .total {
      padding: 12px 16px;
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface-container);
    }
    .total p {
      margin: 0;
    }
    .total__points {
      font-variant-numeric: tabular-nums;
    }
    .total__threshold,
    .total__open {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
  `,
})
export class ScoreGridComponent {
  private readonly language = inject(LanguageService).language;

  readonly grid = input.required<EvaluationGridDto>();
  readonly form = input.required<SheetForm>();
  readonly points = input.required<EvaluationPointsDto | null>();
  readonly unscored = input(0);
  readonly locked = input(false);

  protected name(section: EvaluationSectionDto): string {
    return section.name[this.language()] || section.name.sq;
  }

  protected sectionPoints(section: EvaluationSectionDto): number {
    return this.points()?.sections[section.key] ?? 0;
  }
}
