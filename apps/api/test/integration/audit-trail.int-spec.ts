import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../src/app/audit/audit.service';
import { AuditVerifier } from '../../src/app/audit/audit-verifier';
import { Organisation } from '../../src/app/organisations/entities/organisation.entity';
import { Region } from '../../src/app/regions/entities/region.entity';
import { runInContext } from '../../src/common/context/request-context';
import { createTestApp, type TestApp } from '../utils/test-app';

interface AuditRow {
  id: string;
  actor_id: string | null;
  actor_label: string;
  request_id: string | null;
  action: string;
  entity: string;
  entity_id: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

let registration = 0;
const newOrganisation = (manager: EntityManager, fields: Partial<Organisation> = {}) => {
  registration += 1;
  return manager.getRepository(Organisation).save({
    legalName: 'Qendra Hapa të Rinj',
    registrationNumber: `L${String(registration).padStart(8, '0')}B`,
    legalForm: 'association',
    email: 'info@hapa-te-rinj.org',
    phone: '+355 69 123 4567',
    iban: 'AL47212110090000000235698741',
    address: 'Rruga e Durrësit, Tiranë',
    regions: [],
    ...fields,
  });
};

/** Every change through the entity manager lands in the log, masked, attributed, and in its transaction. */
describe('audit trail: recording', () => {
  let t: TestApp;
  let db: DataSource;
  const rowsFor = (entityId: string) =>
    db.query<AuditRow[]>(
      `SELECT id::text, actor_id, actor_label, request_id, action, entity, entity_id, before, after
         FROM audit_log WHERE entity_id LIKE $1 ORDER BY id`,
      [`${entityId}%`],
    );

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get<DataSource>(getDataSourceToken());
  });
  afterAll(() => t.close());

  it('records an insert, an update and a removal, masking personal data, as `system` outside a request', async () => {
    const organisation = await newOrganisation(db.manager);
    organisation.email = 'drejtoria@hapa-te-rinj.org';
    organisation.acronym = 'HTR';
    await db.getRepository(Organisation).save(organisation);
    const id = organisation.id;
    await db.getRepository(Organisation).remove(organisation);

    const rows = await rowsFor(id);
    expect(rows.map((r) => [r.action, r.entity, r.entity_id, r.actor_id, r.actor_label, r.request_id])).toEqual([
      ['insert', 'organisations', id, null, 'system', null],
      ['update', 'organisations', id, null, 'system', null],
      ['delete', 'organisations', id, null, 'system', null],
    ]);
    const [inserted, updated, deleted] = rows;
    expect(inserted?.before).toBeNull();
    expect(inserted?.after).toMatchObject({
      legal_name: 'Qendra Hapa të Rinj',
      email: 'i***@h***.org',
      phone: '***67',
      iban: 'AL***8741',
      acronym: null,
    });
    // An update keeps only what changed, before and after.
    expect(updated?.before).toEqual({ email: 'i***@h***.org', acronym: null });
    expect(updated?.after).toEqual({ email: 'd***@h***.org', acronym: 'HTR' });
    expect(deleted?.before).toMatchObject({ id, email: 'd***@h***.org', iban: 'AL***8741' });
    expect(deleted?.after).toBeNull();
    expect(JSON.stringify(rows)).not.toMatch(/hapa-te-rinj|4567|0235698741/);
  });

  it('records many-to-many links (the regions a CSO works in)', async () => {
    const [kuk, dib] = await Promise.all((['KUK', 'DIB'] as const).map((code) => db.getRepository(Region).findOneByOrFail({ code })));
    const organisation = await newOrganisation(db.manager, { regions: kuk ? [kuk] : [] });
    organisation.regions = dib ? [dib] : [];
    await db.getRepository(Organisation).save(organisation);

    const links = (await rowsFor(organisation.id)).filter((r) => r.entity === 'organisation_regions');
    expect(links.map((r) => [r.action, r.entity_id, r.before, r.after])).toEqual([
      ['insert', `${organisation.id}:KUK`, null, { organisation_id: organisation.id, region_code: 'KUK' }],
      ['insert', `${organisation.id}:DIB`, null, { organisation_id: organisation.id, region_code: 'DIB' }],
      ['delete', `${organisation.id}:KUK`, { organisation_id: organisation.id, region_code: 'KUK' }, null],
    ]);
  });

  it('attributes changes to the person and request of the context, e-mail masked', async () => {
    const actor = { id: '0b7e8d3c-5d0e-4a57-9a51-64c1e2f0a9d1', email: 'arta.hoxha@skema.test' };
    const organisation = await runInContext({ requestId: 'req-audit-1', actor }, () => newOrganisation(db.manager));
    const [row] = await rowsFor(organisation.id);
    expect(row).toMatchObject({ actor_id: actor.id, actor_label: 'a***@s***.test', request_id: 'req-audit-1' });
  });

  it('writes nothing for a transaction that rolls back', async () => {
    const before = await db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM audit_log`);
    await expect(
      db.transaction(async (manager) => {
        await newOrganisation(manager, { legalName: 'Rolled back' });
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await db.query(`SELECT count(*)::int AS n FROM audit_log`)).toEqual(before);
    expect(await db.getRepository(Organisation).countBy({ legalName: 'Rolled back' })).toBe(0);
    expect((await new AuditVerifier(db).verify()).intact).toBe(true);
  });

  it('leaves QueryBuilder updates to AuditService.record, in the same transaction', async () => {
    const organisation = await newOrganisation(db.manager);
    const audit = t.app.get(AuditService);
    await db.transaction(async (manager) => {
      await manager.getRepository(Organisation).update({ id: organisation.id }, { phone: '+355 68 000 0011' });
      await audit.record(manager, {
        action: 'update',
        entity: 'organisations',
        entityId: organisation.id,
        before: { phone: organisation.phone },
        after: { phone: '+355 68 000 0011' },
      });
    });
    const rows = await rowsFor(organisation.id);
    expect(rows.map((r) => [r.action, r.before, r.after])).toEqual([
      ['insert', null, expect.any(Object)],
      ['update', { phone: '***67' }, { phone: '***11' }],
    ]);
    expect(await new AuditVerifier(db).verify()).toEqual({ intact: true, entries: expect.any(Number) });
  });
});
