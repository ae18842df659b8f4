import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { ApplicationSummaryDto, EligibilityCheckDto, Page } from '@skema/contracts';
import en from '../../../../../public/i18n/en.json';
import sq from '../../../../../public/i18n/sq.json';
import callsEn from '../../../../../public/i18n/call-management/en.json';
import callsSq from '../../../../../public/i18n/call-management/sq.json';
import scopeEn from '../../../../../public/i18n/evaluation-management/en.json';
import scopeSq from '../../../../../public/i18n/evaluation-management/sq.json';
import { settle } from '../../../../testing/auth-testing';
import { provideTranslocoTesting } from '../../../../testing/i18n-testing';
import { APP_1, APP_2, CALL_ID, evaluationCall, startEvaluationTest } from '../evaluation-management.testing';

const DICTIONARIES = {
  sq,
  en,
  'call-management/sq': callsSq,
  'call-management/en': callsEn,
  'evaluation-management/sq': scopeSq,
  'evaluation-management/en': scopeEn,
};

const summary = (id: string, reference: string, legalName: string): ApplicationSummaryDto => ({
  id,
  reference,
  status: 'submitted',
  call: { id: CALL_ID, reference: 'CFP-2026-001' },
  regionCode: 'TIR',
  organisation: { id: `o-${id}`, legalName },
  submittedAt: '2027-01-20T10:00:00.000Z',
  updatedAt: '2027-01-20T10:00:00.000Z',
});
const page = (items: ApplicationSummaryDto[]): Page<ApplicationSummaryDto> => ({
  items,
  total: items.length,
  page: 1,
  pageSize: 20,
});
const check = (overrides: Partial<EligibilityCheckDto> = {}): EligibilityCheckDto => ({
  applicationId: APP_1,
  applicationStatus: 'submitted',
  items: [
    {
      key: 'registered',
      text: { sq: 'E regjistruar në Shqipëri', en: 'Registered in Albania' },
      passed: null,
      note: null,
    },
    { key: 'active', text: { sq: 'Aktive në rajon', en: 'Active in the region' }, passed: null, note: null },
  ],
  outcome: null,
  decidedBy: null,
  decidedAt: null,
  ...overrides,
});

describe('the eligibility tab', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  const root = () => harness.routeNativeElement as HTMLElement;
  const text = () => (root().textContent ?? '').replace(/\s+/g, ' ');
  const url = () => TestBed.inject(Router).url;
  const buttons = (label: string) =>
    Array.from(root().querySelectorAll<HTMLButtonElement>('button')).filter((b) =>
      b.textContent?.trim().endsWith(label),
    );
  const items = () => Array.from(root().querySelectorAll<HTMLElement>('fieldset.item'));
  const note = (i: number) => items()[i].querySelector<HTMLTextAreaElement>('textarea')!;
  const noteError = (i: number) => items()[i].querySelector('mat-error')?.textContent?.trim() ?? '';

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

  async function type(element: HTMLTextAreaElement, value: string): Promise<void> {
    element.value = value;
    element.dispatchEvent(new Event('input'));
    await stable();
  }

  async function toggle(item: number, label: string): Promise<void> {
    const button = Array.from(items()[item].querySelectorAll<HTMLButtonElement>('mat-button-toggle button')).find((b) =>
      b.textContent?.trim().endsWith(label),
    )!;
    await click(button);
  }

  beforeEach(async () => {
    ({ backend, harness } = await startEvaluationTest(provideTranslocoTesting(), DICTIONARIES));
    await harness.navigateByUrl(`/manage/calls/${CALL_ID}/evaluation`);
    backend.expectOne(`/api/calls/${CALL_ID}`).flush(evaluationCall());
    await stable();
  });

  afterEach(() => backend.verify());

  it('lists those awaiting the check, and decides item by item with notes checked as you type', async () => {
    const list = backend.expectOne((r) => r.url === '/api/applications');
    expect(list.request.params.get('status')).toBe('submitted');
    expect(list.request.params.get('callId')).toBe(CALL_ID);
    list.flush(
      page([summary(APP_1, 'SK-2026-TIR-0001', 'Shoqata Shpresa'), summary(APP_2, 'SK-2026-TIR-0002', 'Qendra Jeta')]),
    );
    await stable();
    expect(text()).toContain('Shoqata Shpresa');
    expect(text()).toContain('Në pritje të verifikimit');

    await click(root().querySelector<HTMLElement>('button[aria-label="Verifiko pranueshmërinë e SK-2026-TIR-0001"]')!);
    expect(url()).toContain(`application=${APP_1}`);
    backend.expectOne(`/api/applications/${APP_1}/eligibility`).flush(check());
    await stable();
    expect(text()).toContain('Verifikimi i pranueshmërisë së SK-2026-TIR-0001');
    expect(root().querySelector(`a[href="/applications/${APP_1}"]`)?.textContent).toContain('Lexo aplikimin');

    await toggle(1, 'Nuk plotësohet');
    expect(items()[1].textContent).toContain('Pse nuk plotësohet (e detyrueshme)');
    expect(noteError(1)).toBe('Shpjegoni pse kriteri nuk plotësohet: aplikanti e lexon këtë shënim.');
    await type(note(1), 'Jo aktive');
    expect(noteError(1)).toBe('Shkruani të paktën 10 karaktere.');
    await type(note(1), 'Nuk ka aktivitet në rajon që nga viti 2024.');
    expect(noteError(1)).toBe('');

    // Saving with an item undecided is refused before the request, the item says why.
    await click(buttons('Ruaj vendimin')[0]);
    backend.expectNone(`/api/applications/${APP_1}/eligibility`);
    expect(text()).toContain('Vendimi nuk u ruajt: vendosni për çdo kriter');
    expect(items()[0].textContent).toContain('Vendosni nëse ky kriter plotësohet.');

    await toggle(0, 'Plotësohet');
    expect(text()).toContain('Një kriter nuk plotësohet: aplikimi do të jetë i papranueshëm.');
    await click(buttons('Ruaj vendimin')[0]);
    const refused = backend.expectOne({ method: 'PUT', url: `/api/applications/${APP_1}/eligibility` });
    expect(refused.request.body).toEqual({
      items: [
        { key: 'registered', passed: true, note: null },
        { key: 'active', passed: false, note: 'Nuk ka aktivitet në rajon që nga viti 2024.' },
      ],
    });
    refused.flush(
      {
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        code: 'eligibility_decision_invalid',
        detail: 'Vendimi nuk mund të ruhet.',
        errors: [{ field: 'items.1.note', message: 'Shpjegoni pse nuk plotësohet kriteri «Aktive në rajon».' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await stable();
    expect(noteError(1)).toBe('Shpjegoni pse nuk plotësohet kriteri «Aktive në rajon».');
    expect(text()).toContain('Vendimi nuk mund të ruhet.');

    await type(note(1), 'Nuk ka asnjë aktivitet të dokumentuar në rajon.');
    await click(buttons('Ruaj vendimin')[0]);
    const saved = backend.expectOne({ method: 'PUT', url: `/api/applications/${APP_1}/eligibility` });
    saved.flush(
      check({
        applicationStatus: 'ineligible',
        outcome: 'ineligible',
        decidedAt: '2027-02-01T09:00:00.000Z',
        items: [
          {
            key: 'registered',
            text: { sq: 'E regjistruar në Shqipëri', en: 'Registered in Albania' },
            passed: true,
            note: null,
          },
          {
            key: 'active',
            text: { sq: 'Aktive në rajon', en: 'Active in the region' },
            passed: false,
            note: 'Nuk ka asnjë aktivitet të dokumentuar në rajon.',
          },
        ],
      }),
    );
    await stable();
    expect(text()).toContain('U ruajt: aplikimi është i papranueshëm.');
    // The list follows: the application is no longer awaiting the check.
    backend
      .expectOne((r) => r.url === '/api/applications')
      .flush(page([summary(APP_2, 'SK-2026-TIR-0002', 'Qendra Jeta')]));
    await stable();
  });

  it('shows a decision once evaluation has started, without letting it change', async () => {
    backend.expectOne((r) => r.url === '/api/applications').flush(page([]));
    await harness.navigateByUrl(`/manage/calls/${CALL_ID}/evaluation?status=all&application=${APP_1}`);
    backend.expectOne((r) => r.url === '/api/applications' && r.params.get('status') === null).flush(page([]));
    backend.expectOne(`/api/applications/${APP_1}/eligibility`).flush(
      check({
        applicationStatus: 'in_evaluation',
        outcome: 'eligible',
        decidedAt: '2027-02-01T09:00:00.000Z',
        items: check().items.map((item) => ({ ...item, passed: true })),
      }),
    );
    await stable();
    expect(text()).toContain('Vlerësimi i këtij aplikimi ka filluar');
    expect(buttons('Ruaj vendimin')).toHaveLength(0);
    expect(note(0).disabled).toBe(true);
  });
});
