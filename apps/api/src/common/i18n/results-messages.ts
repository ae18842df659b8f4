import type { Locale } from '@skema/contracts';

/** Error messages of the evaluation's results (decision 0015), spread into ERROR_MESSAGES. */
export const RESULTS_MESSAGES = {} as const satisfies Record<string, Record<Locale, string>>;
