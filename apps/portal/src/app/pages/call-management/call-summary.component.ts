import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { REGION_NAMES, type RegionCode } from '@skema/contracts';
import { LanguageService } from '../../core/i18n/language.service';
import { SkDatePipe } from '../../shared/pipes/date.pipe';
import { SkMoneyPipe } from '../../shared/pipes/money.pipe';
import type { CallPreview } from './call-preview';
import { bytesToMebibytes, formatHundredths } from './typed-values';
import { CallStatusChipComponent } from './call-status-chip.component';

/**
 * A call as applicants will read it, in the reader's language: the preview of a draft and the
 * read-only view of a published call. (The public call pages are their own; this mirrors their content.)
 */
@Component({
  selector: 'sk-call-summary',
  imports: [CallStatusChipComponent, SkDatePipe, SkMoneyPipe, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './call-summary.component.html',
  styleUrl: './call-summary.component.scss',
})
export class CallSummaryComponent {
  private readonly language = inject(LanguageService);

  readonly call = input.required<CallPreview>();

  protected readonly lang = this.language.language;
  private readonly separator = computed(() => (this.lang() === 'sq' ? ',' : '.'));
  protected readonly title = computed(() => this.localized(this.call().title));
  protected readonly text = computed(() => this.localized(this.call().text));
  protected readonly share = computed(() => {
    const bp = this.call().maxCofinancingShareBp;
    // 8750 → "87,5", 9000 → "90": a share reads without trailing zeros.
    return bp === null ? null : formatHundredths(bp, this.separator()).replace(/([.,]\d)0$/, '$1');
  });
  protected readonly lotsTotal = computed(() => this.call().lots.reduce((sum, lot) => sum + (lot.envelopeCents ?? 0), 0));

  protected localized(text: { sq: string; en: string } | undefined): string {
    if (!text) return '';
    return text[this.lang()] || text.sq || text.en;
  }

  protected region(code: RegionCode): string {
    return REGION_NAMES[code][this.lang()];
  }

  protected size(bytes: number): string {
    return bytesToMebibytes(bytes, this.separator());
  }
}
