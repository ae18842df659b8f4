import type { Locale } from '@skema/contracts';

/** Error messages of the evaluation's scoring (decision 0015), spread into ERROR_MESSAGES. */
export const SCORING_MESSAGES = {
  declaration_required: {
    sq: 'Nënshkruani deklaratën e paanshmërisë dhe konfidencialitetit para se të shihni ose vlerësoni aplikimin.',
    en: 'Sign the declaration of impartiality and confidentiality before you see or score the application.',
  },
  score_sheet_invalid: {
    sq: 'Pikët nuk mund të ruhen. Korrigjoni pikat e listuara.',
    en: 'The scores cannot be saved. Correct the points listed.',
  },
  score_sheet_incomplete: {
    sq:
      'Vlerësimi nuk mund të dorëzohet ende: çdo kriter ka nevojë për pikë dhe koment (lista më poshtë). ' +
      'Ato që keni shkruar mbeten si draft.',
    en:
      'The evaluation cannot be submitted yet: every criterion needs a score and a comment (listed below). ' +
      'What you have written is kept as a draft.',
  },
  evaluation_locked: {
    sq: 'Ky vlerësim është dorëzuar dhe është i kyçur: pikët nuk mund të ndryshohen më.',
    en: 'This evaluation has been submitted and is locked: its scores can no longer change.',
  },
  evaluation_closed: {
    sq: 'Vlerësimi i këtij aplikimi nuk është i hapur: rezultatet janë publikuar, ose aplikimi nuk është në vlerësim.',
    en: 'The evaluation of this application is not open: the results are published, or it is not in evaluation.',
  },
  moderation_not_open: {
    sq: 'Moderimi kërkon të paktën dy vlerësime të dorëzuara për këtë aplikim.',
    en: 'A moderation needs at least two submitted evaluations of this application.',
  },
  moderation_invalid: {
    sq: 'Moderimi nuk mund të ruhet. Korrigjoni pikat e listuara.',
    en: 'The moderation cannot be saved. Correct the points listed.',
  },
  assignment_has_evaluation: {
    sq: 'Ky vlerësues ka dorëzuar tashmë vlerësimin e tij; caktimi mbetet si shënim dhe nuk mund të hiqet.',
    en: 'This evaluator has already submitted an evaluation; the assignment stays as the record and cannot be removed.',
  },
} as const satisfies Record<string, Record<Locale, string>>;
