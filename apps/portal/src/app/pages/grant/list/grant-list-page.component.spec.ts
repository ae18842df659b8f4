import { type HttpTestingController, type TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import type { RouterTestingHarness } from '@angular/router/testing';
import type { GrantSummaryDto, Page, Role } from '@skema/contracts';
import en from '../../../../../public/i18n/en.json';
import sq from '../../../../../public/i18n/sq.json';
import scopeEn from '../../../../../public/i18n/grant/en.json';
import scopeSq from '../../../../../public/i18n/grant/sq.json';
import { settle } from '../../../../testing/auth-testing';
import { provideTranslocoTesting } from '../../../../testing/i18n-testing';
import { GRANT_ID, grantSummary, startGrantTest } from '../testing/grant-testing';

const DICTIONARIES = { sq, en, 'grant/sq': scopeSq, 'grant/en': scopeEn };

const page = (items: GrantSummaryDto[], total = items.length): Page<GrantSummaryDto> => ({
  items,
  total,
  page: 1,
  pageSize: 20,
});

describe('the grant list', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  const root = () => harness.routeNativeElement as HTMLElement;
  const clean = (value: string | null | undefined) =>
    (value ?? '')
      .replace(/[\u00a0\u202f]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  const url = () => TestBed.inject(Router).url;
  const listRequest = () => backend.expectOne((request) => request.url === '/api/grants');
  const params = (request: TestRequest) =>
    Object.fromEntries(request.request.params.keys().map((key) => [key, request.request.params.get(key)]));
  const cells = (row: Element) => Array.from(row.querySelectorAll('td')).map((cell) => clean(cell.textContent));

  async function stable(): Promise<void> {
    await settle();
    await harness.fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
  }

  async function start(roles: Role[]): Promise<void> {
    ({ backend, harness } = await startGrantTest(provideTranslocoTesting(), DICTIONARIES, roles));
  }

  async function open(path: string): Promise<TestRequest> {
    await harness.navigateByUrl(path);
    await stable();
    return listRequest();
  }

  afterEach(() => backend.verify());

  it('shows a CSO its own grants with status, award and how much is paid', async () => {
    await start(['applicant']);
    const request = await open('/my-grants');
    expect(params(request)).toEqual({ page: '1', pageSize: '20', sort: '-createdAt' });
    request.flush(page([grantSummary()]));
    await stable();

    expect(clean(root().querySelector('h1')?.textContent)).toBe('Grantet tona');
    const [row] = Array.from(root().querySelectorAll('tr.mat-mdc-row'));
    expect(cells(row)).toEqual([
      'SK-GC-2027-KUK-001',
      'Shoqata Shpresa SK-2026-KUK-0007',
      'Kukës',
      'Në zbatim',
      '45 000,00 €',
      '18 000,00 € 40% e grantit',
      '1.4.2027 – 30.9.2028',
    ]);
    expect(row.querySelector('a')?.getAttribute('href')).toBe(`/my-grants/${GRANT_ID}`);
    const bar = row.querySelector('sk-money-bar')!;
    expect(bar.getAttribute('aria-hidden')).toBe('true');
    expect((bar.querySelector('.fill:not(.fill--behind)') as HTMLElement).style.width).toBe('40%');
  });

  it('keeps filters, order and page in the address and asks the API for exactly them', async () => {
    await start(['finance_officer']);
    (await open('/my-grants?status=in_implementation&region=KUK&sort=-awardCents&page=2')).flush(
      page([grantSummary()], 41),
    );
    await stable();
    expect(clean(root().querySelector('h1')?.textContent)).toBe('Grantet');

    // The same address asked the API: a reload or a shared link shows the same page.
    await harness.navigateByUrl('/my-grants?status=suspended&q=Shpresa&sort=contractNumber');
    await stable();
    const request = listRequest();
    expect(params(request)).toEqual({
      page: '1',
      pageSize: '20',
      sort: 'contractNumber',
      status: 'suspended',
      q: 'Shpresa',
    });
    request.flush(page([grantSummary({ status: 'suspended' })]));
    await stable();

    // Sorting by the award: the newest order goes to the address, back to the first page.
    const awardHeader = Array.from(root().querySelectorAll<HTMLElement>('th[mat-sort-header]')).find((th) =>
      clean(th.textContent).startsWith('Granti'),
    )!;
    awardHeader.querySelector<HTMLElement>('.mat-sort-header-container')!.click();
    await stable();
    expect(url()).toBe('/my-grants?status=suspended&q=Shpresa&sort=-awardCents');
    expect(params(listRequest())).toMatchObject({ sort: '-awardCents', status: 'suspended' });
  });

  it('searches after a pause and clears the filters in one go', async () => {
    await start(['programme_manager']);
    (await open('/my-grants?region=TIR')).flush(page([], 0));
    await stable();
    expect(clean(root().textContent)).toContain('Asnjë grant nuk përputhet me filtrat');

    const search = root().querySelector<HTMLInputElement>('input[type="search"]')!;
    search.value = 'KUK-001';
    search.dispatchEvent(new Event('input'));
    await new Promise((resolve) => setTimeout(resolve, 350));
    await stable();
    expect(url()).toBe('/my-grants?region=TIR&q=KUK-001');
    const request = listRequest();
    expect(params(request)).toMatchObject({ region: 'TIR', q: 'KUK-001' });
    request.flush(page([], 0));
    await stable();

    const clear = Array.from(root().querySelectorAll<HTMLButtonElement>('button')).find((b) =>
      clean(b.textContent).endsWith('Hiq filtrat'),
    )!;
    clear.click();
    await stable();
    expect(url()).toBe('/my-grants');
    expect(params(listRequest())).toEqual({ page: '1', pageSize: '20', sort: '-createdAt' });
  });
});
