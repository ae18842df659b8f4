import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { EvaluationGridDto } from '@skema/contracts';
import { SkLocalizedPipe } from './localized.pipe';

/**
 * How applications to the call will be scored (PRAG): each section with its maximum and pass
 * threshold, each criterion with its maximum and weight. Criteria are rows of a two-column table so
 * it stays readable on a 360 px phone.
 */
@Component({
  selector: 'sk-call-grid',
  imports: [SkLocalizedPipe, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section *transloco="let t; prefix: 'calls.grid'" aria-labelledby="call-grid-title">
      <h2 id="call-grid-title" class="sk-section-title">{{ t('title') }}</h2>
      @let current = grid();
      <p class="grid__intro">
        {{ t('total', { max: current.maxScore }) }}
        @if (current.passThreshold !== null) {
          {{ t('overallThreshold', { threshold: current.passThreshold }) }}
        }
        {{ t('scoring') }}
      </p>
      @for (section of current.sections; track section.key) {
        <h3 class="grid__section">{{ section.key }}. {{ section.name | skLocalized }}</h3>
        <p class="grid__meta">
          {{ t('sectionMax', { max: section.maxScore }) }} ·
          {{ section.passThreshold === null ? t('noThreshold') : t('threshold', { threshold: section.passThreshold }) }}
        </p>
        <table class="grid__table">
          <thead>
            <tr>
              <th scope="col">{{ t('criterion') }}</th>
              <th scope="col" class="grid__points">{{ t('points') }}</th>
            </tr>
          </thead>
          <tbody>
            @for (criterion of section.criteria; track criterion.key) {
              <tr>
                <th scope="row">{{ criterion.key }} {{ criterion.name | skLocalized }}</th>
                <td class="grid__points">
                  @if (criterion.weight === 1) {
                    {{ criterion.maxScore }}
                  } @else {
                    {{ t('weighted', { score: criterion.maxScore, weight: criterion.weight, points: criterion.maxScore * criterion.weight }) }}
                  }
                </td>
              </tr>
            }
          </tbody>
        </table>
      }
    </section>
  `,
  styleUrl: './call-grid.component.scss',
})
export class CallGridComponent {
  readonly grid = input.required<EvaluationGridDto>();
}
