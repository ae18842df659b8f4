import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { ApplicationAttachmentDto, ApplicationDto, FieldError, ProblemDetails } from '@skema/contracts';
import type { DataSource } from 'typeorm';
import { AttachmentsService } from '../../src/app/applications/attachments/attachments.service';
import { ApplicationsService } from '../../src/app/applications/applications.service';
import { Call } from '../../src/app/calls/entities/call.entity';
import type { AuthenticatedUser } from '../../src/common/access/authenticated-user';
import { AppConfig } from '../../src/config/app-config.service';
import { seedDemoCall } from '../../src/database/seeds/demo-call';
import { uploadRequiredAttachments, uploadThroughApi } from '../utils/attachments';
import { createOrganisation, createUser, signIn, type SignedInUser } from '../utils/auth';
import { sampleDocx, samplePdf, samplePng, sampleXlsx } from '../utils/sample-files';
import { createTestApp, type TestApp } from '../utils/test-app';

const MIB = 1024 * 1024;
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** What the demo call's checklist needs besides documents (grant EUR 27,000 of EUR 30,000 costs). */
const SECTIONS: Record<string, Record<string, unknown>> = {
  summary: { text: 'Formim në rrobaqepësi dhe vendosje në punë në Sarandë.' },
  problem: { text: 'Gratë e mbijetuara të dhunës nuk gjejnë punë.' },
  objectives: { text: '40 gra të formuara, 20 të punësuara.' },
  logframe: { indicators: [{ code: 'OC-2', target: 20 }] },
  beneficiaries: { planned: [{ category: 'domestic_violence', count: 40 }] },
  budget: { lines: [{ category: 'services', description: 'Kurse', unit: 'kurs', quantity: 3, unitCostCents: 1_000_000, ownContributionCents: 300_000 }] },
};

/**
 * Documents of an application: recognised by their bytes, kept with their SHA-256, downloaded only as
 * attachments and only by those who may see the application; required before submission.
 */
describe('application attachments', () => {
  let t: TestApp;
  let db: DataSource;
  let call: Call;
  let storageDir: string;
  let anila: SignedInUser;
  let anilaUser: AuthenticatedUser;
  let stranger: SignedInUser;
  let manager: SignedInUser;

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get<DataSource>(getDataSourceToken());
    storageDir = t.app.get(AppConfig).get('STORAGE_DIR');
    call = await db.transaction(async (m) => {
      const seeded = await seedDemoCall(m, new Date(), null);
      // One more, small requirement: photos, at most 2 KB, to try the limits cheaply.
      seeded.requiredAttachments = [
        ...seeded.requiredAttachments,
        { key: 'logo', name: { sq: 'Logoja', en: 'Logo' }, acceptedTypes: ['png', 'jpg'], maxSizeBytes: 2_000 },
      ];
      return m.save(seeded);
    });
    const organisation = await createOrganisation(t, 'Qendra Dokumente');
    const user = await createUser(t, { roles: ['applicant'], organisationId: organisation.id });
    anila = await signIn(t, user);
    anilaUser = { id: user.id, email: user.email, roles: ['applicant'], organisationId: organisation.id, sessionId: '', locale: 'sq', twoFactorEnabled: false };
    stranger = await signIn(t, await createUser(t, { roles: ['applicant'], organisationId: (await createOrganisation(t, 'Qendra Tjetër')).id }));
    manager = await signIn(t, await createUser(t, { roles: ['programme_manager'] }));
  });
  afterAll(() => t.close());

  const asEnglish = (who: SignedInUser) => ({ ...who.headers, 'accept-language': 'en' });
  const startDraft = async (who: SignedInUser, regionCode: string) =>
    (await t.app.inject({ method: 'POST', url: '/api/applications', headers: who.headers, payload: { callId: call.id, regionCode } })).json<ApplicationDto>();
  const filesOf = async (applicationId: string) => readdir(join(storageDir, 'applications', applicationId)).catch(() => [] as string[]);
  const rowsOf = async (applicationId: string) =>
    (await db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM application_attachments WHERE application_id = $1`, [applicationId]))[0].n;

  it('keeps each accepted type with its hash, one file per document, listed in the call’s order', async () => {
    const draft = await startDraft(anila, 'TIR');
    const cv = sampleDocx();
    const uploaded = await uploadThroughApi(t, anila.headers, draft.id, 'key_staff_cvs', 'CV-të.docx', cv);
    expect(uploaded.statusCode).toBe(201);
    expect(uploaded.json<ApplicationAttachmentDto>()).toMatchObject({
      requirementKey: 'key_staff_cvs',
      fileName: 'CV-të.docx',
      type: 'docx',
      contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      sizeBytes: cv.length,
      sha256: sha256(cv),
      uploadedBy: expect.stringMatching(/^Person /),
    });
    expect((await uploadThroughApi(t, anila.headers, draft.id, 'financial_report', 'Raporti 2025.xlsx', sampleXlsx())).statusCode).toBe(201);
    expect((await uploadThroughApi(t, anila.headers, draft.id, 'logo', 'logo.png', samplePng())).json()).toMatchObject({ type: 'png' });
    // A name without an extension gets the one its content has.
    const statute = await uploadThroughApi(t, anila.headers, draft.id, 'statute', 'C:\\Dokumente\\Statuti', samplePdf('v1'));
    expect(statute.json()).toMatchObject({ fileName: 'Statuti.pdf', type: 'pdf' });

    const replacement = samplePdf('v2');
    const replaced = await uploadThroughApi(t, anila.headers, draft.id, 'statute', 'Statuti i organizatës.pdf', replacement);
    expect(replaced.statusCode).toBe(201);
    expect(await rowsOf(draft.id)).toBe(4);
    expect(await filesOf(draft.id)).toHaveLength(4); // the first statute's file is gone

    const application = (await t.app.inject({ method: 'GET', url: `/api/applications/${draft.id}`, headers: anila.headers })).json<ApplicationDto>();
    expect(application.attachments.map((a) => a.requirementKey)).toEqual(['statute', 'financial_report', 'key_staff_cvs', 'logo']);
    expect(application.attachments[0]).toMatchObject({ fileName: 'Statuti i organizatës.pdf', sha256: sha256(replacement) });

    const download = await t.app.inject({ method: 'GET', url: `/api/applications/${draft.id}/attachments/${application.attachments[0].id}/content`, headers: anila.headers });
    expect(download.statusCode).toBe(200);
    expect(download.headers).toMatchObject({
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="Statuti i organizat_s.pdf"; filename*=UTF-8''Statuti%20i%20organizat%C3%ABs.pdf`,
      'x-content-type-options': 'nosniff',
      'content-security-policy': "sandbox; default-src 'none'",
      'cache-control': 'private, no-store',
    });
    expect(download.rawPayload.equals(replacement)).toBe(true);
    expect(sha256(download.rawPayload)).toBe(application.attachments[0].sha256);
  });

  it('refuses lying extensions, unaccepted types and oversize files with a clear message, keeping nothing', async () => {
    const draft = await startDraft(anila, 'DIB');
    const refusal = async (key: string, name: string, bytes: Buffer, language = 'en') => {
      const res = await uploadThroughApi(t, { ...anila.headers, 'accept-language': language }, draft.id, key, name, bytes);
      return { ...res.json<ProblemDetails>(), status: res.statusCode };
    };
    expect(await refusal('statute', 'statuti.pdf', samplePng())).toMatchObject({
      status: 415,
      code: 'attachment_extension_mismatch',
      detail: 'The name «statuti.pdf» ends in .pdf, but its content is PNG. Save it as the right type and upload it again.',
    });
    expect((await refusal('statute', 'statuti.pdf', samplePng(), 'sq')).detail).toMatch(/^Emri i «statuti\.pdf» mbaron me \.pdf, por përmbajtja e tij është PNG/);
    expect(await refusal('budget', 'buxheti.xlsx', sampleDocx())).toMatchObject({ status: 415, code: 'attachment_extension_mismatch' });
    expect(await refusal('statute', 'skanim.png', samplePng())).toMatchObject({
      status: 415,
      code: 'attachment_type_not_accepted',
      detail: 'This document is accepted only as PDF. By its content, «skanim.png» is not.',
    });
    expect(await refusal('financial_report', 'raporti.pdf', Buffer.from('jo PDF, vetëm tekst'))).toMatchObject({
      status: 415,
      code: 'attachment_type_not_accepted',
      detail: expect.stringContaining('PDF, Excel (XLSX)'),
    });
    expect(await refusal('statute', 'statuti.pdf', samplePdf('i madh', 10 * MIB + 1))).toMatchObject({
      status: 413,
      code: 'attachment_too_large',
      detail: 'The file is larger than 10 MB, the limit for this document. It was not kept.',
    });
    expect(await refusal('logo', 'logo.png', Buffer.concat([samplePng(), Buffer.alloc(2_000)]))).toMatchObject({
      status: 413,
      detail: expect.stringContaining('larger than 0.0019 MB'),
    });
    expect(await refusal('nonsense', 'statuti.pdf', samplePdf())).toMatchObject({ status: 404 });
    const wrongField = await uploadThroughApi(t, anila.headers, draft.id, 'statute', 'statuti.pdf', samplePdf(), { field: 'document' });
    expect(wrongField.json()).toMatchObject({ status: 400, code: 'attachment_missing_file' });
    const noForm = await t.app.inject({ method: 'POST', url: `/api/applications/${draft.id}/attachments/statute`, headers: anila.headers, payload: {} });
    expect(noForm.json()).toMatchObject({ status: 400, code: 'attachment_missing_file' });

    expect(await rowsOf(draft.id)).toBe(0);
    expect(await filesOf(draft.id)).toEqual([]);
  });

  it('accepts no change after the deadline, by the server’s clock', async () => {
    const draft = await startDraft(anila, 'KUK');
    const late = new Date(call.deadline.getTime() + 1_000);
    await expect(t.app.get(AttachmentsService).upload(anilaUser, draft.id, 'statute', { fileName: 'statuti.pdf', content: samplePdf() }, late)).rejects.toMatchObject({
      code: 'application_not_editable',
    });
    expect(await filesOf(draft.id)).toEqual([]);
  });

  it('hides a draft’s documents from another CSO on every endpoint, and from staff until submitted', async () => {
    const draft = await startDraft(anila, 'SAR');
    const { id } = (await uploadThroughApi(t, anila.headers, draft.id, 'statute', 'statuti.pdf', samplePdf())).json<ApplicationAttachmentDto>();
    const theirs = await startDraft(stranger, 'SAR');
    const content = `/api/applications/${draft.id}/attachments/${id}/content`;
    expect((await uploadThroughApi(t, stranger.headers, draft.id, 'statute', 'statuti.pdf', samplePdf())).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: content, headers: stranger.headers })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/applications/${draft.id}/attachments/${id}`, headers: stranger.headers })).statusCode).toBe(404);
    // Their own application's address with Anila's document: still nothing.
    expect((await t.app.inject({ method: 'GET', url: `/api/applications/${theirs.id}/attachments/${id}/content`, headers: stranger.headers })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/applications/${theirs.id}/attachments/${id}`, headers: stranger.headers })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: content, headers: manager.headers })).statusCode).toBe(404);
    expect(await rowsOf(draft.id)).toBe(1);
  });

  it('requires every document before submission, freezes their hashes, and allows no change afterwards', async () => {
    // Anila's CSO already holds a draft in every lot: a colleague from another CSO submits.
    const organisation = await createOrganisation(t, 'Qendra Dorëzim');
    const user = await createUser(t, { roles: ['applicant'], organisationId: organisation.id });
    const drita = await signIn(t, user);
    const dritaUser: AuthenticatedUser = { ...anilaUser, id: user.id, email: user.email, organisationId: organisation.id };
    const draft = await startDraft(drita, 'KUK');
    const drafts = t.app.get(ApplicationsService);
    for (const [key, content] of Object.entries(SECTIONS)) await drafts.saveSection(dritaUser, draft.id, key as never, { version: 0, content });

    const missing = (await t.app.inject({ method: 'GET', url: `/api/applications/${draft.id}/checklist`, headers: asEnglish(drita) })).json<FieldError[]>();
    expect(missing).toEqual(call.requiredAttachments.map((r) => ({ field: `attachments.${r.key}`, message: `Upload the document: ${r.name.en}.` })));
    const refused = await t.app.inject({ method: 'POST', url: `/api/applications/${draft.id}/submission`, headers: drita.headers });
    expect(refused.json<ProblemDetails>()).toMatchObject({ status: 400, code: 'application_incomplete' });
    expect(refused.json<ProblemDetails>().errors![0]).toEqual({ field: 'attachments.statute', message: 'Ngarkoni dokumentin: Statuti i organizatës.' });

    await uploadRequiredAttachments(t, dritaUser, draft.id);
    // A deletion is audited, and puts the document back on the checklist.
    const logo = (await drafts.get(draft.id)).attachments.find((a) => a.requirementKey === 'logo')!;
    const deleted = await t.app.inject({ method: 'DELETE', url: `/api/applications/${draft.id}/attachments/${logo.id}`, headers: drita.headers });
    expect(deleted.statusCode).toBe(204);
    expect(await db.query(`SELECT action, before->>'sha256' AS sha256 FROM audit_log WHERE entity = 'application_attachments' AND entity_id = $1 ORDER BY id`, [logo.id])).toEqual([
      { action: 'insert', sha256: null },
      { action: 'delete', sha256: logo.sha256 },
    ]);
    expect((await t.app.inject({ method: 'GET', url: `/api/applications/${draft.id}/checklist`, headers: asEnglish(drita) })).json()).toEqual([
      { field: 'attachments.logo', message: 'Upload the document: Logo.' },
    ]);
    expect((await uploadThroughApi(t, drita.headers, draft.id, 'logo', 'logo.png', samplePng())).statusCode).toBe(201);

    const submitted = await t.app.inject({ method: 'POST', url: `/api/applications/${draft.id}/submission`, headers: drita.headers });
    expect(submitted.statusCode).toBe(200);
    const attachments = submitted.json<ApplicationDto>().attachments;
    expect(attachments).toHaveLength(call.requiredAttachments.length);
    const [frozen] = await db.query<{ snapshot: ApplicationDto }[]>(`SELECT snapshot FROM application_submissions WHERE application_id = $1`, [draft.id]);
    expect(frozen.snapshot.attachments.map((a) => [a.requirementKey, a.sha256])).toEqual(attachments.map((a) => [a.requirementKey, a.sha256]));

    const statute = attachments[0];
    const removal = await t.app.inject({ method: 'DELETE', url: `/api/applications/${draft.id}/attachments/${statute.id}`, headers: drita.headers });
    expect(removal.json()).toMatchObject({ status: 409, code: 'application_not_editable' });
    expect((await uploadThroughApi(t, drita.headers, draft.id, 'statute', 'statuti.pdf', samplePdf('vonë'))).statusCode).toBe(409);
    const staffCopy = await t.app.inject({ method: 'GET', url: `/api/applications/${draft.id}/attachments/${statute.id}/content`, headers: manager.headers });
    expect(staffCopy.statusCode).toBe(200);
    expect(sha256(staffCopy.rawPayload)).toBe(statute.sha256);
    expect(await filesOf(draft.id)).toHaveLength(call.requiredAttachments.length);
  });
});
