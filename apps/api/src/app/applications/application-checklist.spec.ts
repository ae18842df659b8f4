import type { RequiredAttachmentDto } from '@skema/contracts';
import { checklist, type ChecklistCall, translateChecklist } from './application-checklist';

const REQUIRED: RequiredAttachmentDto[] = [
  { key: 'statute', name: { sq: 'Statuti i organizatës', en: 'Statute of the organisation' }, acceptedTypes: ['pdf'], maxSizeBytes: 1_000 },
  { key: 'budget', name: { sq: 'Buxheti i veprimit', en: 'Budget of the action' }, acceptedTypes: ['xlsx'], maxSizeBytes: 1_000 },
];
const CALL: ChecklistCall = { minGrantCents: 1_000_000, maxGrantCents: 6_000_000, maxCofinancingShareBp: 9_000, requiredAttachments: REQUIRED };

describe('checklist: required documents', () => {
  const documents = (uploaded: string[]) => checklist({}, CALL, true, new Set(uploaded)).filter((p) => p.code === 'attachment_missing');

  it('lists every required document without a file, in the call’s order', () => {
    expect(documents([]).map((p) => p.field)).toEqual(['attachments.statute', 'attachments.budget']);
    expect(documents(['budget']).map((p) => p.field)).toEqual(['attachments.statute']);
    expect(documents(['statute', 'budget', 'old_requirement'])).toEqual([]);
  });

  it('names the document in the person’s language', () => {
    expect(translateChecklist(documents(['budget']), 'sq')).toEqual([{ field: 'attachments.statute', message: 'Ngarkoni dokumentin: Statuti i organizatës.' }]);
    expect(translateChecklist(documents(['statute']), 'en')).toEqual([{ field: 'attachments.budget', message: 'Upload the document: Budget of the action.' }]);
  });
});
