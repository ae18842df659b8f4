import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type {
  ApplicationSummaryDto,
  EvaluationAssignmentDto,
  EvaluationProgressDto,
  EvaluatorOptionDto,
  Page,
} from '@skema/contracts';
import en from '../../../../../public/i18n/en.json';
import sq from '../../../../../public/i18n/sq.json';
import callsEn from '../../../../../public/i18n/call-management/en.json';
import callsSq from '../../../../../public/i18n/call-management/sq.json';
import scopeEn from '../../../../../public/i18n/evaluation-management/en.json';
import scopeSq from '../../../../../public/i18n/evaluation-management/sq.json';
import { settle } from '../../../../testing/auth-testing';
import { provideTranslocoTesting } from '../../../../testing/i18n-testing';
import {
  APP_1,
  APP_2,
  CALL_ID,
  LOT_KUK,
  LOT_TIR,
  evaluationCall,
  startEvaluationTest,
} from '../evaluation-management.testing';

const DICTIONARIES = {
  sq,
  en,
  'call-management/sq': callsSq,
  'call-management/en': callsEn,
  'evaluation-management/sq': scopeSq,
  'evaluation-management/en': scopeEn,
};

const E_1 = '5ab18fa7-af83-4fd3-8fa8-b25a6ac25106';
const E_2 = '6bc290b8-b094-40e4-90b9-c36b7bd36207';
const E_3 = '7cd3a1c9-c1a5-41f5-a1ca-d47c8ce47308';
const evaluators: EvaluatorOptionDto[] = [
  { id: E_1, displayName: 'Arta Kola', organisationName: null, load: 2 },
  { id: E_2, displayName: 'Besnik Duka', organisationName: null, load: 1 },
  { id: E_3, displayName: 'Drita Hoxha', organisationName: 'Qendra Jeta', load: 0 },
];
const application = (id: string, reference: string): ApplicationSummaryDto => ({
  id,
  reference,
  status: 'in_evaluation',
  call: { id: CALL_ID, reference: 'CFP-2026-001' },
  regionCode: 'TIR',
  organisation: { id: `o-${id}`, legalName: `CSO ${reference}` },
  submittedAt: '2027-01-20T10:00:00.000Z',
  updatedAt: '2027-01-20T10:00:00.000Z',
});
const assignment = (overrides: Partial<EvaluationAssignmentDto>): EvaluationAssignmentDto => ({
  id: 'as-1',
  applicationId: APP_1,
  applicationReference: 'SK-2026-TIR-0001',
  evaluatorId: E_1,
  evaluatorName: 'Arta Kola',
  declaration: 'signed',
  declaredAt: '2027-02-01T10:00:00.000Z',
  conflictReason: null,
  assignedAt: '2027-01-31T10:00:00.000Z',
  ...overrides,
});
const page = (items: EvaluationAssignmentDto[], total = items.length, at = 1): Page<EvaluationAssignmentDto> => ({
  items,
  total,
  page: at,
  pageSize: 20,
});
const twoOnApp1 = () => [
  assignment({}),
  assignment({
    id: 'as-2',
    evaluatorId: E_2,
    evaluatorName: 'Besnik Duka',
    declaration: 'conflict',
    conflictReason: 'Motra ime punon në këtë OShC.',
  }),
];
const params = (request: TestRequest) =>
  Object.fromEntries(request.request.params.keys().map((key) => [key, request.request.params.get(key)]));
const progress: EvaluationProgressDto = {
  callId: CALL_ID,
  callStatus: 'in_evaluation',
  lots: [
    { lotId: LOT_TIR, regionCode: 'TIR', applications: 5, consolidated: 3, divergent: 1, incomplete: 1 },
    { lotId: LOT_KUK, regionCode: 'KUK', applications: 2, consolidated: 0, divergent: 0, incomplete: 2 },
  ],
  evaluators: [
    {
      evaluatorId: E_1,
      evaluatorName: 'Arta Kola',
      assigned: 4,
      pendingDeclaration: 0,
      conflicts: 0,
      drafts: 1,
      submitted: 3,
    },
    {
      evaluatorId: E_2,
      evaluatorName: 'Besnik Duka',
      assigned: 3,
      pendingDeclaration: 1,
      conflicts: 1,
      drafts: 0,
      submitted: 1,
    },
  ],
};

describe('the evaluators and progress tab', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  const root = () => harness.routeNativeElement as HTMLElement;
  const clean = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();
  const button = (label: string, within: ParentNode = root()) =>
    Array.from(within.querySelectorAll<HTMLButtonElement>('button')).find((b) => clean(b.textContent).endsWith(label))!;
  const cells = (row: Element) => Array.from(row.children).map((cell) => clean(cell.textContent));

  async function stable(): Promise<void> {
    await settle();
    await harness.fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
  }

  async function click(element: HTMLElement): Promise<void> {
    element.click();
    await stable();
  }

  const url = () => TestBed.inject(Router).url;
  /** The table's page (the picker asks for one application's assignments, with `applicationId`). */
  const list = () =>
    backend.expectOne((r) => r.url === `/api/calls/${CALL_ID}/assignments` && !r.params.has('applicationId'));
  const ofApplication = (id: string) =>
    backend.expectOne((r) => r.url === `/api/calls/${CALL_ID}/assignments` && r.params.get('applicationId') === id);
  const rows = () => Array.from(root().querySelectorAll<HTMLElement>('sk-assignment-table tbody tr'));
  const select = (label: string) =>
    Array.from(root().querySelectorAll<HTMLElement>('sk-assignment-table mat-form-field'))
      .find((f) => clean(f.querySelector('mat-label')?.textContent) === label)!
      .querySelector<HTMLElement>('.mat-mdc-select-trigger')!;
  const option = (label: string) =>
    Array.from(document.querySelectorAll<HTMLElement>('mat-option')).find((o) => clean(o.textContent) === label)!;

  function answerLoads(assignments: EvaluationAssignmentDto[]): void {
    list().flush(page(assignments));
    backend.expectOne(`/api/calls/${CALL_ID}/evaluation-progress`).flush(progress);
  }

  beforeEach(async () => {
    ({ backend, harness } = await startEvaluationTest(provideTranslocoTesting(), DICTIONARIES));
    await harness.navigateByUrl(`/manage/calls/${CALL_ID}/evaluation?tab=assignments`);
    backend.expectOne(`/api/calls/${CALL_ID}`).flush(evaluationCall());
    await stable();
    backend.expectOne('/api/evaluators').flush(evaluators);
    backend
      .expectOne((r) => r.url === '/api/applications')
      .flush({
        items: [application(APP_1, 'SK-2026-TIR-0001'), application(APP_2, 'SK-2026-TIR-0002')],
        total: 2,
        page: 1,
        pageSize: 100,
      });
    answerLoads(twoOnApp1());
    await stable();
  });

  afterEach(() => backend.verify());

  it('shows progress per lot and per evaluator, as bars and in numbers', () => {
    expect(clean(root().textContent)).toContain('3 nga 7 aplikime të konsoliduara; 1 me mospërputhje.');
    const [lots, sheets] = Array.from(root().querySelectorAll('sk-stacked-bars table'));
    expect(Array.from(lots.querySelectorAll('tbody tr')).map(cells)).toEqual([
      ['Tiranë', '3', '1', '1', '5'],
      ['Kukës', '0', '0', '2', '2'],
    ]);
    // Besnik: 3 assigned (his conflict apart), 1 submitted: 2 not started.
    expect(Array.from(sheets.querySelectorAll('tbody tr')).map(cells)).toEqual([
      ['Arta Kola', '3', '1', '0', '4'],
      ['Besnik Duka', '1', '0', '2', '3'],
    ]);
    expect(clean(root().textContent)).toContain('Ende pa firmosur deklaratën: Besnik Duka.');
  });

  it('lists the assignments with their declarations; a conflict stays, others can be removed', async () => {
    const [first, second] = rows();
    expect(cells(first).slice(0, 4)).toEqual(['SK-2026-TIR-0001', 'Arta Kola', 'E firmosur', '']);
    expect(cells(second).slice(0, 4)).toEqual([
      'SK-2026-TIR-0001',
      'Besnik Duka',
      'Konflikt interesi',
      'Motra ime punon në këtë OShC.',
    ]);
    expect(second.querySelector('button')).toBeNull();

    await click(first.querySelector<HTMLButtonElement>('button[aria-label="Hiq Arta Kola nga SK-2026-TIR-0001"]')!);
    await click(button('Hiq', document.querySelector('mat-dialog-container')!));
    backend
      .expectOne({ method: 'DELETE', url: `/api/applications/${APP_1}/assignments/as-1` })
      .flush(null, { status: 204, statusText: 'No Content' });
    await stable();
    answerLoads([]);
    await stable();
    expect(clean(root().textContent)).toContain('Ende nuk është caktuar asnjë vlerësues.');
  });

  it('asks the API for one page, in the order and with the filters the address holds', async () => {
    await harness.navigateByUrl(
      `/manage/calls/${CALL_ID}/evaluation?tab=assignments&declaration=pending&evaluator=${E_2}` +
        '&q=tir&sort=-assignedAt&page=2&pageSize=10',
    );
    await stable();
    const request = list();
    expect(params(request)).toEqual({
      declaration: 'pending',
      evaluatorId: E_2,
      q: 'tir',
      sort: '-assignedAt',
      page: '2',
      pageSize: '10',
    });
    request.flush({ ...page([assignment({ declaration: 'pending', declaredAt: null })], 11, 2), pageSize: 10 });
    await stable();
    expect(rows()).toHaveLength(1);
    expect(clean(root().querySelector('mat-paginator')?.textContent)).toContain('11–11 nga 11');
    expect(root().querySelector<HTMLInputElement>('sk-assignment-table input[type="search"]')!.value).toBe('tir');
    expect(clean(select('Deklarata').textContent)).toBe('Ende e pafirmosur');
    expect(clean(select('Vlerësuesi').textContent)).toBe('Besnik Duka');

    // A new order starts from the first page; the filters stay.
    await click(root().querySelector<HTMLElement>('th.mat-column-evaluator .mat-sort-header-container')!);
    expect(url()).toContain('sort=evaluator');
    expect(url()).not.toContain('page=');
    expect(params(list())).toMatchObject({ sort: 'evaluator', page: '1', declaration: 'pending', evaluatorId: E_2 });
  });

  it('searches, filters and pages through the address, and clears the filters when nothing matches', async () => {
    const search = root().querySelector<HTMLInputElement>('sk-assignment-table input[type="search"]')!;
    search.value = 'Besnik';
    search.dispatchEvent(new Event('input'));
    await new Promise((resolve) => setTimeout(resolve, 350));
    await stable();
    expect(url()).toContain('q=Besnik');
    expect(params(list())).toMatchObject({ q: 'Besnik', page: '1' });

    await click(select('Deklarata'));
    await click(option('Konflikt interesi'));
    expect(url()).toContain('declaration=conflict');
    list().flush(page([]));
    await stable();
    expect(clean(root().querySelector('sk-assignment-table')?.textContent)).toContain(
      'Asnjë caktim nuk përputhet me këto filtra.',
    );

    await click(button('Pastro filtrat', root().querySelector('sk-assignment-table')!));
    expect(url()).not.toContain('q=');
    expect(url()).not.toContain('declaration=');
    expect(params(list())).toEqual({ sort: 'reference', page: '1', pageSize: '20' });
  });

  it('shows the new last page when the last rows of a page are gone', async () => {
    await harness.navigateByUrl(`/manage/calls/${CALL_ID}/evaluation?tab=assignments&page=3`);
    await stable();
    list().flush(page([], 40, 3));
    await stable();
    expect(url()).toContain('page=2');
    list().flush(page([assignment({})], 40, 2));
    await stable();
    expect(rows()).toHaveLength(1);
  });

  it('moves between pages with the paginator', async () => {
    await click(select('Vlerësuesi'));
    await click(option('Arta Kola'));
    expect(url()).toContain(`evaluator=${E_1}`);
    list().flush(page([assignment({})], 45));
    await stable();
    await click(root().querySelector<HTMLElement>('mat-paginator button.mat-mdc-paginator-navigation-next')!);
    expect(url()).toContain('page=2');
    const next = list();
    expect(params(next)).toMatchObject({ evaluatorId: E_1, page: '2', pageSize: '20' });
    next.flush(page([assignment({ id: 'as-9' })], 45, 2));
    await stable();
    expect(clean(root().querySelector('mat-paginator')?.textContent)).toContain('21–40 nga 45');
  });

  it('assigns automatically and says what it did, what it could not and how even the load is', async () => {
    await click(button('Cakto automatikisht'));
    backend.expectOne({ method: 'POST', url: `/api/calls/${CALL_ID}/assignments/auto` }).flush({
      created: 3,
      problems: [
        {
          kind: 'not_enough_evaluators',
          applicationId: APP_2,
          required: 2,
          assigned: 1,
          excluded: { own_organisation: 1, conflict: 1 },
        },
      ],
      loads: [
        { evaluatorId: E_1, load: 3 },
        { evaluatorId: E_2, load: 2 },
      ],
      loadSpread: 1,
    });
    await stable();
    answerLoads([assignment({})]);
    await stable();
    const result = clean(root().querySelector('sk-auto-assign-result')?.textContent);
    expect(result).toContain('Caktime të bëra: 3.');
    expect(result).toContain('Diferenca e ngarkesës (më shumë minus më pak caktime për vlerësues): 1.');
    expect(result).toContain(
      'SK-2026-TIR-0002 ka 1 nga 2 vlerësuesit që i duhen ' +
        '(1 të përjashtuar si anëtarë të OShC-së, 1 për konflikt interesi).',
    );
    const loads = Array.from(root().querySelectorAll('sk-auto-assign-result tbody tr')).map(cells);
    expect(loads).toEqual([
      ['Arta Kola', '3'],
      ['Besnik Duka', '2'],
    ]);
  });

  it('adds an evaluator by hand, offering only those not yet on the application, least loaded first', async () => {
    const form = root().querySelector<HTMLElement>('sk-add-assignment')!;
    const [applicationSelect, evaluatorSelect] = Array.from(
      form.querySelectorAll<HTMLElement>('.mat-mdc-select-trigger'),
    );
    await click(applicationSelect);
    await click(
      Array.from(document.querySelectorAll<HTMLElement>('mat-option')).find((o) =>
        o.textContent?.includes('SK-2026-TIR-0001'),
      )!,
    );
    // Who is already on it (a declared conflict included) comes from the API, for this application alone.
    const taken = ofApplication(APP_1);
    expect(params(taken)).toEqual({ applicationId: APP_1, pageSize: '100' });
    taken.flush(page(twoOnApp1()));
    await stable();
    await click(evaluatorSelect);
    expect(Array.from(document.querySelectorAll('mat-option')).map((o) => clean(o.textContent))).toEqual([
      'Drita Hoxha, Qendra Jeta (0 të caktuara)',
    ]);
    await click(document.querySelector<HTMLElement>('mat-option')!);
    await click(button('Shto vlerësuesin', form));
    const add = backend.expectOne({ method: 'POST', url: `/api/applications/${APP_1}/assignments` });
    expect(add.request.body).toEqual({ evaluatorId: E_3 });
    add.flush(
      {
        type: 'about:blank',
        title: 'Conflict',
        status: 409,
        code: 'evaluator_ineligible',
        detail: 'Vlerësuesi është anëtar i OShC-së aplikuese.',
      },
      { status: 409, statusText: 'Conflict' },
    );
    await stable();
    expect(clean(form.textContent)).toContain('Vlerësuesi është anëtar i OShC-së aplikuese.');
  });
});
