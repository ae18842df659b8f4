import type { Locale } from '@skema/contracts';

/** Error messages of the evaluation's results (decision 0015), spread into ERROR_MESSAGES. */
export const RESULTS_MESSAGES = {
  ranking_provisional: {
    sq: 'Renditja e këtij loti është ende paraprake: disa aplikime kanë vlerësim të paplotë ose mospërputhje. Konfirmojeni pasi të jenë konsoliduar të gjitha.',
    en: 'This lot’s ranking is still provisional: some applications have an incomplete evaluation or a divergence. Confirm it once every one is consolidated.',
  },
  results_already_published: {
    sq: 'Rezultatet e kësaj thirrjeje janë publikuar tashmë; renditja nuk ndryshon më.',
    en: 'The results of this call have already been published; the ranking no longer changes.',
  },
  ranking_not_confirmed: {
    sq: 'Rezultatet nuk mund të publikohen ende: renditja e lotit {lots} nuk është konfirmuar.',
    en: 'The results cannot be published yet: the ranking of lot {lots} has not been confirmed.',
  },
  ranking_changed: {
    sq: 'Rezultatet nuk mund të publikohen: renditja e lotit {lots} ka ndryshuar që nga konfirmimi (pikë të reja ose moderim). Shikojeni dhe konfirmojeni përsëri.',
    en: 'The results cannot be published: the ranking of lot {lots} has changed since it was confirmed (new scores or a moderation). Review it and confirm it again.',
  },
  award_above_request: {
    sq: 'Granti i dhënë është më i madh se granti i kërkuar. Granti mund të ulet, por jo të rritet.',
    en: 'The award is above the grant requested. An award may be reduced, never raised.',
  },
  award_not_positive: {
    sq: 'Granti i dhënë duhet të jetë më i madh se zero.',
    en: 'The award must be more than zero.',
  },
  award_unknown_application: {
    sq: 'Ky aplikim nuk renditet në këtë lot.',
    en: 'This application is not ranked in this lot.',
  },
  award_duplicate: {
    sq: 'Ky aplikim ka më shumë se një grant në kërkesë.',
    en: 'This application has more than one award in the request.',
  },
  result_not_published: {
    sq: 'Rezultati i këtij aplikimi nuk është publikuar ende.',
    en: 'The result of this application has not been published yet.',
  },
  evaluation_report_unavailable: {
    sq: 'Raporti i vlerësimit bëhet pasi të ketë filluar vlerësimi i thirrjes.',
    en: 'The evaluation report can be made once the call’s evaluation has started.',
  },
  export_not_ready: {
    sq: 'Skedari po përgatitet ende (ose përgatitja dështoi). Provoni përsëri pas pak.',
    en: 'The file is still being prepared (or preparing it failed). Try again shortly.',
  },
} as const satisfies Record<string, Record<Locale, string>>;
