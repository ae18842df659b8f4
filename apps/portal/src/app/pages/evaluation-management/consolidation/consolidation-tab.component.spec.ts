import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { ConsolidationRowDto, Page } from '@skema/contracts';
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
  LOT_TIR,
  applicationEvaluations,
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

const row = (overrides: Partial<ConsolidationRowDto> = {}): ConsolidationRowDto => ({
  applicationId: APP_1,
  reference: 'SK-2026-TIR-0001',
  organisationName: 'Shoqata Shpresa',
  lotId: LOT_TIR,
  lotRegionCode: 'TIR',
  status: 'in_evaluation',
  assignedCount: 2,
  submittedCount: 2,
  consolidation: 'divergent',
  method: null,
  total: null,
  spreadPoints: 24,
  divergent: true,
  ...overrides,
});
const page = (items: ConsolidationRowDto[]): Page<ConsolidationRowDto> => ({ items, total: 41, page: 2, pageSize: 20 });
const params = (request: TestRequest) =>
  Object.fromEntries(request.request.params.keys().map((key) => [key, request.request.params.get(key)]));

describe('the consolidation tab', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  const root = () => harness.routeNativeElement as HTMLElement;
  const clean = (value: string | null | undefined) =>
    (value ?? '')
      .replace(/[\u00a0\u202f]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  const url = () => TestBed.inject(Router).url;
  const list = () => backend.expectOne((r) => r.url === `/api/calls/${CALL_ID}/consolidations`);
  const button = (label: string) =>
    Array.from(root().querySelectorAll<HTMLButtonElement>('button')).find((b) => clean(b.textContent).endsWith(label))!;
  const field = (path: string) => root().querySelector<HTMLInputElement>(`[data-path="${path}"]`)!;
  const errorOf = (path: string) =>
    clean(field(path).closest('mat-form-field')?.querySelector('mat-error')?.textContent);

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

  async function type(path: string, value: string): Promise<void> {
    const input = field(path);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await stable();
  }

  beforeEach(async () => {
    ({ backend, harness } = await startEvaluationTest(provideTranslocoTesting(), DICTIONARIES));
    await harness.navigateByUrl(
      `/manage/calls/${CALL_ID}/evaluation?tab=consolidation&consolidation=divergent&sort=-spread&page=2`,
    );
    backend.expectOne(`/api/calls/${CALL_ID}`).flush(evaluationCall());
    await stable();
  });

  afterEach(() => backend.verify());

  it('asks for the filters, order and page the address holds, and highlights divergent applications', async () => {
    const request = list();
    expect(params(request)).toEqual({ consolidation: 'divergent', sort: '-spread', page: '2', pageSize: '20' });
    request.flush(
      page([
        row(),
        row({
          applicationId: APP_2,
          reference: 'SK-2026-TIR-0002',
          consolidation: 'consolidated',
          method: 'mean',
          total: 7_133,
          spreadPoints: 6,
          divergent: false,
        }),
      ]),
    );
    await stable();
    const rows = Array.from(root().querySelectorAll<HTMLElement>('tr.mat-mdc-row'));
    expect(rows.map((r) => r.classList.contains('divergent'))).toEqual([true, false]);
    expect(clean(rows[0].textContent)).toContain('Me mospërputhje');
    expect(clean(rows[1].textContent)).toContain('71,33');
    expect(clean(rows[1].textContent)).toContain('Mesatarja e vlerësuesve');

    await click(root().querySelector<HTMLElement>('th.mat-column-total .mat-sort-header-container')!);
    expect(url()).toContain('sort=-total');
    expect(url()).not.toContain('page=');
    expect(params(list())).toMatchObject({ sort: '-total', page: '1' });
  });

  it('shows the sheets side by side and records a moderation in hundredths of a point', async () => {
    list().flush(page([row()]));
    await stable();
    await click(root().querySelector<HTMLElement>('button[aria-label="Hap vlerësimet e SK-2026-TIR-0001"]')!);
    expect(url()).toContain(`application=${APP_1}`);
    backend.expectOne(`/api/applications/${APP_1}/evaluations`).flush(applicationEvaluations());
    await stable();

    const sheets = root().querySelector<HTMLElement>('sk-evaluation-sheets')!;
    const headers = Array.from(sheets.querySelectorAll('thead th')).map((th) => clean(th.textContent));
    expect(headers.slice(1, 3)).toEqual(['Arta Kola E dorëzuar', 'Besnik Duka E dorëzuar']);
    expect(clean(sheets.textContent)).toContain('Përvojë e kufizuar.');
    expect(clean(root().textContent)).toContain(
      'Totalet e vlerësuesve ndryshojnë me 24 pikë; kufiri është 20 pikë (20% e 100).',
    );

    await click(button('Regjistro një moderim'));
    await type('sections.1', '16');
    await type('sections.2', '30,5');
    expect(errorOf('sections.2')).toBe('Pikët nuk mund të jenë më shumë se maksimumi i seksionit (30).');
    await type('sections.2', '25,5');
    await type('sections.3', '15.25');
    await type('sections.4', '10');
    await type('sections.5', '11,5');
    expect(clean(root().querySelector('sk-moderation-form .total')?.textContent)).toBe(
      'Totali i moderuar: 78,25 nga 100',
    );
    await type('note', 'shkurt');
    expect(errorOf('note')).toBe('Shkruani të paktën 10 karaktere.');
    await type('note', 'Komisioni ra dakord pas diskutimit me të dy vlerësuesit.');

    await click(button('Regjistro moderimin'));
    const save = backend.expectOne({ method: 'PUT', url: `/api/applications/${APP_1}/moderation` });
    expect(save.request.body).toEqual({
      sectionScores: { '1': 1_600, '2': 2_550, '3': 1_525, '4': 1_000, '5': 1_150 },
      note: 'Komisioni ra dakord pas diskutimit me të dy vlerësuesit.',
    });
    save.flush(
      applicationEvaluations({
        consolidation: {
          ...applicationEvaluations().consolidation,
          status: 'consolidated',
          method: 'moderation',
          total: 7_825,
        },
        moderation: {
          sectionScores: save.request.body.sectionScores,
          total: 7_825,
          note: save.request.body.note,
          moderatedBy: 'pm',
          moderatedByName: 'Elira Shehu',
          moderatedAt: '2027-02-10T10:00:00.000Z',
        },
      }),
    );
    await stable();
    expect(clean(root().textContent)).toContain('Moderimi u regjistrua');
    expect(clean(root().textContent)).toContain('Pikët e moderuara: 78,25.');
    // A moderation replaces every sheet: none is marked as counted or left out.
    expect(root().querySelectorAll('sk-evaluation-sheets thead .counted')).toHaveLength(0);
    list().flush(page([row({ consolidation: 'consolidated', method: 'moderation', total: 7_825 })]));
    await stable();
  });

  it('adds a third evaluator from the evaluators not yet on the application', async () => {
    list().flush(page([row()]));
    await harness.navigateByUrl(
      `/manage/calls/${CALL_ID}/evaluation?tab=consolidation&consolidation=divergent&sort=-spread&page=2` +
        `&application=${APP_1}`,
    );
    backend.expectOne(`/api/applications/${APP_1}/evaluations`).flush(applicationEvaluations());
    await stable();

    await click(button('Shto një vlerësues të tretë'));
    backend.expectOne('/api/evaluators').flush([
      { id: 'e-1', displayName: 'Arta Kola', organisationName: null, load: 5 },
      { id: 'e-3', displayName: 'Drita Hoxha', organisationName: 'Qendra Jeta', load: 2 },
    ]);
    await stable();
    await click(root().querySelector<HTMLElement>('sk-evaluator-select .mat-mdc-select-trigger')!);
    const options = Array.from(document.querySelectorAll<HTMLElement>('mat-option')).map((o) => clean(o.textContent));
    expect(options).toEqual(['Drita Hoxha, Qendra Jeta (2 të caktuara)']);
    await click(document.querySelector<HTMLElement>('mat-option')!);
    await click(button('Cakto'));
    const add = backend.expectOne({ method: 'POST', url: `/api/applications/${APP_1}/assignments` });
    expect(add.request.body).toEqual({ evaluatorId: 'e-3' });
    add.flush({
      id: 'as-3',
      applicationId: APP_1,
      applicationReference: 'SK-2026-TIR-0001',
      evaluatorId: 'e-3',
      evaluatorName: 'Drita Hoxha',
      declaration: 'pending',
      declaredAt: null,
      conflictReason: null,
      assignedAt: '2027-02-10T10:00:00.000Z',
    });
    await stable();
    // Once the third sheet is in, the two closest totals count and the outlier is left out.
    const before = applicationEvaluations();
    backend.expectOne(`/api/applications/${APP_1}/evaluations`).flush(
      applicationEvaluations({
        evaluations: [
          ...before.evaluations,
          { ...before.evaluations[0], assignmentId: 'as-3', evaluatorId: 'e-3', evaluatorName: 'Drita Hoxha' },
        ],
        consolidation: {
          ...before.consolidation,
          status: 'consolidated',
          method: 'closest_scores',
          submittedCount: 3,
          countedAssignmentIds: ['as-1', 'as-3'],
          total: 7_000,
        },
      }),
    );
    await stable();
    expect(clean(root().textContent)).toContain('Drita Hoxha u caktua; konsolidimi pret fletën e tij të vlerësimit.');
    const counted = Array.from(root().querySelectorAll('sk-evaluation-sheets thead .counted')).map((c) =>
      clean(c.textContent),
    );
    expect(counted).toEqual(['Llogaritet në pikë', 'E përjashtuar (më larg nga të tjerat)', 'Llogaritet në pikë']);
    list().flush(page([row({ assignedCount: 3 })]));
    await stable();
  });
});
