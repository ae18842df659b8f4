import {
  type EvaluationGridDto,
  isRegionCode,
  type Locale,
  type LotRankingDto,
  type RankingEntryDto,
  REGION_NAMES,
  type ThresholdFailureDto,
} from '@skema/contracts';
import { pointsToHundredths } from '@skema/domain';
import { formatTiraneTime } from '../../../applications/receipts/receipt-document';
import { EVALUATION_REPORT_TEXTS } from './evaluation-report-texts';

/** What the evaluation report states: the call's ranking as computed now, lot by lot. */
export interface EvaluationReportData {
  call: { reference: string; title: string; resultsPublishedAt: Date | null };
  grid: EvaluationGridDto;
  generatedAt: Date;
  lots: LotRankingDto[];
}

/** Called once a lot is written (`index` from 0), so the job's progress follows the lots. */
export type LotWritten = (index: number, count: number) => Promise<void>;

/** A lot's name as people say it, e.g. `Kukës (KUK)`, `Saranda (SAR)`. */
export function lotName(regionCode: string, locale: Locale): string {
  return isRegionCode(regionCode) ? `${REGION_NAMES[regionCode][locale]} (${regionCode})` : regionCode;
}

/** Hundredths of a point as the locale writes them with two decimals: `71,33` / `71.33`. */
export function formatScore(hundredths: number | null, locale: Locale): string {
  if (hundredths === null) return '—';
  return new Intl.NumberFormat(locale === 'sq' ? 'sq-AL' : 'en-GB', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(hundredths / 100);
}

/** The outcome column: the reserve list carries its number. */
export function outcomeText(entry: Pick<RankingEntryDto, 'outcome' | 'reserveRank'>, locale: Locale): string {
  const t = EVALUATION_REPORT_TEXTS[locale];
  return entry.outcome === 'reserve' && entry.reserveRank !== null
    ? t.reserveOutcome(entry.reserveRank)
    : t.outcomes[entry.outcome];
}

/** One failed threshold in words: `Rëndësia: 18,50 < 20,00`. */
export function failureText(failure: ThresholdFailureDto, grid: EvaluationGridDto, locale: Locale): string {
  const t = EVALUATION_REPORT_TEXTS[locale];
  const section = grid.sections.find((s) => s.key === failure.sectionKey);
  const what = failure.scope === 'overall' || !section ? t.overallScore : section.name[locale];
  return `${what}: ${formatScore(failure.score, locale)} < ${formatScore(failure.threshold, locale)}`;
}

/** The grid's thresholds, sections first: label and threshold in hundredths. */
export function thresholdsOf(grid: EvaluationGridDto, locale: Locale): { label: string; threshold: number }[] {
  const t = EVALUATION_REPORT_TEXTS[locale];
  const sections = grid.sections.flatMap((s) =>
    s.passThreshold === null
      ? []
      : [
          {
            label: `${t.sectionThreshold} ${s.key}: ${s.name[locale]}`,
            threshold: pointsToHundredths(s.passThreshold),
          },
        ],
  );
  const overall =
    grid.passThreshold === null
      ? []
      : [{ label: t.overallThreshold, threshold: pointsToHundredths(grid.passThreshold) }];
  return [...sections, ...overall];
}

/** The lot's entries in the report's three parts. */
export function partsOf(lot: LotRankingDto) {
  return {
    ranked: lot.entries.filter((e) => e.rank !== null),
    rejected: lot.entries.filter((e) => e.outcome === 'rejected_threshold'),
    blocked: lot.entries.filter((e) => e.outcome === 'blocked_divergence' || e.outcome === 'incomplete'),
  };
}

/** Whether the lot's ranking is confirmed, and whether it is provisional or has changed since. */
export function lotStateText(lot: LotRankingDto, locale: Locale): string {
  const t = EVALUATION_REPORT_TEXTS[locale];
  return [
    lot.confirmedAt ? t.confirmed(formatTiraneTime(new Date(lot.confirmedAt), locale, 'minutes')) : t.notConfirmed,
    ...(lot.provisional ? [t.provisional] : []),
    ...(lot.stale ? [t.stale] : []),
  ].join(' ');
}
