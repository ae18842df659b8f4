import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { CallDto, Page } from '@skema/contracts';
import en from '../../../../public/i18n/en.json';
import sq from '../../../../public/i18n/sq.json';
import scopeEn from '../../../../public/i18n/call-management/en.json';
import scopeSq from '../../../../public/i18n/call-management/sq.json';
import { settle } from '../../../testing/auth-testing';
import { provideTranslocoTesting } from '../../../testing/i18n-testing';
import { callDto, startCallManagementTest } from './call-management.testing';

const page = (items: CallDto[], total = items.length, pageNumber = 1): Page<CallDto> => ({ items, total, page: pageNumber, pageSize: 20 });

describe('CallListPageComponent', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  const root = () => harness.routeNativeElement as HTMLElement;
  const url = () => TestBed.inject(Router).url;
  const listRequest = () => backend.expectOne((request) => request.url === '/api/calls');
  const params = (request: TestRequest) =>
    Object.fromEntries(request.request.params.keys().map((key) => [key, request.request.params.get(key)]));

  async function stable(): Promise<void> {
    await settle();
    await harness.fixture.whenStable();
  }

  async function open(path: string): Promise<void> {
    await harness.navigateByUrl(path);
    await stable();
  }

  async function chooseOption(selectIndex: number, label: string): Promise<void> {
    root().querySelectorAll<HTMLElement>('mat-select .mat-mdc-select-trigger')[selectIndex].click();
    await stable();
    const option = Array.from(document.querySelectorAll<HTMLElement>('mat-option')).find((o) => o.textContent?.trim() === label);
    option!.click();
    await stable();
  }

  beforeEach(async () => {
    const dictionaries = { sq, en, 'call-management/sq': scopeSq, 'call-management/en': scopeEn };
    ({ backend, harness } = await startCallManagementTest(provideTranslocoTesting(), dictionaries));
  });

  afterEach(() => backend.match(() => true).forEach((request) => request.flush(page([]))));

  it('asks for the page, filter and order the address holds, and lists calls in every state', async () => {
    await open('/manage/calls?status=published&q=Tir&sort=-deadline&page=2&pageSize=50');
    const request = listRequest();
    expect(params(request)).toEqual({ page: '2', pageSize: '50', sort: '-deadline', status: 'published', q: 'Tir' });
    request.flush(
      page(
        [
          callDto({ status: 'published', totalBudgetCents: 123_456 }),
          callDto({ id: 'c-2', reference: 'CFP-2026-002', status: 'draft', title: { sq: 'Thirrja e dytë', en: 'Second call' } }),
        ],
        52,
        2,
      ),
    );
    await stable();

    expect(root().querySelector('h1')?.textContent).toContain('Menaxhimi i thirrjeve');
    const rows = Array.from(root().querySelectorAll('tr.mat-mdc-row'));
    expect(rows).toHaveLength(2);
    expect(rows[0].textContent).toContain('CFP-2026-001');
    expect(rows[0].querySelector('a')?.textContent?.trim()).toBe('Punësim për të mbijetuarat');
    expect(rows[0].querySelector('a')?.getAttribute('href')).toBe('/manage/calls/c-1');
    expect(rows[0].querySelector('sk-call-status-chip')?.textContent).toContain('E publikuar');
    expect(rows[0].textContent?.replace(/[\u00a0\u202f]/g, ' ')).toContain('1 234,56 €');
    expect(rows[1].querySelector('sk-call-status-chip')?.textContent).toContain('Draft');
    expect(root().textContent).toContain('51–52 nga 52');
    expect((root().querySelector('input[type="search"]') as HTMLInputElement).value).toBe('Tir');
  });

  it('links the calls past their deadline to their evaluation', async () => {
    await open('/manage/calls');
    listRequest().flush(page([callDto({ status: 'in_evaluation' }), callDto({ id: 'c-2', status: 'published' })]));
    await stable();
    const [evaluated, published] = Array.from(root().querySelectorAll('tr.mat-mdc-row'));
    const link = evaluated.querySelector('a.evaluation-link');
    expect(link?.getAttribute('href')).toBe('/manage/calls/c-1/evaluation');
    expect(link?.getAttribute('aria-label')).toBe('Vlerësimi i CFP-2026-001');
    expect(published.querySelector('a.evaluation-link')).toBeNull();
  });

  it('puts a changed filter in the address and starts again from the first page', async () => {
    await open('/manage/calls?page=3');
    expect(params(listRequest())).toEqual({ page: '3', pageSize: '20', sort: '-createdAt' });

    await chooseOption(0, 'Draft');
    expect(url()).toBe('/manage/calls?status=draft');
    expect(params(listRequest())).toEqual({ page: '1', pageSize: '20', sort: '-createdAt', status: 'draft' });
  });

  it('sorts by the order chosen and pages through the results', async () => {
    await open('/manage/calls');
    listRequest().flush(page([callDto()], 45));
    await stable();

    await chooseOption(1, 'Afati i fundit, më i hershmi në krye');
    expect(url()).toBe('/manage/calls?sort=deadline');
    listRequest().flush(page([callDto()], 45));
    await stable();

    root().querySelector<HTMLButtonElement>('button.mat-mdc-paginator-navigation-next')!.click();
    await stable();
    expect(url()).toBe('/manage/calls?page=2&sort=deadline');
    expect(params(listRequest())).toEqual({ page: '2', pageSize: '20', sort: 'deadline' });
  });

  it('searches after a pause in typing', async () => {
    await open('/manage/calls');
    listRequest().flush(page([]));
    const search = root().querySelector<HTMLInputElement>('input[type="search"]')!;
    search.value = 'CFP-2026';
    search.dispatchEvent(new Event('input'));
    backend.expectNone((request) => request.url === '/api/calls');
    await new Promise((resolve) => setTimeout(resolve, 350));
    await stable();
    expect(url()).toBe('/manage/calls?q=CFP-2026');
    expect(params(listRequest())).toEqual({ q: 'CFP-2026', page: '1', pageSize: '20', sort: '-createdAt' });
  });

  it('offers a way to a new call', async () => {
    await open('/manage/calls');
    listRequest().flush(page([]));
    await stable();
    const link = Array.from(root().querySelectorAll('a')).find((a) => a.textContent?.includes('Thirrje e re'));
    expect(link?.getAttribute('href')).toBe('/manage/calls/new');
    expect(root().textContent).toContain('Ende nuk ka thirrje.');
  });
});
