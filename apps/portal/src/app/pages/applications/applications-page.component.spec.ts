import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { TRANSLOCO_LOADER, Translation } from '@jsverse/transloco';
import { ApplicationSummaryDto, CallDto, Page, PublicCallListDto, Role } from '@skema/contracts';
import { of } from 'rxjs';
import en from '../../../../public/i18n/en.json';
import sq from '../../../../public/i18n/sq.json';
import scopeEn from '../../../../public/i18n/applications/en.json';
import scopeSq from '../../../../public/i18n/applications/sq.json';
import { AuthService } from '../../core/auth/auth.service';
import { provideAuthTesting, session, settle } from '../../../testing/auth-testing';
import { provideTranslocoTesting } from '../../../testing/i18n-testing';
import applicationsRoutes from './applications.routes';
import { FileSaver } from './file-saver';

@Component({ template: 'elsewhere', changeDetection: ChangeDetectionStrategy.OnPush })
class ElsewhereComponent {}

/** The real dictionaries, this page's scope included, as the app's loader would fetch them. */
const DICTIONARIES: Record<string, Translation> = { sq, en, 'applications/sq': scopeSq, 'applications/en': scopeEn };

const CALL_ID = '6f1c2b7e-3d4a-4c1e-9b2a-1a2b3c4d5e6f';

function summary(overrides: Partial<ApplicationSummaryDto> = {}): ApplicationSummaryDto {
  return {
    id: 'a-1',
    reference: 'SK-2026-KUK-0007',
    status: 'submitted',
    call: { id: CALL_ID, reference: 'TP-2026-01' },
    regionCode: 'KUK',
    organisation: { id: 'o-1', legalName: 'Shoqata Shpresa' },
    submittedAt: '2026-03-06T10:15:00.000Z',
    updatedAt: '2026-03-06T10:15:00.000Z',
    ...overrides,
  };
}

const page = (items: ApplicationSummaryDto[], total = items.length, pageSize = 20): Page<ApplicationSummaryDto> => ({
  items,
  total,
  page: 1,
  pageSize,
});

const problem = (status: number, code: string, detail: string) => ({ type: 'about:blank', title: 't', status, code, detail });

describe('ApplicationsPageComponent', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;
  let saved: jest.Mock;

  const root = () => harness.routeNativeElement as HTMLElement;
  const text = () => root().textContent ?? '';
  const headers = () => Array.from(root().querySelectorAll('th')).map((cell) => cell.textContent?.trim());
  const button = (label: string) =>
    Array.from(root().querySelectorAll<HTMLButtonElement>('button')).find((candidate) => candidate.textContent?.includes(label));
  const url = () => TestBed.inject(Router).url;
  const listRequest = () => backend.expectOne((request) => request.url === '/api/applications');
  const params = (request: TestRequest) =>
    Object.fromEntries(request.request.params.keys().map((key) => [key, request.request.params.get(key)]));

  async function stable(): Promise<void> {
    await settle();
    await harness.fixture.whenStable();
  }

  async function signInAs(roles: Role[]): Promise<void> {
    const signedIn = TestBed.inject(AuthService).signIn({ email: 'x@skema.test', password: 'x' });
    backend
      .expectOne('/api/auth/sign-in')
      .flush(session('t', { roles, twoFactorEnabled: roles.includes('programme_manager'), twoFactorRequired: false }));
    await signedIn;
  }

  async function open(path: string): Promise<void> {
    await harness.navigateByUrl(path);
    await stable();
  }

  beforeEach(async () => {
    window.localStorage.clear();
    saved = jest.fn();
    TestBed.configureTestingModule({
      providers: [
        provideAuthTesting(false).providers,
        provideTranslocoTesting(),
        { provide: TRANSLOCO_LOADER, useValue: { getTranslation: (path: string) => of(DICTIONARIES[path]) } },
        provideNoopAnimations(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'applications', children: applicationsRoutes },
          { path: '**', component: ElsewhereComponent },
        ]),
        { provide: FileSaver, useValue: { save: saved } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => backend.match(() => true).forEach((request) => request.flush({ items: [], total: 0, page: 1, pageSize: 20 })));

  describe('for a CSO', () => {
    beforeEach(() => signInAs(['applicant']));

    function answerDeadlines(deadlines: Record<string, string>): void {
      const items = Object.entries(deadlines).map(([id, deadline]) => ({ id, deadline }));
      backend.expectOne('/api/public/calls').flush({ serverTime: '2026-03-01T00:00:00Z', items } as unknown as PublicCallListDto);
    }

    it('lists its own applications with status, lot and the deadline still ahead, each linking to its page', async () => {
      await open('/applications');
      const request = listRequest();
      expect(params(request)).toEqual({ page: '1', pageSize: '20', sort: '-updatedAt' });
      backend.expectNone((candidate) => candidate.url === '/api/calls');
      request.flush(
        page([
          summary({ id: 'd-1', reference: null, status: 'draft', submittedAt: null, updatedAt: '2026-03-05T09:00:00.000Z' }),
          summary({ id: 'a-2', status: 'withdrawn', call: { id: 'old', reference: 'TP-2025-02' }, regionCode: 'SAR' }),
        ]),
      );
      answerDeadlines({ [CALL_ID]: '2026-03-31T15:00:00.000Z' });
      await stable();

      expect(root().querySelector('h1')?.textContent).toContain('Aplikimet tuaja');
      expect(headers()).toEqual(['Numri', 'Thirrja', 'Loti (rajoni)', 'Gjendja', 'Ndryshimi i fundit', 'Dorëzuar më', 'Afati i fundit']);
      const rows = Array.from(root().querySelectorAll('tr.mat-mdc-row'));
      expect(rows[0].textContent).toContain('Hap draftin');
      expect(rows[0].querySelector('sk-application-status')?.textContent?.trim()).toBe('Draft');
      expect(rows[0].textContent).toContain('31 mar 2026, 17:00');
      expect(rows[0].querySelector('a')?.getAttribute('href')).toBe('/applications/d-1');
      expect(rows[0].querySelector('a')?.getAttribute('aria-label')).toBe('Hap draftin për thirrjen TP-2026-01 (loti Kukës)');
      expect(rows[1].querySelector('a')?.textContent?.trim()).toBe('SK-2026-KUK-0007');
      expect(rows[1].textContent).toContain('Tërhequr');
      expect(rows[1].textContent).toContain('Sarandë');
      expect(rows[1].textContent).toContain('Asnjë afat përpara');
      expect(button('Eksporto')).toBeUndefined();
      expect(root().querySelector('sk-application-filters')).toBeNull();
    });

    it('ignores staff filters in the address but keeps its order and page', async () => {
      await open(`/applications?status=submitted&callId=${CALL_ID}&q=x&sort=reference&page=3&pageSize=10`);

      expect(params(listRequest())).toEqual({ page: '3', pageSize: '10', sort: 'reference' });
    });

    it('points to the open calls when there is nothing yet', async () => {
      await open('/applications');
      listRequest().flush(page([]));
      answerDeadlines({});
      await stable();

      const empty = root().querySelector('sk-empty-state');
      expect(empty?.textContent).toContain('Nuk keni ende asnjë aplikim');
      expect(empty?.querySelector('a')?.textContent?.trim()).toBe('Gjeni një thirrje të hapur');
      expect(empty?.querySelector('a')?.getAttribute('href')).toBe('/calls');
      expect(root().querySelector('table')).toBeNull();
    });

    it('explains a failure and tries again', async () => {
      await open('/applications');
      listRequest().flush(problem(500, 'internal', 'Ndodhi një gabim.'), { status: 500, statusText: 'x' });
      answerDeadlines({});
      await stable();

      const alert = root().querySelector('sk-error-state');
      expect(alert?.textContent).toContain('Aplikimet nuk mund të ngarkoheshin');
      alert?.querySelector('button')?.click();
      await stable();
      listRequest().flush(page([summary()]));
      await stable();

      expect(root().querySelector('sk-error-state')).toBeNull();
      expect(root().querySelectorAll('tr.mat-mdc-row')).toHaveLength(1);
    });
  });

  describe('for a programme manager', () => {
    const calls = [
      { id: CALL_ID, reference: 'TP-2026-01', status: 'published', title: { sq: 'Punësimi 2026', en: 'Employment 2026' } },
      { id: 'draft-call', reference: 'TP-2026-02', status: 'draft', title: { sq: 'Draft', en: 'Draft' } },
    ] as CallDto[];

    beforeEach(() => signInAs(['programme_manager']));

    function answerCalls(): void {
      const request = backend.expectOne((candidate) => candidate.url === '/api/calls');
      expect(params(request)).toEqual({ page: '1', pageSize: '100', sort: '-createdAt' });
      request.flush({ items: calls, total: 2, page: 1, pageSize: 100 });
    }

    it('asks the API for exactly what the address says', async () => {
      await open(`/applications?callId=${CALL_ID}&region=KUK&status=eligible&q=Shpresa&sort=-submittedAt&page=2&pageSize=50`);

      expect(params(listRequest())).toEqual({
        callId: CALL_ID,
        region: 'KUK',
        status: 'eligible',
        q: 'Shpresa',
        page: '2',
        pageSize: '50',
        sort: '-submittedAt',
      });
      answerCalls();
      await stable();
      expect(root().querySelector<HTMLInputElement>('input[type="search"]')?.value).toBe('Shpresa');
      expect(root().querySelector('sk-application-filters')?.textContent).toContain('TP-2026-01 · Punësimi 2026');
    });

    it('drops what the API would refuse from a hand-edited address', async () => {
      await open('/applications?callId=not-a-uuid&region=XXX&status=draft&sort=-name&page=0&pageSize=1000');

      expect(params(listRequest())).toEqual({ status: 'draft', page: '1', pageSize: '20', sort: '-updatedAt' });
    });

    it('shows the submitted applications of every CSO with sortable columns', async () => {
      await open('/applications');
      listRequest().flush(page([summary(), summary({ id: 'a-2', reference: 'SK-2026-TIR-0001', regionCode: 'TIR', status: 'selected' })]));
      answerCalls();
      await stable();

      expect(root().querySelector('h1')?.textContent).toContain('Aplikimet');
      expect(headers()).toEqual(['Numri', 'Organizata', 'Thirrja', 'Loti (rajoni)', 'Gjendja', 'Dorëzuar më', 'Ndryshimi i fundit']);
      expect(root().querySelector('table caption')?.textContent).toContain('Aplikimet e dorëzuara');
      expect(root().querySelector('[role="region"]')?.getAttribute('aria-label')).toBe('Aplikimet e dorëzuara');
      const sorted = Array.from(root().querySelectorAll('th[aria-sort]')).map((cell) => [cell.textContent?.trim(), cell.getAttribute('aria-sort')]);
      expect(sorted).toContainEqual(['Ndryshimi i fundit', 'descending']);
      expect(root().querySelector('tr.mat-mdc-row')?.textContent).toContain('Shoqata Shpresa');
      expect(root().querySelectorAll('tr.mat-mdc-row a')[1].getAttribute('href')).toBe('/applications/a-2');
      expect(root().querySelectorAll('tr.mat-mdc-row')[1].textContent).toContain('Përzgjedhur');
    });

    it('keeps sort and page in the address, so a reload or back shows the same list', async () => {
      await open('/applications?status=submitted');
      listRequest().flush(page([summary()], 45));
      answerCalls();
      await stable();

      root().querySelector<HTMLElement>('.mat-column-reference .mat-sort-header-container')?.click();
      await stable();
      expect(url()).toBe('/applications?status=submitted&sort=reference');
      expect(params(listRequest())).toMatchObject({ status: 'submitted', sort: 'reference', page: '1' });

      root().querySelector<HTMLButtonElement>('.mat-mdc-paginator-navigation-next')?.click();
      await stable();
      expect(url()).toBe('/applications?status=submitted&sort=reference&page=2');
      expect(params(listRequest())).toMatchObject({ status: 'submitted', sort: 'reference', page: '2' });
    });

    it('filters by a chosen status, and shows the filters of whatever address comes next', async () => {
      await open('/applications?region=TIR&page=2');
      listRequest().flush(page([summary()], 30));
      answerCalls();
      await stable();

      const selects = () => Array.from(root().querySelectorAll<HTMLElement>('mat-select'));
      selects()[2].click();
      await stable();
      const options = Array.from(document.querySelectorAll<HTMLElement>('mat-option'));
      expect(options.map((option) => option.textContent?.trim())).not.toContain('Draft');
      options.find((option) => option.textContent?.trim() === 'Përzgjedhur')?.click();
      await stable();

      expect(url()).toBe('/applications?region=TIR&status=selected');
      expect(params(listRequest())).toEqual({ region: 'TIR', status: 'selected', page: '1', pageSize: '20', sort: '-updatedAt' });

      // As the back button would: an earlier address, its filters shown again.
      await TestBed.inject(Router).navigateByUrl('/applications?region=SAR&q=Drita');
      await stable();
      expect(params(listRequest())).toEqual({ region: 'SAR', q: 'Drita', page: '1', pageSize: '20', sort: '-updatedAt' });
      expect(selects()[1].textContent).toContain('Sarandë');
      expect(selects()[2].textContent?.trim()).toBe('');
      expect(root().querySelector<HTMLInputElement>('input[type="search"]')?.value).toBe('Drita');
    });

    it('searches after a pause in typing and starts again from the first page', async () => {
      await open('/applications?page=3');
      listRequest().flush(page([summary()], 100));
      answerCalls();
      await stable();

      const search = root().querySelector<HTMLInputElement>('input[type="search"]') as HTMLInputElement;
      for (const typed of ['Sh', 'Shpr', 'Shpresa']) {
        search.value = typed;
        search.dispatchEvent(new Event('input'));
      }
      await stable();
      backend.expectNone((request) => request.url === '/api/applications');
      await new Promise((resolve) => setTimeout(resolve, 350));
      await stable();

      expect(url()).toBe('/applications?q=Shpresa');
      expect(params(listRequest())).toEqual({ q: 'Shpresa', page: '1', pageSize: '20', sort: '-updatedAt' });
    });

    it('offers to clear filters that match nothing', async () => {
      await open('/applications?region=DIB&status=rejected');
      listRequest().flush(page([]));
      answerCalls();
      await stable();

      const empty = root().querySelector('sk-empty-state');
      expect(empty?.textContent).toContain('Asnjë aplikim nuk përputhet me këto filtra');
      empty?.querySelector('button')?.click();
      await stable();

      expect(url()).toBe('/applications');
      expect(params(listRequest())).toEqual({ page: '1', pageSize: '20', sort: '-updatedAt' });
    });

    it('exports the filtered list as CSV under the name the API gives, busy until it arrives', async () => {
      await open(`/applications?callId=${CALL_ID}&status=submitted&sort=reference&page=2`);
      listRequest().flush(page([summary()], 30));
      answerCalls();
      await stable();

      button('Eksporto CSV')?.click();
      await stable();
      const exported = backend.expectOne((request) => request.url === '/api/applications/export.csv');
      expect(exported.request.responseType).toBe('blob');
      expect(params(exported)).toEqual({ callId: CALL_ID, status: 'submitted', sort: 'reference' });
      expect(button('Eksporto CSV')?.getAttribute('aria-busy')).toBe('true');
      expect(root().querySelector('mat-progress-spinner')).not.toBeNull();
      expect(text()).toContain('Po përgatitet skedari CSV…');

      const csv = new Blob(['\uFEFFNumri,Gjendja\r\n'], { type: 'text/csv' });
      exported.flush(csv, { headers: { 'Content-Disposition': 'attachment; filename="applications.csv"' } });
      await stable();

      expect(saved).toHaveBeenCalledWith(expect.any(Blob), 'applications.csv');
      expect(button('Eksporto CSV')?.getAttribute('aria-busy')).toBe('false');
      expect(root().querySelector('mat-progress-spinner')).toBeNull();
      expect(text()).toContain('U shkarkua applications.csv.');
    });

    it("shows the API's reason when the export is refused", async () => {
      await open('/applications');
      listRequest().flush(page([summary()]));
      answerCalls();
      await stable();

      button('Eksporto CSV')?.click();
      await stable();
      const refusal = new Blob([JSON.stringify(problem(403, 'forbidden', 'Nuk keni leje për këtë veprim.'))], {
        type: 'application/problem+json',
      });
      backend.expectOne('/api/applications/export.csv?sort=-updatedAt').flush(refusal, { status: 403, statusText: 'Forbidden' });
      // The refusal arrives as a Blob (a download was asked for), read back asynchronously.
      for (let tries = 0; tries < 20 && !root().querySelector('sk-notice'); tries++) {
        await new Promise((resolve) => setTimeout(resolve, 5));
        await stable();
      }

      const notice = root().querySelector('sk-notice');
      expect(notice?.getAttribute('role')).toBe('alert');
      expect(notice?.textContent).toContain('Skedari CSV nuk mund të eksportohej.');
      expect(notice?.textContent).toContain('Nuk keni leje për këtë veprim.');
      expect(saved).not.toHaveBeenCalled();
    });
  });
});
