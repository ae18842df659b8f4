import type { ApplicationSectionKey, FieldError, Locale, LocalizedText, RequiredAttachmentDto } from '@skema/contracts';
import { type BudgetLine, type BudgetProblem, budgetProblems, lineTotalCents, type GrantLimits } from '@skema/domain';
import { interpolate } from '../../common/i18n/messages';

/** A budget line as the portal saves it: the domain's line plus the part the CSO pays itself. */
export interface BudgetLineContent extends BudgetLine {
  /** Co-financing from the CSO or other donors for this line, in cents (0 when the grant pays it all). */
  ownContributionCents?: number;
}

/** One thing still missing or wrong before an application may be submitted. */
export type ChecklistProblem =
  | { code: 'organisation_not_verified'; field: 'organisation' }
  | { code: 'section_missing'; field: ApplicationSectionKey }
  | { code: 'budget'; field: string; problem: BudgetProblem }
  | { code: 'attachment_missing'; field: string; name: LocalizedText };

/** What the checklist needs of the call: its grant limits and the documents it requires. */
export type ChecklistCall = GrantLimits & { requiredAttachments: readonly RequiredAttachmentDto[] };

type Sections = Partial<Record<ApplicationSectionKey, Record<string, unknown> | null>>;

const TEXT_SECTIONS: ApplicationSectionKey[] = ['summary', 'problem', 'objectives'];
const LIST_SECTIONS: [ApplicationSectionKey, string][] = [
  ['logframe', 'indicators'],
  ['beneficiaries', 'planned'],
];

/** The grant requested is derived from the lines: their totals less the CSO's own contributions. */
export function grantRequestedCents(lines: readonly BudgetLineContent[]): number {
  return lines.reduce((sum, line) => sum + lineTotalCents(line.quantity, line.unitCostCents) - (line.ownContributionCents ?? 0), 0);
}

/**
 * Everything that stands between this draft and a submission, listed at once. `uploaded` holds the
 * requirement keys that have a file.
 */
export function checklist(sections: Sections, call: ChecklistCall, organisationVerified: boolean, uploaded: ReadonlySet<string>): ChecklistProblem[] {
  const problems: ChecklistProblem[] = [];
  if (!organisationVerified) problems.push({ code: 'organisation_not_verified', field: 'organisation' });
  for (const key of TEXT_SECTIONS) {
    const text = sections[key]?.['text'];
    if (typeof text !== 'string' || text.trim().length === 0) problems.push({ code: 'section_missing', field: key });
  }
  for (const [key, list] of LIST_SECTIONS) {
    const items = sections[key]?.[list];
    if (!Array.isArray(items) || items.length === 0) problems.push({ code: 'section_missing', field: key });
  }
  const lines = sections.budget?.['lines'];
  const budgetLines = Array.isArray(lines) ? (lines as BudgetLineContent[]) : [];
  let grant = 0;
  try {
    grant = grantRequestedCents(budgetLines);
  } catch {
    // A line that cannot be totalled is reported by budgetProblems below.
  }
  for (const problem of budgetProblems(budgetLines, Number.isSafeInteger(grant) ? grant : 0, call)) {
    const field = problem.code === 'line_invalid' ? `budget.lines.${problem.lineIndex}.${problem.field}` : 'budget';
    problems.push({ code: 'budget', field, problem });
  }
  for (const required of call.requiredAttachments) {
    if (!uploaded.has(required.key)) problems.push({ code: 'attachment_missing', field: `attachments.${required.key}`, name: required.name });
  }
  return problems;
}

const euros = (cents: number, locale: Locale) =>
  new Intl.NumberFormat(locale === 'sq' ? 'sq-AL' : 'en-GB', { style: 'currency', currency: 'EUR' }).format(cents / 100);

const SECTION_NAMES: Record<ApplicationSectionKey, Record<Locale, string>> = {
  summary: { sq: 'Përmbledhja', en: 'Summary' },
  problem: { sq: 'Problemi dhe grupi i synuar', en: 'Problem and target group' },
  objectives: { sq: 'Objektivat dhe aktivitetet', en: 'Objectives and activities' },
  logframe: { sq: 'Kuadri logjik (të paktën një tregues)', en: 'Logframe (at least one indicator)' },
  beneficiaries: { sq: 'Përfituesit e planifikuar', en: 'Planned beneficiaries' },
  partners: { sq: 'Partnerët', en: 'Partners' },
  budget: { sq: 'Buxheti', en: 'Budget' },
};

const BUDGET_MESSAGES: Record<BudgetProblem['code'], Record<Locale, string>> = {
  no_lines: { sq: 'Buxheti nuk ka asnjë zë buxhetor.', en: 'The budget has no lines.' },
  line_invalid: { sq: 'Zëri buxhetor {line} nuk është plotësuar saktë ({field}).', en: 'Budget line {line} is not filled in correctly ({field}).' },
  grant_below_minimum: { sq: 'Granti i kërkuar ({grant}) është nën minimumin e thirrjes ({limit}).', en: 'The grant requested ({grant}) is below the call’s minimum ({limit}).' },
  grant_above_maximum: { sq: 'Granti i kërkuar ({grant}) e kalon maksimumin e thirrjes ({limit}).', en: 'The grant requested ({grant}) is above the call’s maximum ({limit}).' },
  grant_above_cost_share: {
    sq: 'Granti mund të mbulojë deri në {limit} nga kostot e pranueshme; bashkëfinancimi duhet rritur.',
    en: 'The grant may cover at most {limit} of eligible costs; increase the co-financing.',
  },
  grant_above_total: { sq: 'Granti i kërkuar e kalon totalin e kostove.', en: 'The grant requested is above the total costs.' },
  total_zero: { sq: 'Totali i buxhetit është zero.', en: 'The budget totals zero.' },
};

export function translateChecklist(problems: ChecklistProblem[], locale: Locale): FieldError[] {
  return problems.map((p) => {
    if (p.code === 'organisation_not_verified') {
      return {
        field: p.field,
        message: locale === 'sq' ? 'Organizata juaj ende nuk është verifikuar nga menaxheri i programit.' : 'Your organisation has not yet been verified by the programme manager.',
      };
    }
    if (p.code === 'section_missing') {
      const name = SECTION_NAMES[p.field][locale];
      return { field: p.field, message: locale === 'sq' ? `Plotësoni seksionin: ${name}.` : `Complete the section: ${name}.` };
    }
    if (p.code === 'attachment_missing') {
      return { field: p.field, message: locale === 'sq' ? `Ngarkoni dokumentin: ${p.name.sq}.` : `Upload the document: ${p.name.en}.` };
    }
    const b = p.problem;
    const params: Record<string, string | number> =
      b.code === 'line_invalid'
        ? { line: b.lineIndex + 1, field: b.field }
        : b.code === 'grant_below_minimum'
          ? { grant: euros(b.grantCents, locale), limit: euros(b.minGrantCents, locale) }
          : b.code === 'grant_above_maximum'
            ? { grant: euros(b.grantCents, locale), limit: euros(b.maxGrantCents, locale) }
            : b.code === 'grant_above_cost_share'
              ? { limit: `${b.maxShareBp / 100}%` }
              : {};
    return { field: p.field, message: interpolate(BUDGET_MESSAGES[b.code][locale], params) };
  });
}
