import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { type CallAmendmentDto, type LocalizedText, REGION_NAMES, type RegionCode } from '@skema/contracts';
import { LanguageService } from '../../core/i18n/language.service';
import { SkDatePipe } from '../../shared/pipes/date.pipe';
import { SkMoneyPipe } from '../../shared/pipes/money.pipe';
import { changeRows } from './amendment-changes';

/** The logged amendments of a published call, oldest first: when, why, and each change before → after. */
@Component({
  selector: 'sk-call-amendments',
  imports: [SkDatePipe, SkMoneyPipe, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t; prefix: 'callManagement.amendments'">
      @for (amendment of rows(); track amendment.id; let i = $index) {
        <article class="amendment">
          <h3>{{ t('heading', { n: i + 1, date: (amendment.amendedAt | skDate: 'dateTime') }) }}</h3>
          <p><strong>{{ t('reason') }}</strong> {{ text(amendment.reason) }}</p>
          <ul>
            @for (row of amendment.rows; track row.field) {
              <li>
                <strong>{{ t('fields.' + row.field) }}:</strong>
                @if (row.field === 'deadline') {
                  {{ t('change', { before: (row.before | skDate: 'dateTime'), after: (row.after | skDate: 'dateTime') }) }}
                } @else if (row.field === 'lots') {
                  @for (lot of row.regions; track lot.regionCode) {
                    <span class="line">{{ region(lot.regionCode) }}: {{ t('change', { before: (lot.before | skMoney) || '—', after: (lot.after | skMoney) || '—' }) }}</span>
                  }
                } @else if (row.field === 'grid') {
                  {{ t('gridChange', { before: row.before.total, after: row.after.total, sectionsBefore: row.before.sections.join(' / '), sectionsAfter: row.after.sections.join(' / ') }) }}
                } @else {
                  <span class="line">{{ t('change', { before: text(row.before), after: text(row.after) }) }}</span>
                }
              </li>
            }
          </ul>
        </article>
      } @empty {
        <p>{{ t('none') }}</p>
      }
    </ng-container>
  `,
  styles: `
    .amendment {
      padding: 12px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    h3 {
      margin: 0 0 8px;
      font: var(--mat-sys-title-small);
    }
    p,
    ul {
      margin: 0 0 8px;
    }
    .line {
      display: block;
      white-space: pre-line;
    }
  `,
})
export class CallAmendmentsComponent {
  private readonly language = inject(LanguageService);

  readonly amendments = input.required<readonly CallAmendmentDto[]>();

  protected readonly rows = computed(() => this.amendments().map((amendment) => ({ ...amendment, rows: changeRows(amendment.changes) })));

  protected text(value: LocalizedText): string {
    const text = value[this.language.language()] || value.sq;
    return text.length > 200 ? `${text.slice(0, 200)}…` : text;
  }

  protected region(code: RegionCode): string {
    return REGION_NAMES[code][this.language.language()];
  }
}
