import type { ExportFormat, Locale, RankingOutcomeDto } from '@skema/contracts';

/**
 * Every word of the evaluation report, in both languages (terms from GLOSSARY.md: "renditje",
 * "prag", "listë rezervë", "fondi i lotit", "mospërputhje", "përzgjedhur").
 */
export interface EvaluationReportTexts {
  title: string;
  call: string;
  preparedOn: string;
  published: (date: string) => string;
  notPublished: string;
  summary: string;
  lot: string;
  envelope: string;
  allocated: string;
  remaining: string;
  state: string;
  confirmed: (date: string) => string;
  notConfirmed: string;
  provisional: string;
  stale: string;
  thresholds: string;
  sectionThreshold: string;
  overallThreshold: string;
  noThresholds: string;
  points: string;
  sections: string;
  ranking: string;
  rank: string;
  reference: string;
  organisation: string;
  total: string;
  requested: string;
  award: string;
  reduced: string;
  outcome: string;
  reserveRank: string;
  selectedCount: string;
  reserveCount: string;
  rejectedCount: string;
  blockedCount: string;
  rejected: string;
  failedThresholds: string;
  blocked: string;
  reason: string;
  none: string;
  noApplications: string;
  outcomes: Record<RankingOutcomeDto, string>;
  reserveOutcome: (reserveRank: number) => string;
  overallScore: string;
  footer: (reference: string, page: number, pages: number) => string;
  fileName: (reference: string, format: ExportFormat) => string;
}

export const EVALUATION_REPORT_TEXTS: Record<Locale, EvaluationReportTexts> = {
  sq: {
    title: 'Raporti i vlerësimit',
    call: 'Thirrja për propozime',
    preparedOn: 'Përgatitur më',
    published: (date) => `Rezultatet u publikuan më ${date}.`,
    notPublished: 'Rezultatet nuk janë publikuar ende.',
    summary: 'Përmbledhje',
    lot: 'Loti',
    envelope: 'Fondi i lotit',
    allocated: 'Grantet e dhëna',
    remaining: 'Mbetet',
    state: 'Gjendja e renditjes',
    confirmed: (date) => `Konfirmuar më ${date}`,
    notConfirmed: 'E pakonfirmuar',
    provisional: 'Renditje paraprake: disa aplikime nuk janë konsoliduar ende.',
    stale: 'Renditja ka ndryshuar që nga konfirmimi: duhet konfirmuar përsëri.',
    thresholds: 'Pragjet',
    sectionThreshold: 'Seksioni',
    overallThreshold: 'Pikët totale',
    noThresholds: 'Grila e vlerësimit nuk ka prag.',
    points: 'pikë',
    sections: 'Seksionet e grilës së vlerësimit',
    ranking: 'Renditja',
    rank: 'Nr.',
    reference: 'Aplikimi',
    organisation: 'OShC',
    total: 'Totali',
    requested: 'Granti i kërkuar',
    award: 'Granti i dhënë',
    reduced: 'i ulur',
    outcome: 'Rezultati',
    reserveRank: 'Nr. në listën rezervë',
    selectedCount: 'Të përzgjedhur',
    reserveCount: 'Në listën rezervë',
    rejectedCount: 'Nën prag',
    blockedCount: 'Të bllokuar ose të paplotë',
    rejected: 'Aplikime të refuzuara (nën prag)',
    failedThresholds: 'Pragjet e pakaluara',
    blocked: 'Aplikime të bllokuara ose me vlerësim të paplotë',
    reason: 'Arsyeja',
    none: 'Asnjë.',
    noApplications: 'Asnjë aplikim në këtë lot.',
    outcomes: {
      selected: 'Përzgjedhur',
      reserve: 'Listë rezervë',
      rejected_threshold: 'Refuzuar: nën prag',
      blocked_divergence: 'Mospërputhje: pret moderim ose vlerësues të tretë',
      incomplete: 'Vlerësim i paplotë',
    },
    reserveOutcome: (n) => `Listë rezervë (${n})`,
    overallScore: 'Totali',
    footer: (reference, page, pages) => `${reference} · faqja ${page} nga ${pages}`,
    fileName: (reference, format) => `${reference}-raporti-i-vleresimit.${format}`,
  },
  en: {
    title: 'Evaluation report',
    call: 'Call for proposals',
    preparedOn: 'Prepared on',
    published: (date) => `Results published on ${date}.`,
    notPublished: 'The results have not been published yet.',
    summary: 'Summary',
    lot: 'Lot',
    envelope: 'Budget envelope',
    allocated: 'Awarded',
    remaining: 'Remaining',
    state: 'State of the ranking',
    confirmed: (date) => `Confirmed on ${date}`,
    notConfirmed: 'Not confirmed',
    provisional: 'Provisional ranking: some applications are not consolidated yet.',
    stale: 'The ranking has changed since it was confirmed: it must be confirmed again.',
    thresholds: 'Thresholds',
    sectionThreshold: 'Section',
    overallThreshold: 'Total score',
    noThresholds: 'The evaluation grid has no threshold.',
    points: 'points',
    sections: 'Sections of the evaluation grid',
    ranking: 'Ranking',
    rank: 'Rank',
    reference: 'Application',
    organisation: 'CSO',
    total: 'Total',
    requested: 'Grant requested',
    award: 'Award',
    reduced: 'reduced',
    outcome: 'Outcome',
    reserveRank: 'Reserve list number',
    selectedCount: 'Selected',
    reserveCount: 'On the reserve list',
    rejectedCount: 'Below a threshold',
    blockedCount: 'Blocked or incomplete',
    rejected: 'Applications rejected (below a threshold)',
    failedThresholds: 'Thresholds not met',
    blocked: 'Applications blocked or with an incomplete evaluation',
    reason: 'Reason',
    none: 'None.',
    noApplications: 'No applications in this lot.',
    outcomes: {
      selected: 'Selected',
      reserve: 'Reserve list',
      rejected_threshold: 'Rejected: below a threshold',
      blocked_divergence: 'Divergence: awaiting moderation or a third evaluator',
      incomplete: 'Evaluation incomplete',
    },
    reserveOutcome: (n) => `Reserve list (${n})`,
    overallScore: 'Total',
    footer: (reference, page, pages) => `${reference} · page ${page} of ${pages}`,
    fileName: (reference, format) => `${reference}-evaluation-report.${format}`,
  },
};
