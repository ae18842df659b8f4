import type { Locale, TrancheBlock } from '@skema/contracts';

/** Error messages of grants and payments (issue 6, DESIGN §3), spread into ERROR_MESSAGES. */
export const GRANTS_MESSAGES = {
  grant_application_not_selected: {
    sq: 'Kontrata e grantit bëhet vetëm për një aplikim të përzgjedhur që nuk ka ende kontratë.',
    en: 'A grant contract is made only for a selected application that has none yet.',
  },
  grant_results_not_published: {
    sq: 'Rezultatet e thirrjes nuk janë publikuar ende: kontrata e grantit bëhet pas publikimit.',
    en: 'The call’s results have not been published yet: the grant contract comes after publication.',
  },
  grant_exists: {
    sq: 'Ky aplikim ka tashmë një kontratë granti ({contractNumber}).',
    en: 'This application already has a grant contract ({contractNumber}).',
  },
  grant_award_missing: {
    sq: 'Nuk ka dhënie granti të konfirmuar për këtë aplikim.',
    en: 'There is no confirmed award for this application.',
  },
  grant_dates_invalid: {
    sq: 'Data e përfundimit të grantit duhet të jetë pas datës së fillimit.',
    en: 'The grant’s end date must be after its start date.',
  },
  grant_duration_out_of_bounds: {
    sq: 'Kohëzgjatja e grantit ({months} muaj) duhet të jetë nga {min} deri në {max} muaj, siç e cakton thirrja.',
    en: 'The grant’s duration ({months} months) must be between {min} and {max} months, as the call sets.',
  },
  grant_not_active: {
    sq: 'Granti nuk është në zbatim (është pezulluar, përfunduar ose mbyllur): pagesat e tij nuk ecin përpara.',
    en: 'The grant is not active (suspended, terminated or closed): its payments cannot move on.',
  },
  tranche_not_payable: {
    sq: 'Ky këst nuk mund të paguhet ende. Arsyet janë më poshtë.',
    en: 'This tranche cannot be paid yet. The reasons are listed below.',
  },
  idempotency_key_reused: {
    sq: 'Ky çelës kërkese është përdorur tashmë për pagesën e një kësti tjetër. Rifreskoni faqen dhe provoni përsëri.',
    en: 'This request key was already used for the payment of another tranche. Refresh the page and try again.',
  },
  four_eyes_required: {
    sq: 'Pagesën duhet ta miratojë një zyrtar financiar tjetër: kush e përgatit pagesën nuk mund ta miratojë.',
    en: 'Another finance officer must approve this payment: whoever prepares a payment cannot approve it.',
  },
  award_exceeded: {
    sq:
      'Kjo pagesë nuk mund të miratohet: bashkë me pagesat e miratuara dhe të paguara do të kalonte ' +
      'grantin e dhënë (shumat më poshtë).',
    en:
      'This payment cannot be approved: with the payments already approved and paid it would exceed ' +
      'the award (amounts below).',
  },
  payment_paid_on_invalid: {
    sq: 'Data e pagesës nuk mund të jetë në të ardhmen as para miratimit të pagesës ({approvedOn}).',
    en: 'The payment date can be neither in the future nor before the payment was approved ({approvedOn}).',
  },
  report_not_editable: {
    sq: 'Ky raport nuk mund të ndryshohet: është dorëzuar ose miratuar. Një raport i kthyer mund të korrigjohet.',
    en: 'This report can no longer be changed: it was submitted or approved. A returned report can be corrected.',
  },
  report_stale_version: {
    sq: 'Një koleg e ndryshoi këtë raport ndërkohë. Rifreskoni faqen, shihni ndryshimet dhe ruani përsëri.',
    en: 'A colleague changed this report in the meantime. Refresh, look at their changes and save again.',
  },
  report_expenditure_invalid: {
    sq: 'Shpenzimet nuk mund të ruhen. Korrigjoni zërat buxhetorë të listuar.',
    en: 'The expenditure cannot be saved. Correct the budget lines listed.',
  },
  report_line_unknown: {
    sq: 'Ky zë buxhetor nuk është në buxhetin e miratuar të grantit.',
    en: 'This budget line is not in the grant’s approved budget.',
  },
  report_line_duplicate: {
    sq: 'Ky zë buxhetor është shënuar më shumë se një herë.',
    en: 'This budget line is listed more than once.',
  },
  report_incomplete: {
    sq: 'Raporti nuk mund të dorëzohet bosh: shkruani të paktën një pjesë narrative.',
    en: 'The report cannot be submitted empty: write at least one narrative section.',
  },
  report_comments_required: {
    sq: 'Shkruani komentet: përfituesi i grantit duhet të dijë pse raporti i kthehet.',
    en: 'Write your comments: the grantee must know why the report is returned.',
  },
} as const satisfies Record<string, Record<Locale, string>>;

/**
 * Why a tranche cannot be paid (the domain's `trancheBlocks`), as a finance officer reads it: every
 * reason is listed with a refusal (`errors` of the problem details) and beside the tranche.
 */
export const TRANCHE_BLOCK_MESSAGES: Readonly<Record<TrancheBlock, Record<Locale, string>>> = {
  grant_not_active: {
    sq: 'Granti nuk është aktiv (është pezulluar, përfunduar ose mbyllur).',
    en: 'The grant is not active (suspended, terminated or closed).',
  },
  already_paid: {
    sq: 'Ky këst ka tashmë një pagesë (të përgatitur, të miratuar ose të paguar).',
    en: 'This tranche already has a payment (prepared, approved or paid).',
  },
  previous_tranche_unpaid: {
    sq: 'Kësti i mëparshëm nuk është paguar ende.',
    en: 'The previous tranche has not been paid yet.',
  },
  interim_report_missing: {
    sq: 'Mungon raporti i ndërmjetëm i miratuar që e çliron këtë këst.',
    en: 'The approved interim report that releases this tranche is missing.',
  },
  interim_report_underspent: {
    sq: 'Raporti i ndërmjetëm i miratuar tregon të shpenzuar më pak se 70% të këstit të mëparshëm.',
    en: 'The approved interim report shows less than 70% of the previous tranche spent.',
  },
  final_report_missing: {
    sq: 'Mungon raporti përfundimtar i miratuar: kësti përfundimtar paguhet pasi ai të miratohet.',
    en: 'The approved final report is missing: the balance is paid once it is approved.',
  },
  nothing_left_to_pay: {
    sq: 'Nuk mbetet asgjë për t’u paguar: kostot e pranueshme të shpenzuara janë mbuluar tashmë nga pagesat.',
    en: 'Nothing is left to pay: the eligible costs spent are already covered by the payments.',
  },
};
