import type { Locale, NotificationKind, Role } from '@skema/contracts';

/**
 * The catalogue: every kind of notification in both languages (terms from GLOSSARY.md). A template
 * is a function of the kind's params, so a missing or misspelt param is a compile error, not a
 * `{placeholder}` in someone's inbox. Params are what `notify()` stores; texts are made at delivery.
 */
export interface NotificationParams {
  email_confirmation: Record<string, never>;
  password_reset: Record<string, never>;
  invitation: { invitedBy: string; organisationName?: string };
  organisation_verified: { organisationName: string };
  organisation_registered: { organisationName: string; registrationNumber: string };
  role_changed: { roles: Role[] };
  /** `at`: ISO 8601 instant; `device`: a short description such as "Firefox on Windows". */
  security_alert: { event: 'new_device' | 'password_changed'; at: string; device?: string };
  application_submitted: { reference: string; callReference: string; submittedAt: string };
  application_receipt: { reference: string; callReference: string };
  /** Each failed checklist item: its text in both languages and the programme manager's note. */
  application_ineligible: {
    reference: string;
    callReference: string;
    failed: { textSq: string; textEn: string; note: string }[];
  };
  call_amended: { callReference: string; reasonSq: string; reasonEn: string };
  /**
   * The published outcome. `award`: the amount (selected, or offered if money frees up for a reserve)
   * already formatted per language; `reserveRank` for the reserve list.
   */
  evaluation_result: {
    reference: string;
    callReference: string;
    outcome: 'selected' | 'reserve' | 'rejected' | 'ineligible';
    awardSq?: string;
    awardEn?: string;
    reserveRank?: number;
  };
}

/** What one notification says: the e-mail subject (and in-app title), its paragraphs, its button. */
export interface NotificationText {
  subject: string;
  lines: string[];
  /** Label of the link in the e-mail; a generic "open in Skema" when absent. */
  action?: string;
}

/** Locale-aware formatting for templates (dates in Europe/Tirane, role names from the glossary). */
export interface TemplateFormat {
  dateTime(iso: string): string;
  roles(roles: readonly Role[]): string;
}

type Template<K extends NotificationKind> = (params: NotificationParams[K], format: TemplateFormat) => NotificationText;

export type NotificationCatalogue = { [K in NotificationKind]: Record<Locale, Template<K>> };

export const NOTIFICATION_TEMPLATES: NotificationCatalogue = {
  email_confirmation: {
    sq: () => ({
      subject: 'Konfirmoni adresën e e-mailit',
      lines: [
        'Faleminderit që u regjistruat në Skema, portalin e skemës së granteve.',
        'Për të aktivizuar llogarinë, konfirmoni adresën tuaj të e-mailit duke hapur lidhjen më poshtë.',
        'Nëse nuk jeni regjistruar ju, injorojeni këtë mesazh.',
      ],
      action: 'Konfirmo adresën',
    }),
    en: () => ({
      subject: 'Confirm your e-mail address',
      lines: [
        'Thank you for registering with Skema, the grant scheme portal.',
        'To activate your account, confirm your e-mail address by opening the link below.',
        'If you did not register, please ignore this message.',
      ],
      action: 'Confirm the address',
    }),
  },
  password_reset: {
    sq: () => ({
      subject: 'Rivendosni fjalëkalimin',
      lines: [
        'Morëm një kërkesë për të rivendosur fjalëkalimin e llogarisë suaj në Skema.',
        'Hapni lidhjen më poshtë për të zgjedhur një fjalëkalim të ri.',
        'Nëse nuk e kërkuat ju, injorojeni këtë mesazh: fjalëkalimi juaj mbetet i pandryshuar.',
      ],
      action: 'Rivendos fjalëkalimin',
    }),
    en: () => ({
      subject: 'Reset your password',
      lines: [
        'We received a request to reset the password of your Skema account.',
        'Open the link below to choose a new password.',
        'If you did not ask for this, ignore this message: your password stays unchanged.',
      ],
      action: 'Reset the password',
    }),
  },
  invitation: {
    sq: (p) => ({
      subject: 'Ftesë për në Skema',
      lines: [
        p.organisationName
          ? `${p.invitedBy} ju ftoi të bashkoheni në Skema si pjesë e organizatës ${p.organisationName}.`
          : `${p.invitedBy} ju ftoi të bashkoheni në Skema, portalin e skemës së granteve.`,
        'Hapni lidhjen më poshtë për të zgjedhur fjalëkalimin dhe për të hyrë në llogari.',
      ],
      action: 'Prano ftesën',
    }),
    en: (p) => ({
      subject: 'Invitation to Skema',
      lines: [
        p.organisationName
          ? `${p.invitedBy} invited you to join Skema as part of ${p.organisationName}.`
          : `${p.invitedBy} invited you to join Skema, the grant scheme portal.`,
        'Open the link below to choose your password and sign in.',
      ],
      action: 'Accept the invitation',
    }),
  },
  application_submitted: {
    sq: (p, f) => ({
      subject: `Aplikimi u dorëzua: ${p.reference}`,
      lines: [
        `Aplikimi juaj në thirrjen ${p.callReference} u dorëzua më ${f.dateTime(p.submittedAt)} me numrin ${p.reference}.`,
        'Vërtetimi i dorëzimit (PDF) do të jetë gati në Skema pas pak. Ruajeni këtë numër për çdo komunikim.',
      ],
      action: 'Shiko aplikimin',
    }),
    en: (p, f) => ({
      subject: `Application submitted: ${p.reference}`,
      lines: [
        `Your application to call ${p.callReference} was submitted on ${f.dateTime(p.submittedAt)} with the reference ${p.reference}.`,
        'The receipt (PDF) will be ready in Skema shortly. Quote this reference in any correspondence.',
      ],
      action: 'View the application',
    }),
  },
  application_receipt: {
    sq: (p) => ({
      subject: `Vërtetimi i dorëzimit: ${p.reference}`,
      lines: [
        `Vërtetimi i dorëzimit të aplikimit ${p.reference} në thirrjen ${p.callReference} është gati.`,
        'E gjeni të bashkëngjitur këtu si PDF, dhe mund ta shkarkoni sa herë të doni nga faqja e aplikimit në Skema. Ruajeni: ai dëshmon se aplikimi u dorëzua brenda afatit të fundit.',
      ],
      action: 'Shiko aplikimin',
    }),
    en: (p) => ({
      subject: `Submission receipt: ${p.reference}`,
      lines: [
        `The receipt for application ${p.reference} to call ${p.callReference} is ready.`,
        'It is attached here as a PDF, and you can download it again at any time from the application’s page in Skema. Keep it: it proves the application was submitted before the deadline.',
      ],
      action: 'View the application',
    }),
  },
  application_ineligible: {
    sq: (p) => ({
      subject: `Aplikimi ${p.reference} nuk plotëson kriteret e pranueshmërisë`,
      lines: [
        `Verifikimi administrativ dhe i pranueshmërisë së aplikimit ${p.reference} në thirrjen ${p.callReference} përfundoi: aplikimi nuk është i pranueshëm dhe nuk kalon në vlerësim.`,
        'Kriteret që nuk u plotësuan:',
        ...p.failed.map((item) => `• ${item.textSq}: ${item.note}`),
        'Për çdo pyetje, kontaktoni menaxherin e programit dhe përmendni numrin e aplikimit.',
      ],
      action: 'Shiko aplikimin',
    }),
    en: (p) => ({
      subject: `Application ${p.reference} does not meet the eligibility criteria`,
      lines: [
        `The administrative and eligibility check of application ${p.reference} to call ${p.callReference} is complete: the application is ineligible and does not go on to evaluation.`,
        'The criteria not met:',
        ...p.failed.map((item) => `• ${item.textEn}: ${item.note}`),
        'For any question, contact the programme manager and quote the application’s reference.',
      ],
      action: 'View the application',
    }),
  },
  evaluation_result: {
    sq: (p) => ({
      subject: `Rezultati i vlerësimit: aplikimi ${p.reference}`,
      lines: [
        `Rezultatet e thirrjes ${p.callReference} u publikuan.`,
        p.outcome === 'selected'
          ? `Aplikimi ${p.reference} u përzgjodh për grant${p.awardSq ? ` prej ${p.awardSq}` : ''}. Menaxheri i programit do t’ju kontaktojë për kontratën e grantit.`
          : p.outcome === 'reserve'
            ? `Aplikimi ${p.reference} kaloi pragjet dhe është në listën rezervë (numri ${p.reserveRank ?? '–'}). Nëse lirohen fonde në lot, do të njoftoheni.`
            : p.outcome === 'ineligible'
              ? `Aplikimi ${p.reference} nuk ishte i pranueshëm dhe nuk u vlerësua.`
              : `Aplikimi ${p.reference} nuk u përzgjodh për grant.`,
        'Në Skema gjeni pikët e konsoliduara për çdo seksion dhe komentet e vlerësuesve.',
      ],
      action: 'Shiko rezultatin',
    }),
    en: (p) => ({
      subject: `Evaluation result: application ${p.reference}`,
      lines: [
        `The results of call ${p.callReference} have been published.`,
        p.outcome === 'selected'
          ? `Application ${p.reference} was selected for a grant${p.awardEn ? ` of ${p.awardEn}` : ''}. The programme manager will contact you about the grant contract.`
          : p.outcome === 'reserve'
            ? `Application ${p.reference} passed the thresholds and is on the reserve list (number ${p.reserveRank ?? '–'}). You will be told if money frees up in the lot.`
            : p.outcome === 'ineligible'
              ? `Application ${p.reference} was ineligible and was not evaluated.`
              : `Application ${p.reference} was not selected for a grant.`,
        'In Skema you will find the consolidated score of each section and the evaluators’ comments.',
      ],
      action: 'See the result',
    }),
  },
  call_amended: {
    sq: (p) => ({
      subject: `Thirrja ${p.callReference} u ndryshua`,
      lines: [
        `Thirrja për propozime ${p.callReference}, për të cilën keni një draft, u ndryshua.`,
        `Arsyeja: ${p.reasonSq}`,
      ],
      action: 'Shiko ndryshimet',
    }),
    en: (p) => ({
      subject: `Call ${p.callReference} was amended`,
      lines: [
        `The call for proposals ${p.callReference}, on which you hold a draft, was amended.`,
        `Reason: ${p.reasonEn}`,
      ],
      action: 'See the changes',
    }),
  },
  organisation_verified: {
    sq: (p) => ({
      subject: 'Organizata juaj u verifikua',
      lines: [
        `Organizata ${p.organisationName} u verifikua nga menaxheri i programit.`,
        'Tani mund të aplikoni në thirrjet për propozime të hapura.',
      ],
    }),
    en: (p) => ({
      subject: 'Your organisation has been verified',
      lines: [
        `${p.organisationName} has been verified by the programme manager.`,
        'You can now apply to open calls for proposals.',
      ],
    }),
  },
  organisation_registered: {
    sq: (p) => ({
      subject: 'Organizatë e re për verifikim',
      lines: [
        `Organizata ${p.organisationName} (NIPT ${p.registrationNumber}) u regjistrua në Skema dhe pret verifikimin.`,
      ],
      action: 'Shqyrto organizatën',
    }),
    en: (p) => ({
      subject: 'New organisation to verify',
      lines: [
        `${p.organisationName} (NUIS ${p.registrationNumber}) registered with Skema and is waiting to be verified.`,
      ],
      action: 'Review the organisation',
    }),
  },
  role_changed: {
    sq: (p, f) => ({
      subject: 'Rolet tuaja u ndryshuan',
      lines: [
        p.roles.length > 0
          ? `Administratori ndryshoi rolet e llogarisë suaj. Tani keni: ${f.roles(p.roles)}.`
          : 'Administratori hoqi të gjitha rolet e llogarisë suaj.',
        'Nëse mendoni se është gabim, kontaktoni administratorin.',
      ],
    }),
    en: (p, f) => ({
      subject: 'Your roles have changed',
      lines: [
        p.roles.length > 0
          ? `An administrator changed the roles of your account. You now have: ${f.roles(p.roles)}.`
          : 'An administrator removed all roles from your account.',
        'If you think this is a mistake, contact the administrator.',
      ],
    }),
  },
  security_alert: {
    sq: (p, f) =>
      p.event === 'new_device'
        ? {
            subject: 'Hyrje nga një pajisje e re',
            lines: [
              `Dikush hyri në llogarinë tuaj në Skema nga një pajisje e re${p.device ? ` (${p.device})` : ''} më ${f.dateTime(p.at)}.`,
              'Nëse ishit ju, nuk duhet të bëni asgjë.',
              'Nëse nuk ishit ju, ndryshoni menjëherë fjalëkalimin dhe dilni nga pajisjet që nuk i njihni.',
            ],
          }
        : {
            subject: 'Fjalëkalimi juaj u ndryshua',
            lines: [
              `Fjalëkalimi i llogarisë suaj në Skema u ndryshua më ${f.dateTime(p.at)}.`,
              'Nëse nuk e ndryshuat ju, rivendosni menjëherë fjalëkalimin dhe njoftoni administratorin.',
            ],
          },
    en: (p, f) =>
      p.event === 'new_device'
        ? {
            subject: 'Sign-in from a new device',
            lines: [
              `Someone signed in to your Skema account from a new device${p.device ? ` (${p.device})` : ''} on ${f.dateTime(p.at)}.`,
              'If this was you, there is nothing to do.',
              'If it was not you, change your password now and sign out the devices you do not recognise.',
            ],
          }
        : {
            subject: 'Your password was changed',
            lines: [
              `The password of your Skema account was changed on ${f.dateTime(p.at)}.`,
              'If you did not change it, reset your password now and tell the administrator.',
            ],
          },
  },
};

/** Role names as people read them (GLOSSARY.md). */
export const ROLE_LABELS: Record<Role, Record<Locale, string>> = {
  applicant: { sq: 'aplikant', en: 'applicant' },
  evaluator: { sq: 'vlerësues', en: 'evaluator' },
  programme_manager: { sq: 'menaxher programi', en: 'programme manager' },
  finance_officer: { sq: 'zyrtar financiar', en: 'finance officer' },
  reporting_officer: { sq: 'zyrtar raportimi', en: 'reporting officer' },
  admin: { sq: 'administrator', en: 'administrator' },
};

/** The words around every e-mail, in both languages. */
export const EMAIL_FRAME: Record<
  Locale,
  {
    greeting: (name: string | null) => string;
    open: string;
    copyLink: string;
    closing: string;
    optional: string;
    mandatory: string;
  }
> = {
  sq: {
    greeting: (name) => (name ? `Përshëndetje ${name},` : 'Përshëndetje,'),
    open: 'Hap në Skema',
    copyLink: 'Nëse butoni nuk funksionon, kopjoni këtë adresë në shfletues:',
    closing: 'Me respekt,\nSkema',
    optional: 'Mund të zgjidhni cilat njoftime ju vijnë me e-mail te',
    mandatory:
      'Ky mesazh ka të bëjë me llogarinë tuaj dhe dërgohet gjithmonë. Ju lutemi mos iu përgjigjni këtij mesazhi.',
  },
  en: {
    greeting: (name) => (name ? `Hello ${name},` : 'Hello,'),
    open: 'Open in Skema',
    copyLink: 'If the button does not work, copy this address into your browser:',
    closing: 'Kind regards,\nSkema',
    optional: 'You can choose which notifications come to you by e-mail at',
    mandatory: 'This message concerns your account and is always sent. Please do not reply to it.',
  },
};
