import { createHash } from 'node:crypto';
import {
  APPLICATION_SECTIONS,
  type ApplicationSectionKey,
  type RegionCode,
  type RequiredAttachmentDto,
} from '@skema/contracts';
import { formatApplicationReference } from '@skema/domain';
import type { EntityManager } from 'typeorm';
import { checklist, translateChecklist } from '../../app/applications/application-checklist';
import { ApplicationsService } from '../../app/applications/applications.service';
import { ApplicationAttachment } from '../../app/applications/attachments/application-attachment.entity';
import { detectAttachmentContent } from '../../app/applications/attachments/attachment-content';
import { ApplicationRevision } from '../../app/applications/entities/application-revision.entity';
import { ApplicationSection } from '../../app/applications/entities/application-section.entity';
import { ApplicationSubmission } from '../../app/applications/entities/application-submission.entity';
import { loadReceiptData } from '../../app/applications/receipts/receipt-data';
import { renderReceiptPdf } from '../../app/applications/receipts/receipt-pdf';
import { receiptStorageKey } from '../../app/applications/receipts/receipt.constants';
import { Application } from '../../app/applications/entities/application.entity';
import { canonicalJson } from '../../app/audit/audit-hash';
import { CallLot } from '../../app/calls/entities/call-lot.entity';
import { Call } from '../../app/calls/entities/call.entity';
import type { Organisation } from '../../app/organisations/entities/organisation.entity';
import type { User } from '../../app/users/entities/user.entity';
import { FileStorage, LocalFileStorage } from '../../common/storage/file-storage';
import { DEMO_APPLICATIONS, type DemoApplication } from './demo-applications';
import { DEMO_CALL_RULES, tiranaNoonAfter } from './demo-call';
import { demoBudgetWorkbook, demoPdf } from './demo-documents';

const EUR = 100;
const MINUTE = 60_000;
const DAY = 86_400_000;

/** Small envelopes, so the grants asked for cross them and the ranking shows where the money ends. */
const LOTS: [RegionCode, number][] = [
  ['TIR', 60_000 * EUR],
  ['KUK', 60_000 * EUR],
];

/** Who the demo's closed call needs: the programme manager who made it, the applicants and their CSOs. */
export interface DemoCast {
  now: Date;
  managerId: string | null;
  /** By e-mail. */
  users: ReadonlyMap<string, User>;
  /** By registration number. */
  organisations: ReadonlyMap<string, Organisation>;
}

/** The reference of the closed demo call: the year's second call (the open one is `SK-<year>-01`). */
export function demoEvaluationCallReference(now: Date): string {
  const year = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Tirane', year: 'numeric' }).format(now);
  return `SK-${year}-02`;
}

/**
 * A call for a newcomer to evaluate: closed four days ago (noon, Tirana), the PRAG grid, lots for
 * Tirana and Kukës of EUR 60,000 each, and five applications submitted before the deadline, left
 * `submitted` for the programme manager's eligibility check. Each is written as the submission service
 * writes one — complete sections and their revisions, every required document stored with its SHA-256,
 * the reference numbered per lot in submission order, the frozen snapshot (built by the same
 * `ApplicationsService.get`) and its hash — but without the service's receipt request and e-mails: the
 * demo must not mail its own accounts at start, and a receipt appears only for a real submission.
 */
export async function seedDemoEvaluationCall(
  manager: EntityManager,
  storage: FileStorage,
  cast: DemoCast,
): Promise<Call> {
  const call = await saveClosedCall(manager, cast);
  const stored: string[] = [];
  try {
    for (const lot of call.lots) {
      const inLot = DEMO_APPLICATIONS.filter((a) => a.regionCode === lot.regionCode).sort(
        (a, b) => b.minutesBeforeDeadline - a.minutesBeforeDeadline,
      );
      for (const [index, demo] of inLot.entries()) {
        await submitDemoApplication(manager, storage, stored, { call, lot, demo, sequence: index + 1, cast });
      }
      await continueNumbering(manager, call, lot.regionCode, inLot.length);
    }
  } catch (error) {
    // The transaction rolls back; the files it would have pointed to go too.
    await Promise.all(stored.map((key) => storage.delete(key)));
    throw error;
  }
  return call;
}

async function saveClosedCall(manager: EntityManager, { now, managerId }: DemoCast): Promise<Call> {
  const year = demoEvaluationCallReference(now).slice(3, 7);
  const deadline = tiranaNoonAfter(now, -4);
  const opensAt = tiranaNoonAfter(now, -60);
  const call = await manager.save(
    manager.create(Call, {
      reference: demoEvaluationCallReference(now),
      status: 'closed',
      titleSq: `Thirrje për propozime ${year}: Punë për gratë e mbijetuara dhe të rinjtë në rrezik në Tiranë dhe Kukës`,
      titleEn: `Call for proposals ${year}: Jobs for women survivors and young people at risk in Tirana and Kukës`,
      textSq: [
        'Një thirrje e vogël për dy rajone: OShC-të propozojnë formim profesional, praktika pune dhe ndërmjetësim ' +
          'me punëdhënësit për gratë e mbijetuara të trafikimit dhe të dhunës në familje dhe për të rinjtë në rrezik.',
        'Thirrja ka dy lote, Tiranë dhe Kukës, me 60 000 € secili. Aplikimet dorëzohen vetëm në Skema, para afatit ' +
          'të fundit (ora e Tiranës).',
      ].join('\n\n'),
      textEn: [
        'A small call for two regions: CSOs propose vocational training, work placements and matching with ' +
          'employers for women who survived trafficking and domestic violence and for young people at risk.',
        'The call has two lots, Tirana and Kukës, of €60,000 each. Applications are submitted in Skema only, before ' +
          'the deadline (Tirana time).',
      ].join('\n\n'),
      opensAt,
      deadline,
      totalBudgetCents: LOTS.reduce((sum, [, envelope]) => sum + envelope, 0),
      ...DEMO_CALL_RULES,
      publishedAt: opensAt,
      // The programme manager closed it the morning after the deadline.
      closedAt: new Date(deadline.getTime() + 21 * 60 * MINUTE),
      createdBy: managerId,
      version: 3,
    }),
  );
  call.lots = [];
  for (const [regionCode, envelopeCents] of LOTS) {
    call.lots.push(await manager.save(manager.create(CallLot, { callId: call.id, regionCode, envelopeCents })));
  }
  return call;
}

interface Submission {
  call: Call;
  lot: CallLot;
  demo: DemoApplication;
  /** Its number in the lot: the lot's submissions in the order they came in. */
  sequence: number;
  cast: DemoCast;
}

async function submitDemoApplication(
  manager: EntityManager,
  storage: FileStorage,
  stored: string[],
  s: Submission,
): Promise<void> {
  const { call, lot, demo, cast } = s;
  const user = cast.users.get(demo.applicant);
  const organisation = cast.organisations.get(demo.organisation);
  if (!user || !organisation) throw new Error(`demo application of ${demo.applicant}: unknown account or CSO`);
  const submittedAt = new Date(call.deadline.getTime() - demo.minutesBeforeDeadline * MINUTE);
  const editedAt = new Date(submittedAt.getTime() - DAY);
  const application = await manager.save(
    manager.create(Application, {
      ...{ callId: call.id, lotId: lot.id, organisationId: organisation.id, status: 'draft', reference: null },
      ...{ createdBy: user.id, createdAt: new Date(submittedAt.getTime() - 12 * DAY), submittedAt: null },
    }),
  );
  const sections = await saveSections(manager, application.id, demo, user.id, editedAt);
  const uploaded = await storeDocuments(manager, storage, stored, {
    call,
    demo,
    organisation,
    user,
    editedAt,
    application,
  });
  // What the submission service would refuse, the seed refuses too.
  const problems = checklist(sections, call, organisation.verifiedAt !== null, uploaded);
  if (problems.length > 0) {
    const missing = translateChecklist(problems, 'en').map((p) => p.message);
    throw new Error(`demo application of ${demo.applicant} (${demo.regionCode}) is incomplete: ${missing.join(' ')}`);
  }
  const reference = formatApplicationReference({
    year: Number(call.reference.slice(3, 7)),
    regionCode: lot.regionCode,
    sequence: s.sequence,
  });
  const draft = await new ApplicationsService(manager.connection).get(application.id, manager);
  const snapshot = { ...draft, status: 'submitted', reference, submittedAt: submittedAt.toISOString() };
  const submission = await manager.save(
    manager.create(ApplicationSubmission, {
      applicationId: application.id,
      reference,
      snapshot,
      sha256: createHash('sha256').update(canonicalJson(snapshot)).digest('hex'),
      submittedAt,
      submittedBy: user.id,
    }),
  );
  Object.assign(application, { status: 'submitted', reference, submittedAt, updatedAt: submittedAt });
  await manager.save(application);
  // The receipt the worker would have made, rendered here (and not e-mailed: the demo sends no mail).
  const receipt = await renderReceiptPdf(await loadReceiptData(manager, submission, demo.locale), demo.locale);
  const key = receiptStorageKey(application.id);
  const object = await storage.put(key, receipt);
  stored.push(key);
  Object.assign(submission, { receiptKey: key, receiptSha256: object.sha256, receiptGeneratedAt: submittedAt });
  await manager.save(submission);
}

/** Every section once, as the draft's one save of each left it (version 1, with its revision). */
async function saveSections(
  manager: EntityManager,
  applicationId: string,
  demo: DemoApplication,
  userId: string,
  editedAt: Date,
): Promise<Partial<Record<ApplicationSectionKey, Record<string, unknown>>>> {
  const sections: Partial<Record<ApplicationSectionKey, Record<string, unknown>>> = {};
  for (const key of APPLICATION_SECTIONS) {
    const content = { ...demo.sections[key] };
    const saved = { applicationId, content, version: 1 };
    await manager.save(manager.create(ApplicationSection, { ...saved, key, updatedBy: userId, updatedAt: editedAt }));
    await manager.save(
      manager.create(ApplicationRevision, { ...saved, section: key, changedBy: userId, changedAt: editedAt }),
    );
    sections[key] = content;
  }
  return sections;
}

interface Upload {
  call: Call;
  demo: DemoApplication;
  organisation: Organisation;
  user: User;
  editedAt: Date;
  application: Application;
}

/**
 * Each required document stored as an upload leaves it (measured and hashed on the way in, recognised
 * by content); returns the requirement keys that have a file.
 */
async function storeDocuments(manager: EntityManager, storage: FileStorage, stored: string[], u: Upload) {
  const uploaded = new Set<string>();
  for (const requirement of u.call.requiredAttachments) {
    const document = await demoDocument(requirement, u.organisation, u.demo);
    const detected = await detectAttachmentContent(document.content);
    if (!detected || !requirement.acceptedTypes.includes(detected.type)) {
      throw new Error(`demo document ${document.fileName} is not one of ${requirement.acceptedTypes.join(', ')}`);
    }
    const key = LocalFileStorage.newKey(`applications/${u.application.id}`);
    stored.push(key);
    const object = await storage.put(key, document.content, requirement.maxSizeBytes);
    await manager.save(
      manager.create(ApplicationAttachment, {
        ...{
          applicationId: u.application.id,
          requirementKey: requirement.key,
          fileName: document.fileName,
          ...detected,
        },
        ...{ sizeBytes: object.sizeBytes, sha256: object.sha256, storageKey: key },
        ...{ uploadedBy: u.user.id, uploadedAt: u.editedAt },
      }),
    );
    uploaded.add(requirement.key);
  }
  return uploaded;
}

/**
 * References are unique across the year's calls (`SK-<year>-<region>-<n>`), counted per year and
 * region: the next real submission in this region (to the open demo call) goes on from these numbers.
 */
async function continueNumbering(
  manager: EntityManager,
  call: Call,
  regionCode: RegionCode,
  count: number,
): Promise<void> {
  await manager.query(
    `INSERT INTO reference_counters (year, region_code, last_value) VALUES ($1, $2, $3)
     ON CONFLICT (year, region_code) DO UPDATE SET last_value = GREATEST(reference_counters.last_value, EXCLUDED.last_value)`,
    [Number(call.reference.slice(3, 7)), regionCode, count],
  );
}

/** A believable file for each document the demo calls require, in the CSO's language. */
async function demoDocument(
  requirement: RequiredAttachmentDto,
  organisation: Organisation,
  demo: DemoApplication,
): Promise<{ fileName: string; content: Buffer }> {
  const sq = demo.locale === 'sq';
  const who = [
    `${organisation.legalName}${organisation.acronym ? ` (${organisation.acronym})` : ''}`,
    `${sq ? 'Nr. i regjistrimit' : 'Registration number'}: ${organisation.registrationNumber}`,
    `${sq ? 'Adresa' : 'Address'}: ${organisation.address ?? ''}`,
    sq ? 'Dokument demonstrues i krijuar nga Skema.' : 'Demo document made by Skema.',
  ];
  const pdf = (sqName: string, enName: string, title: string) => ({
    fileName: `${sq ? sqName : enName}.pdf`,
    content: demoPdf(title, who),
  });
  switch (requirement.key) {
    case 'budget':
      return {
        fileName: sq ? 'buxheti.xlsx' : 'budget.xlsx',
        content: await demoBudgetWorkbook(demo.sections.budget.lines, demo.locale),
      };
    case 'statute':
      return pdf('statuti', 'statute', sq ? 'Statuti i organizatës' : 'Statute of the organisation');
    case 'registration_certificate':
      return pdf(
        'vendimi-i-gjykates',
        'court-registration',
        sq ? 'Vendimi i gjykatës për regjistrimin' : 'Court decision on registration',
      );
    case 'financial_report':
      return pdf('raporti-financiar', 'financial-report', sq ? 'Raporti financiar vjetor' : 'Annual financial report');
    case 'key_staff_cvs':
      return pdf('cv-te-e-stafit-kyc', 'key-staff-cvs', sq ? 'CV-të e stafit kyç' : 'CVs of key staff');
    default:
      return pdf(requirement.key, requirement.key, requirement.name[demo.locale]);
  }
}
