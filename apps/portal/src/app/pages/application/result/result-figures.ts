import { formatNumber } from '@angular/common';
import type { ApplicationResultDto, ApplicationStatus, LocalizedText, ThresholdFailureDto } from '@skema/contracts';

/**
 * Statuses with no result to ask for: nothing is published before the evaluation, so the page does
 * not ask (and a 404 would be the only answer).
 */
const BEFORE_EVALUATION: readonly ApplicationStatus[] = ['draft', 'submitted', 'withdrawn', 'eligible'];

export function mayHaveResult(status: ApplicationStatus): boolean {
  return !BEFORE_EVALUATION.includes(status);
}

/** Consolidated scores travel as whole hundredths (7133 = 71.33); people read them with two decimals. */
export function formatHundredths(hundredths: number, locale: string): string {
  return formatNumber(hundredths / 100, locale, '1.2-2');
}

/** How much of a bar a score fills, 0..100, from hundredths against a maximum in whole points. */
export function barPercent(hundredths: number | null, maxPoints: number): number {
  if (hundredths === null || maxPoints <= 0) return 0;
  return Math.min(100, Math.max(0, hundredths / maxPoints));
}

/** Where a threshold in whole points sits on the same bar, 0..100. */
export function thresholdPercent(thresholdPoints: number, maxPoints: number): number {
  return maxPoints <= 0 ? 0 : Math.min(100, Math.max(0, (100 * thresholdPoints) / maxPoints));
}

export interface FailureLine {
  readonly scope: 'section' | 'overall';
  /** The section's title (empty for the overall threshold). */
  readonly section: string;
  readonly score: string;
  readonly threshold: string;
}

/** Each failed threshold in words: which section (by its title), its score and the threshold it missed. */
export function failureLines(
  result: ApplicationResultDto,
  locale: string,
  title: (text: LocalizedText) => string,
): FailureLine[] {
  return result.failures.map((failure: ThresholdFailureDto) => {
    const section = result.sections.find((candidate) => candidate.key === failure.sectionKey);
    return {
      scope: failure.scope,
      section: section ? title(section.title) : (failure.sectionKey ?? ''),
      score: formatHundredths(failure.score, locale),
      threshold: formatHundredths(failure.threshold, locale),
    };
  });
}
