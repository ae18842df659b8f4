import type { Locale } from '@skema/contracts';

/** Error messages of the evaluation's scoring (decision 0015), spread into ERROR_MESSAGES. */
export const SCORING_MESSAGES = {} as const satisfies Record<string, Record<Locale, string>>;
