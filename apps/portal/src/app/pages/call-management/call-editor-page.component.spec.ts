import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { CallAmendmentDto, CallDto } from '@skema/contracts';
import en from '../../../../public/i18n/en.json';
import sq from '../../../../public/i18n/sq.json';
import scopeEn from '../../../../public/i18n/call-management/en.json';
import scopeSq from '../../../../public/i18n/call-management/sq.json';
import { settle } from '../../../testing/auth-testing';
import { provideTranslocoTesting } from '../../../testing/i18n-testing';
import { callDto, startCallManagementTest } from './call-management.testing';

const problem = (status: number, code: string, detail: string, errors?: { field: string; message: string }[]) => ({
  type: 'about:blank',
  title: 't',
  status,
  code,
  detail,
  ...(errors ? { errors } : {}),
});

// The editor holds the whole PRAG grid (some hundred fields): rendering it in jsdom takes seconds.
jest.setTimeout(60_000);

describe('CallEditorPageComponent', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  const root = () => harness.routeNativeElement as HTMLElement;
  const text = () => (root().textContent ?? '').replace(/[\u00a0\u202f]/g, ' ');
  const url = () => TestBed.inject(Router).url;
  const field = <T extends HTMLElement = HTMLInputElement>(path: string) => root().querySelector<T>(`[data-path="${path}"]`)!;
  const errorOf = (path: string) => field(path).closest('mat-form-field')?.querySelector('mat-error')?.textContent?.trim() ?? '';
  const gridTotal = () => root().querySelector('[data-testid="grid-total"]')?.textContent?.trim();
  const button = (label: string, within: ParentNode = root()) =>
    Array.from(within.querySelectorAll<HTMLButtonElement>('button')).find((b) => b.textContent?.trim().endsWith(label))!;
  const dialogButton = (label: string) => button(label, document.querySelector('mat-dialog-container')!);

  /** Lets requests, rendering and what they scheduled (focus moves) happen. */
  async function stable(): Promise<void> {
    await settle();
    await harness.fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
  }

  async function type(path: string, value: string): Promise<void> {
    const input = field(path);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
    await stable();
  }

  async function click(target: HTMLElement): Promise<void> {
    target.click();
    await stable();
  }

  async function chooseOption(select: HTMLElement, label: string): Promise<void> {
    await click(select.querySelector<HTMLElement>('.mat-mdc-select-trigger')!);
    await click(Array.from(document.querySelectorAll<HTMLElement>('mat-option')).find((o) => o.textContent?.trim() === label)!);
  }

  async function openCall(call: CallDto, amendments: CallAmendmentDto[] = []): Promise<void> {
    await harness.navigateByUrl(`/manage/calls/${call.id}`);
    backend.expectOne(`/api/calls/${call.id}`).flush(call);
    await stable();
    if (call.status !== 'draft') {
      backend.expectOne(`/api/calls/${call.id}/amendments`).flush(amendments);
      await stable();
    }
  }

  beforeEach(async () => {
    const dictionaries = { sq, en, 'call-management/sq': scopeSq, 'call-management/en': scopeEn };
    ({ backend, harness } = await startCallManagementTest(provideTranslocoTesting(), dictionaries));
  });

  afterEach(() => {
    backend.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((overlay) => (overlay.innerHTML = ''));
  });

  describe('a new call', () => {
    beforeEach(async () => {
      await harness.navigateByUrl('/manage/calls/new');
      await stable();
    });

    it('is created with euro as exact cents and Tirana times as instants, then opens as a saved draft', async () => {
      expect(root().querySelector('h1')?.textContent).toContain('Thirrje e re për propozime');
      await type('title.sq', 'Punësim për të mbijetuarat e dhunës');
      await type('title.en', 'Employment for survivors of violence');
      await type('text.sq', 'Teksti i thirrjes');
      await type('text.en', 'The text of the call');
      await type('opensAt', '2027-01-10T09:00');
      await type('deadline', '2027-07-01T12:00');
      await type('totalBudget', '300000');
      await type('minGrant', '1234.56');
      expect(text()).toContain('Do të ruhet si 1 234,56 €');
      await click(field('lots.0.included').querySelector('input')!);
      await type('lots.0.envelope', '150000,25');
      expect(text()).toContain('Fondet e loteve: 150 000,25 € në 1 lote');

      await click(button('Ruaj draftin'));
      const request = backend.expectOne({ method: 'POST', url: '/api/calls' });
      expect(request.request.body).toMatchObject({
        title: { sq: 'Punësim për të mbijetuarat e dhunës', en: 'Employment for survivors of violence' },
        opensAt: '2027-01-10T08:00:00.000Z',
        deadline: '2027-07-01T10:00:00.000Z',
        totalBudgetCents: 30_000_000,
        minGrantCents: 123_456,
        maxGrantCents: 6_000_000,
        maxCofinancingShareBp: 9_000,
        minDurationMonths: 6,
        maxDurationMonths: 18,
        lots: [{ regionCode: 'TIR', envelopeCents: 15_000_025 }],
        eligibility: [],
        requiredAttachments: [],
      });
      expect(request.request.body.grid.maxScore).toBe(100);
      request.flush(callDto({ id: 'c-9' }));
      await stable();

      expect(url()).toBe('/manage/calls/c-9');
      backend.expectOne('/api/calls/c-9').flush(callDto({ id: 'c-9' }));
      await stable();
      expect(root().querySelector('h1')?.textContent).toContain('Redaktoni draftin e thirrjes');
      expect(root().querySelector('[role="status"].actions__status')?.textContent).toContain('U ruajt në orën');
    });

    it('checks minimum ≤ maximum and the deadline after the opening as the person types', async () => {
      await type('minGrant', '70000');
      expect(errorOf('maxGrant')).toBe('Maksimumi nuk mund të jetë më i vogël se minimumi.');
      await type('maxGrant', '80000');
      expect(errorOf('maxGrant')).toBe('');
      await type('maxDurationMonths', '4');
      expect(errorOf('maxDurationMonths')).toBe('Maksimumi nuk mund të jetë më i vogël se minimumi.');
      await type('deadline', '2027-01-01T10:00');
      await type('opensAt', '2027-02-01T10:00');
      expect(errorOf('deadline')).toBe('Afati i fundit duhet të jetë pas hapjes.');
      await type('totalBudget', '12.345');
      expect(errorOf('totalBudget')).toContain('me deri në 2 shifra dhjetore');
    });

    it('saves nothing while the form is wrong, and takes the focus to the first error', async () => {
      await type('title.sq', 'Shkurt');
      await click(button('Ruaj draftin'));

      backend.expectNone('/api/calls');
      expect(text()).toContain('Drafti nuk u ruajt: korrigjoni fushat e shënuara.');
      expect(document.activeElement).toBe(field('title.sq'));
      expect(errorOf('title.sq')).toBe('Përdorni të paktën 10 karaktere.');
      expect(errorOf('title.en')).toBe('Kjo fushë është e detyrueshme.');
    });

    it('starts from the PRAG grid and keeps the section maxima and total live', async () => {
      expect(gridTotal()).toBe('100');
      await type('grid.sections.0.criteria.0.maxScore', '3');
      expect(gridTotal()).toBe('98');
      expect(root().querySelector('[data-item="section-0"] legend')?.textContent).toContain('deri në 18 pikë');
      expect(text()).toContain('Grila ka gjithsej 98 pikë');

      await chooseOption(field<HTMLElement>('grid.sections.0.criteria.1.weight'), '×2');
      expect(gridTotal()).toBe('103');

      await type('grid.sections.0.passThreshold', '30');
      expect(errorOf('grid.sections.0.passThreshold')).toBe('Pragu nuk mund të jetë më i lartë se maksimumi (23).');

      await click(button('Përdor grilën PRAG'));
      expect(document.querySelector('mat-dialog-container')?.textContent).toContain('Ta zëvendësojmë grilën?');
      await click(dialogButton('Zëvendëso'));
      expect(gridTotal()).toBe('100');
    });

    it('adds, reorders and removes checklist items, making keys from the text', async () => {
      await click(button('Shto një kriter'));
      expect(document.activeElement).toBe(field('eligibility.0.text.sq'));
      await type('eligibility.0.text.sq', 'Organizatë e regjistruar');
      await type('eligibility.0.text.en', 'Registered organisation');
      await click(button('Shto një kriter'));
      await type('eligibility.1.text.sq', 'Aktive në rajon');
      await type('eligibility.1.text.en', 'Active in the region');

      await click(root().querySelector<HTMLElement>('[data-item="eligibility-1"] [data-action="up"]')!);
      expect(field('eligibility.0.text.en').value).toBe('Active in the region');
      expect(document.activeElement).toBe(root().querySelector('[data-item="eligibility-0"] [data-action="down"]'));

      await type('eligibility.1.key', 'Bad key');
      expect(errorOf('eligibility.1.key')).toContain('shkronja të vogla');
      await type('eligibility.1.key', 'active');
      await type('eligibility.0.key', 'active');
      expect(errorOf('eligibility.0.key')).toBe('Ky çelës përdoret tashmë.');

      await click(root().querySelector<HTMLElement>('[data-item="eligibility-0"] [data-action="remove"]')!);
      expect(root().querySelectorAll('[data-item^="eligibility-"]')).toHaveLength(1);
      expect(field('eligibility.0.text.en').value).toBe('Registered organisation');
    });
  });

  describe('a draft', () => {
    it('is saved with the version it was read at, and a stale version offers to reload', async () => {
      await openCall(callDto());
      expect(field('totalBudget').value).toBe('300000');
      expect(field('lots.1.envelope').value).toBe('75000,50');
      expect(field('deadline').value).toBe('2027-01-31T12:00');
      expect(field('divergenceGap').value).toBe('20');

      await type('totalBudget', '300000,01');
      await type('divergenceGap', '25,5');
      await click(button('Ruaj draftin'));
      const first = backend.expectOne({ method: 'PATCH', url: '/api/calls/c-1' });
      expect(first.request.body).toMatchObject({ version: 3, totalBudgetCents: 30_000_001, divergenceGapBp: 2_550 });
      expect(first.request.body.lots).toEqual([
        { regionCode: 'TIR', envelopeCents: 10_000_000 },
        { regionCode: 'KUK', envelopeCents: 7_500_050 },
      ]);
      first.flush(callDto({ totalBudgetCents: 30_000_001, version: 4 }));
      await stable();
      expect(text()).toContain('U ruajt në orën');

      await type('minGrant', '9000');
      await click(button('Ruaj draftin'));
      const second = backend.expectOne({ method: 'PATCH', url: '/api/calls/c-1' });
      expect(second.request.body.version).toBe(4);
      second.flush(problem(409, 'call_stale_version', 'Dikush tjetër e ndryshoi këtë thirrje ndërkohë.'), { status: 409, statusText: 'Conflict' });
      await stable();
      expect(text()).toContain('Dikush tjetër e ndryshoi këtë thirrje ndërkohë.');

      await click(button('Ringarkoni thirrjen'));
      backend.expectOne('/api/calls/c-1').flush(callDto({ minGrantCents: 800_000, version: 5 }));
      await stable();
      expect(field('minGrant').value).toBe('8000');
    });

    it('previews the form as applicants will read it, unsaved changes included', async () => {
      await openCall(callDto());
      await type('title.sq', 'Punësim dhe formim profesional');
      await type('maxCofinancingShare', '87,5');
      const tab = Array.from(root().querySelectorAll<HTMLElement>('[role="tab"]')).find((t) => t.textContent?.includes('Parapamja'))!;
      await click(tab);

      const preview = root().querySelector('sk-call-summary')!;
      expect(preview.querySelector('h2')?.textContent).toContain('Punësim dhe formim profesional');
      const content = preview.textContent!.replace(/[\u00a0\u202f]/g, ' ');
      expect(content).toContain('Granti mbulon deri në 87,5% të kostove të pranueshme');
      expect(content).toContain('75 000,50 €');
      expect(content).toContain('31 jan 2027, 12:00');
      expect(preview.querySelectorAll('tbody tr')).toHaveLength(2 + 5 + 16);
    });

    it('puts the API field errors of a refused save under their fields', async () => {
      await openCall(callDto());
      await type('maxGrant', '60001');
      await click(button('Ruaj draftin'));
      backend
        .expectOne({ method: 'PATCH', url: '/api/calls/c-1' })
        .flush(
          problem(400, 'validation_failed', 'Disa fusha nuk janë të sakta.', [
            { field: 'maxGrantCents', message: 'Granti minimal duhet të jetë jo më i madh se granti maksimal.' },
            { field: 'lots.1.envelopeCents', message: 'Vlera është shumë e madhe.' },
          ]),
          { status: 400, statusText: 'Bad Request' },
        );
      await stable();
      expect(errorOf('maxGrant')).toBe('Granti minimal duhet të jetë jo më i madh se granti maksimal.');
      expect(errorOf('lots.1.envelope')).toBe('Vlera është shumë e madhe.');
      expect(document.activeElement).toBe(field('maxGrant'));
    });

    it('lists every problem the API finds when publishing, each linked to its place in the form', async () => {
      await openCall(callDto());
      await click(button('Publiko'));
      expect(document.querySelector('mat-dialog-container')?.textContent).toContain('Ta publikojmë këtë thirrje?');
      await click(dialogButton('Publiko'));

      const errors = [
        { field: 'lots.1.envelopeCents', message: 'Fondi i lotit është më i vogël se granti minimal.' },
        { field: 'grid.maxScore', message: 'Pikët maksimale të grilës duhet të jenë 100.' },
        { field: 'requiredAttachments', message: 'Thirrja duhet të listojë dokumentet që aplikantët duhet të bashkëngjisin.' },
        { field: 'deadline', message: 'Afati i fundit duhet të jetë në të ardhmen.' },
      ];
      backend
        .expectOne({ method: 'POST', url: '/api/calls/c-1/publication' })
        .flush(problem(400, 'call_incomplete', 'Thirrja nuk mund të publikohet ende.', errors), { status: 400, statusText: 'Bad Request' });
      await stable();

      const alert = root().querySelector('sk-call-problem-list [role="alert"], sk-call-problem-list')!;
      expect(alert.textContent).toContain('Thirrja nuk mund të publikohet ende.');
      const items = Array.from(alert.querySelectorAll('li')).map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
      expect(items).toEqual([
        'Lotet: Fondi i lotit është më i vogël se granti minimal.',
        'Grila e vlerësimit: Pikët maksimale të grilës duhet të jenë 100.',
        'Dokumentet e kërkuara: Thirrja duhet të listojë dokumentet që aplikantët duhet të bashkëngjisin.',
        'Titulli, teksti dhe datat: Afati i fundit duhet të jetë në të ardhmen.',
      ]);
      expect(errorOf('lots.1.envelope')).toBe('Fondi i lotit është më i vogël se granti minimal.');
      expect(errorOf('deadline')).toBe('Afati i fundit duhet të jetë në të ardhmen.');

      await click(alert.querySelectorAll<HTMLElement>('li a')[2]);
      expect(document.activeElement?.id).toBe('call-section-attachments');
      await click(alert.querySelectorAll<HTMLElement>('li a')[3]);
      expect(document.activeElement).toBe(field('deadline'));

      // A problem about a whole list never blocks the next save.
      await type('deadline', '2027-03-31T12:00');
      await click(button('Ruaj draftin'));
      backend.expectOne({ method: 'PATCH', url: '/api/calls/c-1' }).flush(callDto({ version: 4 }));
      await stable();
    });

    it('saves unsaved changes before publishing, then shows the published call read-only', async () => {
      await openCall(callDto());
      await type('maxGrant', '50000');
      await click(button('Publiko'));
      expect(document.querySelector('mat-dialog-container')?.textContent).toContain('do të ruhen më parë');
      await click(dialogButton('Publiko'));

      const save = backend.expectOne({ method: 'PATCH', url: '/api/calls/c-1' });
      expect(save.request.body.maxGrantCents).toBe(5_000_000);
      save.flush(callDto({ maxGrantCents: 5_000_000, version: 4 }));
      await stable();
      backend.expectOne({ method: 'POST', url: '/api/calls/c-1/publication' }).flush(callDto({ status: 'published', version: 5 }));
      await stable();
      backend.expectOne('/api/calls/c-1/amendments').flush([]);
      await stable();

      expect(text()).toContain('Thirrja u publikua');
      expect(root().querySelector('sk-call-status-chip')?.textContent).toContain('E publikuar');
      expect(root().querySelector('[data-path="title.sq"]')).toBeNull();
      expect(button('Ndrysho thirrjen')).toBeTruthy();
    });
  });

  describe('a published call', () => {
    const published = () => callDto({ status: 'published', version: 5, publishedAt: '2026-12-01T08:00:00.000Z' });

    it('is read as applicants see it, with no way to edit it directly', async () => {
      await openCall(published());
      expect(root().querySelector('input')).toBeNull();
      expect(root().querySelector('sk-call-summary h2')?.textContent).toContain('Punësim për të mbijetuarat');
      expect(text()).toContain('75 000,50 €');
      expect(text()).toContain('Thirrja nuk është ndryshuar.');
    });

    it('is amended with a reason, sending only what changed, and lists the amendment', async () => {
      await openCall(published());
      await click(button('Ndrysho thirrjen'));
      expect(text()).toContain('çdo organizatë që ka një draft për këtë thirrje njoftohet');

      await click(button('Regjistro ndryshimin'));
      backend.expectNone('/api/calls/c-1/amendments');
      expect(errorOf('reason.sq')).toBe('Kjo fushë është e detyrueshme.');

      await type('reason.sq', 'Afati zgjatet me dy javë për shkak të festave.');
      await type('reason.en', 'The deadline moves by two weeks because of the holidays.');
      await click(button('Regjistro ndryshimin'));
      expect(text()).toContain('Nuk u ndryshua asgjë');
      backend.expectNone('/api/calls/c-1/amendments');

      await type('deadline', '2027-02-14T12:00');
      await type('lots.1.envelope', '80000');
      await click(button('Regjistro ndryshimin'));
      const request = backend.expectOne({ method: 'POST', url: '/api/calls/c-1/amendments' });
      expect(request.request.body).toEqual({
        version: 5,
        reason: { sq: 'Afati zgjatet me dy javë për shkak të festave.', en: 'The deadline moves by two weeks because of the holidays.' },
        deadline: '2027-02-14T11:00:00.000Z',
        lots: [
          { regionCode: 'TIR', envelopeCents: 10_000_000 },
          { regionCode: 'KUK', envelopeCents: 8_000_000 },
        ],
      });
      request.flush(callDto({ status: 'published', version: 6, deadline: '2027-02-14T11:00:00.000Z' }));
      await stable();
      backend.expectOne('/api/calls/c-1/amendments').flush([
        {
          id: 'a-1',
          amendedAt: '2026-12-20T09:30:00.000Z',
          reason: { sq: 'Afati zgjatet me dy javë për shkak të festave.', en: 'The deadline moves by two weeks.' },
          changes: {
            deadline: { before: '2027-01-31T11:00:00.000Z', after: '2027-02-14T11:00:00.000Z' },
            lots: {
              before: [
                { regionCode: 'TIR', envelopeCents: 10_000_000 },
                { regionCode: 'KUK', envelopeCents: 7_500_050 },
              ],
              after: [
                { regionCode: 'TIR', envelopeCents: 10_000_000 },
                { regionCode: 'KUK', envelopeCents: 8_000_000 },
              ],
            },
          },
        },
      ]);
      await stable();

      expect(text()).toContain('Ndryshimi u regjistrua dhe çdo organizatë që ka një draft për këtë thirrje u njoftua.');
      const amendment = root().querySelector('sk-call-amendments')!.textContent!.replace(/[\u00a0\u202f]/g, ' ');
      expect(amendment).toContain('Afati zgjatet me dy javë për shkak të festave.');
      expect(amendment).toContain('Kukës: 75 000,50 € → 80 000,00 €');
      expect(amendment).not.toContain('Tiranë:');
    });

    it('is closed after a confirmation', async () => {
      await openCall(callDto({ status: 'published', deadline: '2026-01-31T11:00:00.000Z' }));
      await click(button('Mbyll thirrjen'));
      await click(dialogButton('Mbyll thirrjen'));
      backend.expectOne({ method: 'POST', url: '/api/calls/c-1/closure' }).flush(callDto({ status: 'closed', closedAt: '2026-02-01T00:00:00.000Z' }));
      await stable();
      backend.expectOne('/api/calls/c-1/amendments').flush([]);
      await stable();

      expect(root().querySelector('sk-call-status-chip')?.textContent).toContain('E mbyllur');
      expect(button('Mbyll thirrjen')).toBeUndefined();
    });
  });
});
