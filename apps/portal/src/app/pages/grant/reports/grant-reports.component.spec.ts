import type { HttpTestingController } from '@angular/common/http/testing';
import type { RouterTestingHarness } from '@angular/router/testing';
import type { GrantReportDto, Role } from '@skema/contracts';
import en from '../../../../../public/i18n/en.json';
import sq from '../../../../../public/i18n/sq.json';
import scopeEn from '../../../../../public/i18n/grant/en.json';
import scopeSq from '../../../../../public/i18n/grant/sq.json';
import { settle } from '../../../../testing/auth-testing';
import { provideTranslocoTesting } from '../../../../testing/i18n-testing';
import { GRANT_ID, REPORT_1, REPORT_FINAL, grantDto, report, startGrantTest } from '../testing/grant-testing';

const DICTIONARIES = { sq, en, 'grant/sq': scopeSq, 'grant/en': scopeEn };
const REPORTS_URL = `/api/grants/${GRANT_ID}/reports`;
const problem = (status: number, code: string, detail: string, errors?: { field: string; message: string }[]) => ({
  type: 'about:blank',
  title: 't',
  status,
  code,
  detail,
  ...(errors ? { errors } : {}),
});

const finalReport = (overrides: Partial<GrantReportDto> = {}) =>
  report({
    id: REPORT_FINAL,
    kind: 'final',
    sequence: 2,
    periodStart: '2028-04-01',
    periodEnd: '2028-09-30',
    dueOn: '2099-11-29',
    narrative: {},
    expenditure: [],
    spentCents: 0,
    version: 1,
    ...overrides,
  });

describe('the grant’s reports', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  const root = () => harness.routeNativeElement as HTMLElement;
  const clean = (value: string | null | undefined) =>
    (value ?? '')
      .replace(/[\u00a0\u202f]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  const panel = (id: string) => root().querySelector<HTMLElement>(`mat-expansion-panel[data-report="${id}"]`)!;
  const line = (key: string, within: ParentNode = root()) =>
    within.querySelector<HTMLInputElement>(`input[data-line="${key}"]`)!;
  const lineError = (key: string) =>
    clean(line(key).closest('mat-form-field')?.querySelector('mat-error')?.textContent);
  const lineHint = (key: string) => clean(line(key).closest('mat-form-field')?.querySelector('mat-hint')?.textContent);
  const button = (label: string, within: ParentNode = root()) =>
    Array.from(within.querySelectorAll<HTMLButtonElement>('button')).find((b) => clean(b.textContent).endsWith(label))!;
  /** Visible words without Material icons' ligatures. */
  const words = (element: Element | null | undefined) => {
    const copy = element?.cloneNode(true) as Element | undefined;
    copy?.querySelectorAll('mat-icon').forEach((icon) => icon.remove());
    return clean(copy?.textContent);
  };
  const saveStatus = () => clean(root().querySelector('[data-testid="save-status"]')?.textContent);

  async function stable(): Promise<void> {
    await settle();
    await harness.fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
  }

  async function type(input: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await stable();
  }

  async function click(element: HTMLElement): Promise<void> {
    element.click();
    await stable();
  }

  async function open(roles: Role[], reports: GrantReportDto[]): Promise<void> {
    ({ backend, harness } = await startGrantTest(provideTranslocoTesting(), DICTIONARIES, roles));
    await harness.navigateByUrl(`/my-grants/${GRANT_ID}?tab=reports`);
    await stable();
    backend.expectOne(`/api/grants/${GRANT_ID}`).flush(grantDto());
    await stable();
    backend.expectOne(REPORTS_URL).flush(reports);
    await stable();
  }

  afterEach(() => backend.verify());

  describe('for the grantee', () => {
    it('lists each report with its period, due date and status, an overdue one marked', async () => {
      await open(['applicant'], [report({ dueOn: '2020-05-30' }), finalReport()]);
      const interim = panel(REPORT_1);
      expect(interim.dataset['overdue']).toBe('true');
      expect(clean(interim.querySelector('mat-panel-title')?.textContent)).toBe('Raport i ndërmjetëm 1');
      const summary = interim.querySelector('mat-panel-description')!;
      expect(Array.from(summary.querySelectorAll('span')).map((span) => clean(span.textContent))).toEqual([
        'Periudha 1.4.2027 – 31.3.2028',
        'Afati 30.5.2020',
      ]);
      expect(Array.from(summary.querySelectorAll('sk-state-chip')).map(words)).toEqual(['Draft', 'Me vonesë']);
      expect(panel(REPORT_FINAL).dataset['overdue']).toBeUndefined();
      expect(clean(panel(REPORT_FINAL).querySelector('mat-panel-title')?.textContent)).toBe('Raport përfundimtar');
      // The first report the grantee must write is open, as a form.
      expect(interim.querySelector('mat-expansion-panel-header')?.getAttribute('aria-expanded')).toBe('true');
      expect(interim.querySelector<HTMLTextAreaElement>('textarea[data-narrative="activities"]')?.value).toBe(
        'Trajnime në Kukës.',
      );
    });

    it('checks the expenditure as it is typed, totals it, and saves it in cents with the version', async () => {
      await open(['applicant'], [report()]);
      expect(line('0').value).toBe('12000,00');
      expect(clean(root().querySelector('[data-testid="total"]')?.textContent)).toBe('12 000,00 €');

      await type(line('1'), '-5');
      expect(lineError('1')).toBe(
        'Shkruani një shumë në euro, zero ose më shumë, me deri në 2 shifra dhjetore, p.sh. 1250 ose 1250,50.',
      );
      await type(line('1'), '12 000');
      expect(lineError('1')).toBe('');
      expect(lineHint('1')).toBe('Më shumë se sa mbetet në këtë zë (10 000,00 €).');
      await type(line('1'), '1 250,50');
      expect(lineHint('1')).toBe('');
      expect(clean(root().querySelector('[data-testid="total"]')?.textContent)).toBe('13 250,50 €');
      expect(saveStatus()).toBe('Ka ndryshime të paruajtura.');

      await type(
        root().querySelector<HTMLTextAreaElement>('textarea[data-narrative="results"]')!,
        '40 gra të punësuara.',
      );
      await click(button('Ruaj draftin'));
      const request = backend.expectOne({ method: 'PUT', url: `${REPORTS_URL}/${REPORT_1}` });
      expect(request.request.body).toEqual({
        narrative: { activities: 'Trajnime në Kukës.', results: '40 gra të punësuara.', difficulties: '' },
        expenditure: [
          { lineKey: '0', spentCents: 1_200_000 },
          { lineKey: '1', spentCents: 125_050 },
        ],
        version: 2,
      });
      expect(saveStatus()).toBe('Po ruhet raporti…');
      request.flush(report({ version: 3, spentCents: 1_325_050 }));
      await stable();
      expect(saveStatus()).toMatch(/^Raporti u ruajt në \d\d:\d\d\.$/);
      expect(root().querySelector('[data-testid="save-status"]')?.getAttribute('aria-live')).toBe('polite');

      // The next save sends the version the server answered with.
      await type(line('1'), '1300');
      await click(button('Ruaj draftin'));
      expect(backend.expectOne({ method: 'PUT' }).request.body.version).toBe(3);
    });

    it('refuses to save a form with a wrong amount, and offers a reload when a colleague saved first', async () => {
      await open(['applicant'], [report()]);
      await type(line('1'), 'abc');
      await click(button('Ruaj draftin'));
      backend.expectNone({ method: 'PUT' });

      await type(line('1'), '5');
      await click(button('Ruaj draftin'));
      backend
        .expectOne({ method: 'PUT' })
        .flush(problem(409, 'report_stale_version', 'Një koleg e ndryshoi këtë raport ndërkohë.'), {
          status: 409,
          statusText: 'Conflict',
        });
      await stable();
      const alert = root().querySelector('sk-notice[role="alert"]')!;
      expect(clean(alert.textContent)).toContain('Një koleg e ndryshoi këtë raport ndërkohë.');
      await click(button('Ngarko raportin përsëri', alert));
      backend.expectOne(REPORTS_URL).flush([report({ version: 4, expenditure: [] })]);
      await stable();
      // The editor starts again from what the server has.
      expect(line('0').value).toBe('');
      expect(root().querySelector('sk-notice[role="alert"]')).toBeNull();
    });

    it('puts the API’s refusal of a line under that line', async () => {
      await open(['applicant'], [report()]);
      await type(line('1'), '10');
      await click(button('Ruaj draftin'));
      backend
        .expectOne({ method: 'PUT' })
        .flush(
          problem(422, 'report_expenditure_invalid', 'Shpenzimet nuk mund të ruhen.', [
            { field: 'expenditure.1.lineKey', message: 'Ky zë buxhetor nuk është në buxhetin e miratuar të grantit.' },
          ]),
          { status: 422, statusText: 'Unprocessable Entity' },
        );
      await stable();
      expect(lineError('1')).toBe('Ky zë buxhetor nuk është në buxhetin e miratuar të grantit.');
    });

    it('saves unsaved changes, then submits after a confirmation', async () => {
      await open(['applicant'], [report()]);
      await type(line('1'), '300');
      await click(button('Dorëzo raportin'));
      const dialog = document.querySelector('mat-dialog-container')!;
      expect(clean(dialog.textContent)).toContain('Pas dorëzimit raporti nuk mund të ndryshohet');
      await click(button('Dorëzo', dialog));

      const save = backend.expectOne({ method: 'PUT' });
      expect(save.request.body.expenditure).toEqual([
        { lineKey: '0', spentCents: 1_200_000 },
        { lineKey: '1', spentCents: 30_000 },
      ]);
      save.flush(report({ version: 3, expenditure: save.request.body.expenditure, spentCents: 1_230_000 }));
      await stable();
      backend
        .expectOne({ method: 'POST', url: `${REPORTS_URL}/${REPORT_1}/submit` })
        .flush(
          report({ status: 'submitted', version: 4, submittedAt: '2028-04-10T08:00:00.000Z', spentCents: 1_230_000 }),
        );
      await stable();

      const interim = panel(REPORT_1);
      expect(clean(interim.querySelector('sk-notice[role="status"]')?.textContent)).toContain(
        'Raporti u dorëzua. Menaxheri i programit do ta shqyrtojë.',
      );
      expect(interim.querySelector('sk-report-editor')).toBeNull();
      const view = interim.querySelector('sk-report-view')!;
      expect(Array.from(view.querySelectorAll('tr')).map((row) => Array.from(row.children).map(words))).toEqual([
        ['Zëri buxhetor', 'Shpenzuar në periudhë'],
        ['Burime njerëzore: Koordinatore', '12 000,00 €'],
        ['Gjithsej në këtë raport', '12 300,00 €'],
      ]);
      expect(clean(interim.textContent)).toContain('Dorëzuar më 10 pri 2028, 10:00');
    });

    it('shows a returned report’s comments and lets the grantee correct it', async () => {
      const returned = report({
        status: 'returned',
        returnedAt: '2028-04-20T08:00:00.000Z',
        comments: 'Shtoni listën e pjesëmarrësve.',
      });
      await open(['applicant'], [returned]);
      const comments = panel(REPORT_1).querySelector('[data-testid="returned-comments"]')!;
      expect(clean(comments.textContent)).toContain('Shtoni listën e pjesëmarrësve.');
      expect(panel(REPORT_1).querySelector('sk-report-editor')).not.toBeNull();
    });
  });

  describe('for the programme manager', () => {
    const submitted = () => report({ status: 'submitted', submittedAt: '2028-04-10T08:00:00.000Z', version: 4 });

    it('reads the report and needs comments to return it', async () => {
      await open(['programme_manager'], [submitted()]);
      const interim = panel(REPORT_1);
      expect(interim.querySelector('sk-report-editor')).toBeNull();
      const narrative = Array.from(interim.querySelectorAll('sk-report-view dl > div')).map((pair) => [
        clean(pair.querySelector('dt')?.textContent),
        clean(pair.querySelector('dd')?.textContent),
      ]);
      expect(narrative).toEqual([
        ['Aktivitetet e zbatuara', 'Trajnime në Kukës.'],
        ['Rezultatet e arritura', 'Pa tekst.'],
        ['Vështirësitë dhe si u trajtuan', 'Pa tekst.'],
      ]);

      await click(button('Ktheje për korrigjim', interim));
      backend.expectNone({ method: 'POST' });
      const field = interim.querySelector('[data-testid="review-comments"]')!.closest('mat-form-field')!;
      expect(clean(field.querySelector('mat-error')?.textContent)).toBe(
        'Shkruani komentet: përfituesi i grantit duhet të dijë pse raporti i kthehet.',
      );

      await type(interim.querySelector<HTMLTextAreaElement>('[data-testid="review-comments"]')!, ' Mungojnë faturat. ');
      await click(button('Ktheje për korrigjim', interim));
      const request = backend.expectOne({ method: 'POST', url: `${REPORTS_URL}/${REPORT_1}/return` });
      expect(request.request.body).toEqual({ comments: 'Mungojnë faturat.' });
      request.flush(
        report({ status: 'returned', returnedAt: '2028-04-20T08:00:00.000Z', comments: 'Mungojnë faturat.' }),
      );
      await stable();
      // The grant is read again: a review can change its budget and schedule.
      backend.expectOne(`/api/grants/${GRANT_ID}`).flush(grantDto());
      await stable();
      expect(clean(panel(REPORT_1).querySelector('sk-notice[role="status"]')?.textContent)).toContain(
        'Raporti iu kthye përfituesit të grantit.',
      );
      expect(clean(panel(REPORT_1).querySelector('[data-testid="returned-comments"]')?.textContent)).toContain(
        'Mungojnë faturat.',
      );
      expect(panel(REPORT_1).querySelector('sk-report-review')).toBeNull();
    });

    it('approves a report without comments, and shows the API’s refusal', async () => {
      await open(['programme_manager'], [submitted()]);
      await click(button('Mirato raportin'));
      const request = backend.expectOne({ method: 'POST', url: `${REPORTS_URL}/${REPORT_1}/approve` });
      expect(request.request.body).toEqual({});
      request.flush(problem(409, 'illegal_transition', 'Raporti është shqyrtuar tashmë.'), {
        status: 409,
        statusText: 'Conflict',
      });
      await stable();
      expect(words(root().querySelector('sk-report-review sk-notice[role="alert"]'))).toBe(
        'Raporti është shqyrtuar tashmë.',
      );

      await click(button('Mirato raportin'));
      backend
        .expectOne({ method: 'POST', url: `${REPORTS_URL}/${REPORT_1}/approve` })
        .flush(report({ status: 'approved', approvedAt: '2028-04-21T08:00:00.000Z', version: 5 }));
      await stable();
      backend.expectOne(`/api/grants/${GRANT_ID}`).flush(grantDto());
      await stable();
      expect(panel(REPORT_1).dataset['status']).toBe('approved');
      expect(clean(panel(REPORT_1).textContent)).toContain('Raporti u miratua.');
    });
  });

  it('shows a finance officer the reports to read, with nothing to edit or review', async () => {
    await open(['finance_officer'], [report({ status: 'submitted' })]);
    expect(root().querySelector('sk-report-editor')).toBeNull();
    expect(root().querySelector('sk-report-review')).toBeNull();
    expect(root().querySelector('sk-report-view')).not.toBeNull();
  });
});
