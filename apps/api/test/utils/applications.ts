import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource, DeepPartial, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { ApplicationsService } from '../../src/app/applications/applications.service';
import { ApplicationAttachment } from '../../src/app/applications/attachments/application-attachment.entity';
import { ApplicationRevision } from '../../src/app/applications/entities/application-revision.entity';
import { ApplicationSection } from '../../src/app/applications/entities/application-section.entity';
import type { AuthenticatedUser } from '../../src/common/access/authenticated-user';
import { FileStorage, LocalFileStorage } from '../../src/common/storage/file-storage';
import { uploadRequiredAttachments } from './attachments';
import type { TestApp } from './test-app';

/** Sections the demo call accepts: EUR 40,000 of costs, EUR 4,000 paid by the CSO (grant 36,000 = 90%). */
export const COMPLETE_SECTIONS: Record<string, Record<string, unknown>> = {
  summary: { text: 'Punësim dhe formim profesional për gratë e mbijetuara të dhunës në Kukës.' },
  problem: { text: 'Shumë gra nuk kanë punë dhe as mbështetje.' },
  objectives: { text: '60 gra të formuara, 30 të punësuara.' },
  logframe: { indicators: [{ code: 'OC-1', target: 30 }] },
  beneficiaries: { planned: [{ category: 'domestic_violence', count: 60 }] },
  budget: {
    lines: [
      { category: 'human_resources', description: 'Koordinatore', unit: 'muaj', quantity: 12, unitCostCents: 200_000, ownContributionCents: 400_000 },
      { category: 'services', description: 'Kurse formimi', unit: 'kurs', quantity: 4, unitCostCents: 400_000 },
    ],
  },
};

/** A draft of the call for one lot with every section and required document: ready to submit. */
export async function completeDraft(t: TestApp, user: AuthenticatedUser, callId: string, regionCode: 'TIR' | 'KUK' | 'DIB' | 'SAR'): Promise<string> {
  const drafts = t.app.get(ApplicationsService);
  const { id } = await drafts.start(user, { callId, regionCode });
  for (const [key, content] of Object.entries(COMPLETE_SECTIONS)) await drafts.saveSection(user, id, key as never, { version: 0, content });
  await uploadRequiredAttachments(t, user, id);
  return id;
}

/** Rows inserted as they are, in one statement, without subscribers: so without audit entries. */
function insertUnaudited<T extends ObjectLiteral>(manager: EntityManager, target: EntityTarget<T>, rows: DeepPartial<T>[]) {
  // TypeORM's insert type refuses `Record<string, unknown>` (jsonb) columns; the rows are the entity's.
  return manager.createQueryBuilder().insert().into(target).values(rows as QueryDeepPartialEntity<T>[]).callListeners(false).execute();
}

/**
 * One draft per applicant, of the template's call and lot and as complete as the template (made by
 * `completeDraft`, so its sections passed the service's checks and its documents the upload's): for
 * tests about what happens to complete drafts by the hundred (concurrent numbering, lists), where 6
 * section saves and 5 uploads per draft took most of a minute. Each draft is started through the
 * service (open call, lot, one live draft per CSO and lot); the template's sections, their revisions
 * and its document rows are then copied in three inserts, each document's bytes stored again under
 * the new draft's own key as an upload leaves them. The copies are not audited (the services would
 * have written about 17 audit entries per draft): do not use this where the audit log is under test.
 */
export async function copiesOfDraft(t: TestApp, templateId: string, users: readonly AuthenticatedUser[]): Promise<string[]> {
  const drafts = t.app.get(ApplicationsService);
  const storage = t.app.get(FileStorage);
  const db = t.app.get<DataSource>(getDataSourceToken());
  const template = await drafts.get(templateId);
  const sections = await db.getRepository(ApplicationSection).findBy({ applicationId: templateId });
  const revisions = await db.getRepository(ApplicationRevision).findBy({ applicationId: templateId });
  const documents = await db.getRepository(ApplicationAttachment).findBy({ applicationId: templateId });
  const bytes = await Promise.all(documents.map((d) => storage.readBuffer(d.storageKey)));
  const now = new Date();
  const copied = { sections: [] as DeepPartial<ApplicationSection>[], revisions: [] as DeepPartial<ApplicationRevision>[], documents: [] as DeepPartial<ApplicationAttachment>[] };
  const ids: string[] = [];
  for (const user of users) {
    const { id: applicationId } = await drafts.start(user, { callId: template.call.id, regionCode: template.lot.regionCode });
    ids.push(applicationId);
    copied.sections.push(...sections.map(({ key, content, version }) => ({ applicationId, key, content, version, updatedBy: user.id, updatedAt: now })));
    copied.revisions.push(...revisions.map(({ section, version, content }) => ({ applicationId, section, version, content, changedBy: user.id })));
    const stored = await Promise.all(bytes.map((content) => storage.put(LocalFileStorage.newKey(`applications/${applicationId}`), content)));
    copied.documents.push(
      ...documents.map(({ requirementKey, fileName, type, contentType, sizeBytes, sha256 }, d) => {
        const copy = { applicationId, requirementKey, fileName, type, contentType, sizeBytes, sha256 };
        return { ...copy, storageKey: stored[d].key, uploadedBy: user.id, uploadedAt: now };
      }),
    );
  }
  await db.transaction(async (manager) => {
    await insertUnaudited(manager, ApplicationSection, copied.sections);
    await insertUnaudited(manager, ApplicationRevision, copied.revisions);
    await insertUnaudited(manager, ApplicationAttachment, copied.documents);
  });
  return ids;
}
