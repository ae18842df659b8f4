import { HttpTestingController } from '@angular/common/http/testing';
import { RouterTestingHarness } from '@angular/router/testing';
import type {
  ApplicationSummaryDto,
  EvaluationAssignmentDto,
  EvaluationProgressDto,
  EvaluatorOptionDto,
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

const evaluators: EvaluatorOptionDto[] = [
  { id: 'e-1', displayName: 'Arta Kola', organisationName: null, load: 2 },
  { id: 'e-2', displayName: 'Besnik Duka', organisationName: null, load: 1 },
  { id: 'e-3', displayName: 'Drita Hoxha', organisationName: 'Qendra Jeta', load: 0 },
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
  evaluatorId: 'e-1',
  evaluatorName: 'Arta Kola',
  declaration: 'signed',
  declaredAt: '2027-02-01T10:00:00.000Z',
  conflictReason: null,
  assignedAt: '2027-01-31T10:00:00.000Z',
  ...overrides,
});
const progress: EvaluationProgressDto = {
  callId: CALL_ID,
  callStatus: 'in_evaluation',
  lots: [
    { lotId: LOT_TIR, regionCode: 'TIR', applications: 5, consolidated: 3, divergent: 1, incomplete: 1 },
    { lotId: LOT_KUK, regionCode: 'KUK', applications: 2, consolidated: 0, divergent: 0, incomplete: 2 },
  ],
  evaluators: [
    {
      evaluatorId: 'e-1',
      evaluatorName: 'Arta Kola',
      assigned: 4,
      pendingDeclaration: 0,
      conflicts: 0,
      drafts: 1,
      submitted: 3,
    },
    {
      evaluatorId: 'e-2',
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

  function answerLoads(assignments: EvaluationAssignmentDto[]): void {
    backend.expectOne(`/api/calls/${CALL_ID}/assignments`).flush(assignments);
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
    answerLoads([
      assignment({}),
      assignment({
        id: 'as-2',
        evaluatorId: 'e-2',
        evaluatorName: 'Besnik Duka',
        declaration: 'conflict',
        conflictReason: 'Motra ime punon në këtë OShC.',
      }),
    ]);
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
    const rows = Array.from(root().querySelectorAll('sk-assignment-table tbody tr'));
    expect(cells(rows[0]).slice(0, 4)).toEqual(['SK-2026-TIR-0001', 'Arta Kola', 'E firmosur', '']);
    expect(cells(rows[1]).slice(0, 4)).toEqual([
      'SK-2026-TIR-0001',
      'Besnik Duka',
      'Konflikt interesi',
      'Motra ime punon në këtë OShC.',
    ]);
    expect(rows[1].querySelector('button')).toBeNull();

    await click(rows[0].querySelector<HTMLButtonElement>('button[aria-label="Hiq Arta Kola nga SK-2026-TIR-0001"]')!);
    await click(button('Hiq', document.querySelector('mat-dialog-container')!));
    backend
      .expectOne({ method: 'DELETE', url: `/api/applications/${APP_1}/assignments/as-1` })
      .flush(null, { status: 204, statusText: 'No Content' });
    await stable();
    answerLoads([]);
    await stable();
    expect(clean(root().textContent)).toContain('Ende nuk është caktuar asnjë vlerësues.');
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
        { evaluatorId: 'e-1', load: 3 },
        { evaluatorId: 'e-2', load: 2 },
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
    await click(evaluatorSelect);
    expect(Array.from(document.querySelectorAll('mat-option')).map((o) => clean(o.textContent))).toEqual([
      'Drita Hoxha, Qendra Jeta (0 të caktuara)',
    ]);
    await click(document.querySelector<HTMLElement>('mat-option')!);
    await click(button('Shto vlerësuesin', form));
    const add = backend.expectOne({ method: 'POST', url: `/api/applications/${APP_1}/assignments` });
    expect(add.request.body).toEqual({ evaluatorId: 'e-3' });
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
