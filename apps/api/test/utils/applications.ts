import { ApplicationsService } from '../../src/app/applications/applications.service';
import type { AuthenticatedUser } from '../../src/common/access/authenticated-user';
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
