import type { ApplicationSectionContents, RegionCode } from '@skema/contracts';

/**
 * The applications of the closed demo call, as their CSOs wrote them: every section filled the way the
 * portal's form saves it, budgets that add up within the call's limits (the grant requested is derived:
 * the lines' totals less the co-financing). The grants requested per lot add up to more than the lot's
 * EUR 60,000, so the ranking has an envelope line to show: EUR 69,000 asked in Tirana, 81,000 in Kukës.
 */
export interface DemoApplication {
  /** The account (DEMO_ACCOUNTS) that drafted and submitted it. */
  applicant: string;
  /** Registration number of the applying CSO (DEMO_ORGANISATIONS). */
  organisation: string;
  regionCode: RegionCode;
  /** The language the CSO wrote in (its applicant's). */
  locale: 'sq' | 'en';
  /** Submitted this many minutes before the deadline. */
  minutesBeforeDeadline: number;
  sections: ApplicationSectionContents;
}

const EUR = 100;
const DAY = 24 * 60;

const employed = (target: number, sq: boolean) => ({
  level: 'specific_objective' as const,
  statement: sq ? 'Pjesëmarrëset gjejnë dhe mbajnë një punë' : 'Participants find and keep a job',
  indicator: sq
    ? 'Pjesëmarrëse të punësuara ende në punë pas 6 muajsh'
    : 'Participants still employed 6 months after placement',
  unit: sq ? 'persona' : 'people',
  baseline: 0,
  target,
  sourceOfVerification: sq
    ? 'Kontratat e punës dhe ndjekja pas 6 muajsh'
    : 'Employment contracts and 6-month follow-up',
});

const trained = (target: number, sq: boolean) => ({
  level: 'output' as const,
  statement: sq ? 'Formim profesional i përfunduar' : 'Vocational training completed',
  indicator: sq ? 'Pjesëmarrëse që përfundojnë një kurs të certifikuar' : 'Participants completing a certified course',
  unit: sq ? 'persona' : 'people',
  baseline: 0,
  target,
  sourceOfVerification: sq ? 'Certifikatat e qendrës së formimit' : 'Certificates of the training centre',
});

export const DEMO_APPLICATIONS: DemoApplication[] = [
  {
    applicant: 'applicant@tendryshem.test',
    organisation: 'K31524007A',
    regionCode: 'TIR',
    locale: 'sq',
    minutesBeforeDeadline: 3 * DAY + 70,
    sections: {
      summary: {
        title: 'Punë dinjitoze për gratë e mbijetuara në Tiranë',
        text:
          'Formim profesional, praktikë pune dhe ndërmjetësim me punëdhënësit për 45 gra të mbijetuara të ' +
          'trafikimit dhe të dhunës në familje në Tiranë, me mbështetje psiko-sociale gjatë gjithë rrugës.',
        durationMonths: 14,
      },
      problem: {
        text:
          'Në Tiranë, gratë që dalin nga strehëzat rrallë gjejnë punë të rregullt: u mungojnë kualifikimet, përvoja ' +
          'e dokumentuar dhe kujdesi për fëmijët, ndërsa punëdhënësit kanë paragjykime. Pa të ardhura, rreziku i ' +
          'rikthimit te dhunuesi ose i ritrafikimit mbetet i lartë.',
        targetGroup: 'Gra 18–45 vjeç, të referuara nga strehëzat dhe nga Mekanizmi Kombëtar i Referimit.',
      },
      objectives: {
        text:
          'Objektivi i përgjithshëm: pavarësi ekonomike për të mbijetuarat. Objektivi specifik: 30 nga 45 ' +
          'pjesëmarrëset punësohen dhe e mbajnë punën të paktën 6 muaj.',
        activities: [
          {
            title: 'Vlerësimi individual',
            description: 'Plan individual punësimi për çdo pjesëmarrëse, me punonjësen sociale.',
          },
          {
            title: 'Kurse profesionale',
            description: 'Rrobaqepësi, kuzhinë dhe TIK bazë në qendrën publike të formimit.',
          },
          { title: 'Praktika pune', description: 'Tre muaj praktikë me pagesë te punëdhënës partnerë.' },
        ],
      },
      logframe: { indicators: [employed(30, true), trained(40, true)] },
      beneficiaries: {
        planned: [
          { category: 'trafficking', sex: 'female', ageBand: '18-24', count: 15 },
          { category: 'domestic_violence', sex: 'female', ageBand: '25-34', count: 30 },
        ],
      },
      partners: {
        partners: [
          {
            name: 'Drejtoria Rajonale e Formimit Profesional Publik Tiranë',
            role: 'Kurset e certifikuara',
            contact: 'Tiranë',
          },
        ],
      },
      budget: {
        lines: [
          {
            category: 'human_resources',
            description: 'Koordinatore e projektit',
            unit: 'muaj',
            quantity: 14,
            unitCostCents: 1_500 * EUR,
            ownContributionCents: 5_000 * EUR,
          },
          {
            category: 'human_resources',
            description: 'Punonjëse sociale',
            unit: 'muaj',
            quantity: 14,
            unitCostCents: 1_000 * EUR,
          },
          {
            category: 'services',
            description: 'Kurse formimi profesional',
            unit: 'kurs',
            quantity: 6,
            unitCostCents: 1_500 * EUR,
          },
          {
            category: 'travel',
            description: 'Transporti i pjesëmarrëseve',
            unit: 'paketë',
            quantity: 1,
            unitCostCents: 3_000 * EUR,
          },
        ],
      },
    },
  },
  {
    applicant: 'applicant@qkgv.test',
    organisation: 'J61908034G',
    regionCode: 'TIR',
    locale: 'sq',
    minutesBeforeDeadline: 35,
    sections: {
      summary: {
        title: 'Nga strehëza te puna',
        text:
          'Këshillim psikologjik dhe për punësim, trajnime për aftësi të buta dhe një fond emergjence për 30 gra që ' +
          'largohen nga dhuna në familje në Tiranë.',
        durationMonths: 12,
      },
      problem: {
        text:
          'Gratë që largohen nga dhuna në familje shpesh humbasin punën për shkak të traumës, ndryshimit të banesës ' +
          'dhe mungesës së transportit. Shërbimet ekzistuese ndalen te strehimi dhe nuk i shoqërojnë deri në punë.',
        targetGroup: 'Gra mbi 25 vjeç, klientë të qendrës sonë të këshillimit.',
      },
      objectives: {
        text:
          'Objektivi specifik: 18 nga 30 pjesëmarrëset gjejnë punë brenda 12 muajve dhe asnjëra nuk rikthehet te ' +
          'dhunuesi për arsye ekonomike.',
        activities: [
          { title: 'Këshillim individual', description: 'Seanca javore me psikologen dhe këshilltaren e punësimit.' },
          { title: 'Trajnime', description: 'Tetë cikle trajnimi për CV, intervista dhe të drejtat në punë.' },
        ],
      },
      logframe: { indicators: [employed(18, true)] },
      beneficiaries: { planned: [{ category: 'domestic_violence', sex: 'female', ageBand: '25-34', count: 30 }] },
      partners: { partners: [] },
      budget: {
        lines: [
          {
            category: 'human_resources',
            description: 'Psikologe dhe këshilltare punësimi',
            unit: 'muaj',
            quantity: 12,
            unitCostCents: 1_200 * EUR,
          },
          {
            category: 'services',
            description: 'Trajnime për aftësi të buta',
            unit: 'cikël',
            quantity: 8,
            unitCostCents: 1_000 * EUR,
          },
          {
            category: 'local_office',
            description: 'Qiraja dhe shërbimet e zyrës',
            unit: 'muaj',
            quantity: 12,
            unitCostCents: 400 * EUR,
            ownContributionCents: 3_200 * EUR,
          },
          {
            category: 'other',
            description: 'Fond emergjence për strehim dhe transport',
            unit: 'fond',
            quantity: 1,
            unitCostCents: 3_000 * EUR,
          },
        ],
      },
    },
  },
  {
    applicant: 'applicant@vma-kukes.test',
    organisation: 'K64112201F',
    regionCode: 'KUK',
    locale: 'sq',
    minutesBeforeDeadline: 5 * DAY + 130,
    sections: {
      summary: {
        title: 'Punë e sigurt në Kukës',
        text:
          'Formim profesional në bujqësi dhe agropërpunim dhe vendosje në punë për 40 gra dhe vajza të mbijetuara ' +
          'të trafikimit në Kukës, Has dhe Tropojë.',
        durationMonths: 12,
      },
      problem: {
        text:
          'Papunësia e lartë dhe stigma i largojnë viktimat nga tregu i punës; në zonat rurale të Kukësit punët ' +
          'sezonale janë e vetmja ofertë dhe shpesh janë informale.',
        targetGroup: 'Gra dhe vajza 18–35 vjeç nga zonat rurale të qarkut të Kukësit.',
      },
      objectives: {
        text: '30 nga 40 pjesëmarrëset punësohen dhe e mbajnë punën 6 muaj; 5 hapin një aktivitet të vogël bujqësor.',
        activities: [
          { title: 'Kurse në agropërpunim', description: 'Katër kurse me certifikatë, në Kukës dhe në Krumë.' },
          {
            title: 'Serra demonstruese',
            description: 'Praktikë në një serrë të përbashkët për të mësuar duke punuar.',
          },
        ],
      },
      logframe: { indicators: [employed(30, true), trained(40, true)] },
      beneficiaries: { planned: [{ category: 'trafficking', sex: 'female', ageBand: '18-24', count: 40 }] },
      partners: {
        partners: [{ name: 'Bashkia Kukës', role: 'Toka për serrën dhe lidhja me fermerët', contact: 'Kukës' }],
      },
      budget: {
        lines: [
          {
            category: 'human_resources',
            description: 'Trajnere profesionale',
            unit: 'muaj',
            quantity: 12,
            unitCostCents: 1_500 * EUR,
            ownContributionCents: 2_000 * EUR,
          },
          {
            category: 'services',
            description: 'Kurse në bujqësi dhe agropërpunim',
            unit: 'kurs',
            quantity: 4,
            unitCostCents: 2_000 * EUR,
          },
          {
            category: 'travel',
            description: 'Udhëtime në fshatrat e Hasit dhe Tropojës',
            unit: 'udhëtim',
            quantity: 20,
            unitCostCents: 100 * EUR,
          },
          {
            category: 'equipment',
            description: 'Pajisje për serrën demonstruese',
            unit: 'komplet',
            quantity: 1,
            unitCostCents: 2_000 * EUR,
            ownContributionCents: 1_000 * EUR,
          },
        ],
      },
    },
  },
  {
    applicant: 'applicant@tdh.test',
    organisation: 'K71605128J',
    regionCode: 'KUK',
    locale: 'en',
    minutesBeforeDeadline: DAY + 185,
    sections: {
      summary: {
        title: 'Safe jobs for young people at risk in Kukës',
        text:
          'Apprenticeships with local employers, vocational courses and case management for 50 young people at risk ' +
          'of trafficking in Kukës, with a follow-up at 3, 6 and 12 months.',
        durationMonths: 18,
      },
      problem: {
        text:
          'Young people leaving school in Kukës face the highest youth unemployment in Albania; many leave for ' +
          'seasonal work abroad through informal intermediaries, which is the main route into labour exploitation.',
        targetGroup: 'Young women and men aged 15–24 identified as at risk by the child protection units.',
      },
      objectives: {
        text: '35 of 50 participants complete an apprenticeship and 25 are employed 6 months after it.',
        activities: [
          { title: 'Case management', description: 'An individual plan with each young person and their family.' },
          { title: 'Apprenticeships', description: 'Six-month paid apprenticeships with 15 local employers.' },
          { title: 'Vocational courses', description: 'Five short courses chosen with the employers.' },
        ],
      },
      logframe: { indicators: [employed(25, false), trained(35, false)] },
      beneficiaries: {
        planned: [
          { category: 'at_risk', sex: 'female', ageBand: '15-17', count: 20 },
          { category: 'at_risk', sex: 'male', ageBand: '18-24', count: 30 },
        ],
      },
      partners: {
        partners: [{ name: 'Kukës Chamber of Commerce', role: 'Finds the employers for the apprenticeships' }],
      },
      budget: {
        lines: [
          {
            category: 'human_resources',
            description: 'Case managers (two part-time)',
            unit: 'month',
            quantity: 18,
            unitCostCents: 1_200 * EUR,
            ownContributionCents: 4_500 * EUR,
          },
          {
            category: 'services',
            description: 'Apprenticeship stipends',
            unit: 'stipend-month',
            quantity: 60,
            unitCostCents: 150 * EUR,
          },
          {
            category: 'services',
            description: 'Vocational courses',
            unit: 'course',
            quantity: 5,
            unitCostCents: 1_200 * EUR,
          },
          {
            category: 'travel',
            description: 'Outreach visits to villages',
            unit: 'trip',
            quantity: 40,
            unitCostCents: 60 * EUR,
          },
          {
            category: 'other',
            description: 'Monitoring and final evaluation',
            unit: 'lump sum',
            quantity: 1,
            unitCostCents: 1_500 * EUR,
          },
        ],
      },
    },
  },
  {
    applicant: 'applicant@tendryshem.test',
    organisation: 'K31524007A',
    regionCode: 'KUK',
    locale: 'sq',
    minutesBeforeDeadline: 160,
    sections: {
      summary: {
        title: 'Rrjeti i punëdhënësve miqësorë në Kukës',
        text:
          'Një rrjet punëdhënësish në Kukës që punësojnë gra të mbijetuara të dhunës, me ndërmjetëse punësimi dhe ' +
          'një panair pune.',
        durationMonths: 10,
      },
      problem: {
        text:
          'Shërbimet e punësimit në Kukës nuk kanë lidhje me punëdhënësit që pranojnë të punësojnë gra me histori ' +
          'dhune; ofertat e punës qarkullojnë vetëm përmes njohjeve.',
        targetGroup: 'Gra 25–49 vjeç të mbështetura nga shërbimet sociale të bashkisë.',
      },
      objectives: {
        text: '20 punëdhënës nënshkruajnë angazhimin e rrjetit; 15 gra punësohen përmes tij.',
        activities: [{ title: 'Panairi i punës', description: 'Dy panaire pune me punëdhënësit e rrjetit.' }],
      },
      logframe: { indicators: [employed(15, true)] },
      beneficiaries: { planned: [{ category: 'domestic_violence', sex: 'female', ageBand: '35-49', count: 25 }] },
      partners: { partners: [] },
      budget: {
        lines: [
          {
            category: 'human_resources',
            description: 'Ndërmjetëse punësimi',
            unit: 'muaj',
            quantity: 10,
            unitCostCents: 1_000 * EUR,
            ownContributionCents: 2_000 * EUR,
          },
          {
            category: 'services',
            description: 'Takime me punëdhënësit dhe panair pune',
            unit: 'ngjarje',
            quantity: 2,
            unitCostCents: 2_500 * EUR,
          },
          {
            category: 'travel',
            description: 'Udhëtime Tiranë–Kukës',
            unit: 'udhëtim',
            quantity: 10,
            unitCostCents: 150 * EUR,
          },
          {
            category: 'other',
            description: 'Materiale informuese',
            unit: 'paketë',
            quantity: 1,
            unitCostCents: 3_500 * EUR,
          },
        ],
      },
    },
  },
];
