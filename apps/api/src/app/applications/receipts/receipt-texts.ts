import type { Locale } from '@skema/contracts';

/** Every word of the receipt, in both languages (terms from GLOSSARY.md: "vërtetim dorëzimi"). */
export interface ReceiptTexts {
  tagline: string;
  title: string;
  reference: string;
  call: string;
  lot: string;
  organisation: string;
  nuis: string;
  submittedAt: string;
  submittedBy: string;
  budget: string;
  totalCost: string;
  grantRequested: string;
  cofinancing: string;
  attachments: string;
  file: string;
  noAttachments: string;
  fingerprint: string;
  timeZone: string;
  /** Both times in Tirana, written without the zone (the sentence names it). */
  statement: (submittedAt: string, deadline: string) => string;
  footer: (reference: string, page: number, pages: number) => string;
}

export const RECEIPT_TEXTS: Record<Locale, ReceiptTexts> = {
  sq: {
    tagline: 'Skema e granteve për riintegrim përmes punësimit',
    title: 'Vërtetim dorëzimi',
    reference: 'Numri i aplikimit',
    call: 'Thirrja për propozime',
    lot: 'Loti',
    organisation: 'Organizata',
    nuis: 'NUIS',
    submittedAt: 'Dorëzuar më',
    submittedBy: 'Dorëzuar nga',
    budget: 'Buxheti',
    totalCost: 'Totali i kostove të pranueshme',
    grantRequested: 'Granti i kërkuar',
    cofinancing: 'Bashkëfinancimi',
    attachments: 'Dokumentet e bashkëngjitura',
    file: 'Skedari',
    noAttachments: 'Asnjë dokument i bashkëngjitur.',
    fingerprint: 'Gjurma e aplikimit të dorëzuar (SHA-256)',
    timeZone: 'ora e Tiranës',
    statement: (submittedAt, deadline) =>
      `Ky vërtetim dëshmon se aplikimi i mësipërm u dorëzua dhe u regjistrua në Skema më ${submittedAt}, ` +
      `përpara afatit të fundit të thirrjes, ${deadline} (ora e Tiranës). Aplikimi ruhet saktësisht ashtu siç u dërgua; ` +
      'gjurma e mësipërme do të zbulonte çdo ndryshim të mëvonshëm.',
    footer: (reference, page, pages) => `${reference} · faqja ${page} nga ${pages}`,
  },
  en: {
    tagline: 'Grant scheme for re-integration through employment',
    title: 'Submission receipt',
    reference: 'Application reference',
    call: 'Call for proposals',
    lot: 'Lot',
    organisation: 'Organisation',
    nuis: 'NUIS',
    submittedAt: 'Submitted on',
    submittedBy: 'Submitted by',
    budget: 'Budget',
    totalCost: 'Total eligible costs',
    grantRequested: 'Grant requested',
    cofinancing: 'Co-financing',
    attachments: 'Attached documents',
    file: 'File',
    noAttachments: 'No documents attached.',
    fingerprint: 'Fingerprint of the submitted application (SHA-256)',
    timeZone: 'Tirana time',
    statement: (submittedAt, deadline) =>
      `This receipt proves that the application above was submitted and recorded in Skema on ${submittedAt}, ` +
      `before the call’s deadline of ${deadline} (Tirana time). The application is kept exactly as it was sent; ` +
      'the fingerprint above would reveal any later change.',
    footer: (reference, page, pages) => `${reference} · page ${page} of ${pages}`,
  },
};
