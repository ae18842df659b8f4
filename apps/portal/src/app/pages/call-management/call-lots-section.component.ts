import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { FormArray, ReactiveFormsModule } from '@angular/forms';
import { MatCheckbox } from '@angular/material/checkbox';
import { TranslocoDirective } from '@jsverse/transloco';
import { REGION_NAMES } from '@skema/contracts';
import { sumCents } from '@skema/domain';
import { LanguageService } from '../../core/i18n/language.service';
import { NoticeComponent } from '../../shared/notice/notice.component';
import { SkMoneyPipe } from '../../shared/pipes/money.pipe';
import { AmountFieldComponent } from './amount-field.component';
import type { LotGroup } from './call-form';
import { eurToCents } from './typed-values';
import { liveValue } from './live-value';

/**
 * One lot per region, each with its envelope, and the envelopes' sum against the total budget as the
 * person types. In an amendment the regions are fixed (`fixedRegions`): only envelopes change.
 */
@Component({
  selector: 'sk-call-lots-section',
  imports: [AmountFieldComponent, MatCheckbox, NoticeComponent, ReactiveFormsModule, SkMoneyPipe, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="sk-form" *transloco="let t; prefix: 'callManagement'">
      @for (lot of lots().controls; track lot; let i = $index) {
        @let region = regionName(lot.controls.regionCode.value);
        <div class="lot">
          @if (fixedRegions()) {
            <p class="lot__region">{{ region }}</p>
          } @else {
            <mat-checkbox class="lot__region" [formControl]="lot.controls.included" [attr.data-path]="'lots.' + i + '.included'">
              {{ t('lots.include', { region }) }}
            </mat-checkbox>
          }
          @if (lot.controls.included.value) {
            <sk-call-amount-field
              [control]="lot.controls.envelope"
              [label]="t('lots.envelope', { region })"
              [path]="'lots.' + i + '.envelope'"
            />
          }
        </div>
      }
      <div class="totals" role="status">
        <p>
          {{ t('lots.sum', { sum: (sum() | skMoney), count: includedCount() }) }}
          @if (totalBudgetCents() !== null) {
            · {{ t('lots.ofTotal', { total: (totalBudgetCents() | skMoney) }) }}
          }
        </p>
      </div>
      @if (excess() > 0) {
        <sk-notice kind="warning"><p>{{ t('lots.exceeds', { excess: (excess() | skMoney) }) }}</p></sk-notice>
      } @else if (unallocated() > 0) {
        <p class="remaining">{{ t('lots.unallocated', { amount: (unallocated() | skMoney) }) }}</p>
      }
      @if (belowMinGrant().length) {
        <sk-notice kind="warning"><p>{{ t('lots.belowMinGrant', { regions: belowMinGrant().join(', ') }) }}</p></sk-notice>
      }
    </div>
  `,
  styles: `
    .lot {
      display: grid;
      grid-template-columns: minmax(10rem, 14rem) minmax(12rem, 1fr);
      align-items: baseline;
      gap: 0 16px;
    }
    .lot__region {
      margin: 0;
      padding-top: 12px;
    }
    .totals p,
    .remaining {
      margin: 0;
      font: var(--mat-sys-title-small);
    }
    @media (max-width: 599.98px) {
      .lot {
        grid-template-columns: 1fr;
      }
    }
  `,
})
export class CallLotsSectionComponent {
  private readonly language = inject(LanguageService);

  readonly lots = input.required<FormArray<LotGroup>>();
  readonly totalBudgetCents = input<number | null>(null);
  readonly minGrantCents = input<number | null>(null);
  readonly fixedRegions = input(false);

  private readonly value = liveValue(this.lots);
  private readonly included = computed(() => (this.value() ?? []).filter((lot) => lot.included));
  protected readonly includedCount = computed(() => this.included().length);
  /** Σ of the envelopes typed so far; one that is not (yet) an amount counts 0. */
  protected readonly sum = computed(() => sumCents(this.included().map((lot) => eurToCents(lot.envelope) ?? 0)));
  protected readonly excess = computed(() => {
    const total = this.totalBudgetCents();
    return total === null ? 0 : this.sum() - total;
  });
  protected readonly unallocated = computed(() => -this.excess());
  protected readonly belowMinGrant = computed(() => {
    const min = this.minGrantCents();
    if (min === null) return [];
    return this.included()
      .filter((lot) => {
        const cents = eurToCents(lot.envelope);
        return cents !== null && cents < min;
      })
      .map((lot) => this.regionName(lot.regionCode));
  });

  protected regionName(code: keyof typeof REGION_NAMES): string {
    return REGION_NAMES[code][this.language.language()];
  }
}
