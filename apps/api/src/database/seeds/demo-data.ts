import type { LegalForm, RegionCode, Role } from '@skema/contracts';

/**
 * Believable demo data: CSOs named after organisations of this field (see shared/seeds/); their
 * registration numbers, addresses and contacts are invented. Every demo account shares one password,
 * documented in the README; it is for local demos only.
 */
export const DEMO_PASSWORD = 'Skema-Demo-2026!';

/**
 * Staff who move money or people's data must sign in with a second factor. The demo accounts share
 * this TOTP seed: add it to an authenticator app (or compute codes with any TOTP tool) to sign in.
 */
export const DEMO_TOTP_SECRET = 'SKEMADEMOTOTPSEEDXK7Q2MVBLUMIDRN';

export interface DemoOrganisation {
  legalName: string;
  acronym: string | null;
  registrationNumber: string;
  legalForm: LegalForm;
  email: string;
  phone: string;
  address: string;
  regions: RegionCode[];
  verified: boolean;
}

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  {
    legalName: 'Të Ndryshëm dhe të Barabartë',
    acronym: 'D&E',
    registrationNumber: 'K31524007A',
    legalForm: 'association',
    email: 'info@tendryshem.test',
    phone: '+355 4 220 0101',
    address: 'Rruga e Durrësit, Tiranë',
    regions: ['TIR', 'KUK', 'DIB', 'SAR'],
    verified: true,
  },
  {
    legalName: 'Aleanca kundër Diskriminimit të LGBT',
    acronym: 'Aleanca LGBT',
    registrationNumber: 'L02113551B',
    legalForm: 'association',
    email: 'kontakt@aleanca.test',
    phone: '+355 4 220 0202',
    address: 'Rruga Myslym Shyri, Tiranë',
    regions: ['TIR'],
    verified: true,
  },
  {
    legalName: 'Ndihmë për Fëmijët',
    acronym: 'NPF',
    registrationNumber: 'K92017003C',
    legalForm: 'foundation',
    email: 'zyra@npf.test',
    phone: '+355 4 220 0303',
    address: 'Rruga Kavajës, Tiranë',
    regions: ['TIR', 'DIB'],
    verified: true,
  },
  {
    legalName: 'Fëmijët e Botës Shqipëri',
    acronym: 'FBSH',
    registrationNumber: 'K43208115D',
    legalForm: 'association',
    email: 'info@fbsh.test',
    phone: '+355 4 220 0404',
    address: 'Rruga Sami Frashëri, Tiranë',
    regions: ['TIR'],
    verified: true,
  },
  {
    legalName: 'Të gjithë së bashku kundër trafikimit të fëmijëve',
    acronym: 'BKTF',
    registrationNumber: 'L22104019E',
    legalForm: 'coalition',
    email: 'koordinimi@bktf.test',
    phone: '+355 4 220 0505',
    address: 'Rruga Ibrahim Rugova, Tiranë',
    regions: ['TIR', 'KUK', 'SAR'],
    verified: true,
  },
  {
    legalName: 'Shoqata e Viktimave të Minave dhe Armëve',
    acronym: 'VMA',
    registrationNumber: 'K64112201F',
    legalForm: 'association',
    email: 'zyra@vma-kukes.test',
    phone: '+355 24 22 0606',
    address: 'Lagjja Dardania, Kukës',
    regions: ['KUK'],
    verified: true,
  },
  {
    legalName: 'Qendra e Këshillimit për Gra dhe Vajza',
    acronym: 'QKGV',
    registrationNumber: 'J61908034G',
    legalForm: 'centre',
    email: 'ndihme@qkgv.test',
    phone: '+355 4 220 0707',
    address: 'Rruga Bardhok Biba, Tiranë',
    regions: ['TIR', 'SAR'],
    verified: true,
  },
  {
    legalName: 'Streha për Gra dhe Vajza të Abuzuara',
    acronym: 'SGVA',
    registrationNumber: 'J81822045H',
    legalForm: 'centre',
    email: 'streha@sgva.test',
    phone: '+355 218 2 0808',
    address: 'Lagjja Nr. 2, Peshkopi',
    regions: ['DIB', 'TIR'],
    verified: true,
  },
  {
    legalName: 'Terre des hommes Shqipëri',
    acronym: 'Tdh',
    registrationNumber: 'K71605128J',
    legalForm: 'foundation',
    email: 'albania@tdh.test',
    phone: '+355 852 2 0909',
    address: 'Lagjja Nr. 1, Sarandë',
    regions: ['SAR', 'KUK'],
    verified: true,
  },
  {
    legalName: 'Qendra për Barazi dhe Liri',
    acronym: 'CEL',
    registrationNumber: 'L51316210K',
    legalForm: 'centre',
    email: 'info@cel.test',
    phone: '+355 4 220 1010',
    address: 'Rruga Hoxha Tahsim, Tiranë',
    regions: ['TIR'],
    verified: false,
  },
];

export interface DemoAccount {
  email: string;
  displayName: string;
  roles: Role[];
  locale: 'sq' | 'en';
  /** Registration number of the CSO an applicant works for. */
  organisation?: string;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: 'admin@skema.test', displayName: 'Arben Hoxha', roles: ['admin'], locale: 'sq' },
  { email: 'pm@skema.test', displayName: 'Elira Shehu', roles: ['programme_manager'], locale: 'sq' },
  { email: 'finance@skema.test', displayName: 'Gentian Kola', roles: ['finance_officer'], locale: 'sq' },
  { email: 'finance2@skema.test', displayName: 'Mirela Dervishi', roles: ['finance_officer'], locale: 'en' },
  { email: 'reporting@skema.test', displayName: 'Sophie Laurent', roles: ['reporting_officer'], locale: 'en' },
  { email: 'evaluator1@skema.test', displayName: 'Blerina Gjoka', roles: ['evaluator'], locale: 'sq' },
  { email: 'evaluator2@skema.test', displayName: 'Jonas Weber', roles: ['evaluator'], locale: 'en' },
  { email: 'evaluator3@skema.test', displayName: 'Ilir Basha', roles: ['evaluator'], locale: 'sq' },
  {
    email: 'applicant@tendryshem.test',
    displayName: 'Anila Meta',
    roles: ['applicant'],
    locale: 'sq',
    organisation: 'K31524007A',
  },
  {
    email: 'applicant@vma-kukes.test',
    displayName: 'Besnik Lleshi',
    roles: ['applicant'],
    locale: 'sq',
    organisation: 'K64112201F',
  },
  {
    email: 'applicant@tdh.test',
    displayName: 'Klara Rama',
    roles: ['applicant'],
    locale: 'en',
    organisation: 'K71605128J',
  },
  {
    email: 'applicant@qkgv.test',
    displayName: 'Mimoza Hysa',
    roles: ['applicant'],
    locale: 'sq',
    organisation: 'J61908034G',
  },
];
