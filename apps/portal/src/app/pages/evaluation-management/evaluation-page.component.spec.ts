import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { CallRankingDto, EvaluationProgressDto } from '@skema/contracts';
import { PRAG_FULL_APPLICATION_GRID } from '@skema/contracts';
import en from '../../../../public/i18n/en.json';
import sq from '../../../../public/i18n/sq.json';
import callsEn from '../../../../public/i18n/call-management/en.json';
import callsSq from '../../../../public/i18n/call-management/sq.json';
import scopeEn from '../../../../public/i18n/evaluation-management/en.json';
import scopeSq from '../../../../public/i18n/evaluation-management/sq.json';
import { settle } from '../../../testing/auth-testing';
import { provideTranslocoTesting } from '../../../testing/i18n-testing';
import { CALL_ID, evaluationCall, startEvaluationTest } from './evaluation-management.testing';

const DICTIONARIES = {
  sq,
  en,
  'call-management/sq': callsSq,
  'call-management/en': callsEn,
  'evaluation-management/sq': scopeSq,
  'evaluation-management/en': scopeEn,
};

const BASE = `/manage/calls/${CALL_ID}/evaluation`;
const emptyPage = { items: [], total: 0, page: 1, pageSize: 20 };
const ranking = (): CallRankingDto => ({
  callId: CALL_ID,
  callReference: 'CFP-2026-001',
  callStatus: 'in_evaluation',
  grid: PRAG_FULL_APPLICATION_GRID,
  relevanceSectionKey: '2',
  resultsPublishedAt: null,
  lots: [],
});

describe('EvaluationPageComponent', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  const root = () => harness.routeNativeElement as HTMLElement;
  const url = () => TestBed.inject(Router).url;
  const tabs = () => Array.from(root().querySelectorAll<HTMLElement>('[role="tab"]'));
  const selectedTab = () =>
    tabs()
      .find((tab) => tab.getAttribute('aria-selected') === 'true')
      ?.textContent?.trim();

  async function stable(): Promise<void> {
    await settle();
    await harness.fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
  }

  async function open(path: string): Promise<void> {
    await harness.navigateByUrl(path);
    backend.expectOne(`/api/calls/${CALL_ID}`).flush(evaluationCall());
    await stable();
  }

  async function clickTab(label: string): Promise<void> {
    tabs()
      .find((tab) => tab.textContent?.trim() === label)!
      .click();
    await stable();
  }

  beforeEach(async () => {
    ({ backend, harness } = await startEvaluationTest(provideTranslocoTesting(), DICTIONARIES));
  });

  afterEach(() => backend.verify({ ignoreCancelled: true }));

  it('shows the call and opens the tab the address names', async () => {
    await open(`${BASE}?tab=ranking`);
    expect(root().querySelector('h1')?.textContent).toContain('Vlerësimi i thirrjes');
    expect(root().textContent).toContain('CFP-2026-001');
    expect(root().querySelector('sk-call-status-chip')?.textContent).toContain('Në vlerësim');
    expect(selectedTab()).toBe('Renditja dhe grantet');
    backend.expectOne(`/api/calls/${CALL_ID}/ranking`).flush(ranking());
    await stable();
    expect(root().textContent).toContain('Thirrja nuk ka lote.');
  });

  it('keeps the chosen tab in the address, the first one plain, and drops the other tab’s filters', async () => {
    await open(`${BASE}?tab=consolidation&consolidation=divergent`);
    backend.expectOne((r) => r.url === `/api/calls/${CALL_ID}/consolidations`).flush(emptyPage);
    await stable();

    await clickTab('Vlerësuesit dhe ecuria');
    expect(url()).toBe(`${BASE}?tab=assignments`);
    expect(selectedTab()).toBe('Vlerësuesit dhe ecuria');
    backend
      .match(() => true)
      .forEach((request) => {
        const url = request.request.url;
        // Lists come as pages (applications, assignments); the evaluators as a plain list.
        request.flush(url.endsWith('progress') ? progress() : url === '/api/evaluators' ? [] : emptyPage);
      });
    await stable();

    await clickTab('Pranueshmëria');
    expect(url()).toBe(BASE);
    const list = backend.expectOne((r) => r.url === '/api/applications');
    expect(list.request.params.get('callId')).toBe(CALL_ID);
    expect(list.request.params.get('status')).toBe('submitted');
    list.flush(emptyPage);
    await stable();
    expect(root().textContent).toContain('Asnjë aplikim nuk pret verifikimin e pranueshmërisë.');

    await clickTab('Raporti');
    expect(url()).toBe(`${BASE}?tab=report`);
    expect(root().textContent).toContain('Raporti i vlerësimit (PDF)');
  });

  it('falls back to the first tab for an address it does not know', async () => {
    await open(`${BASE}?tab=nonsense`);
    expect(selectedTab()).toBe('Pranueshmëria');
    backend.expectOne((r) => r.url === '/api/applications').flush(emptyPage);
    await stable();
  });

  it('says so when the call cannot be loaded, with the API’s reason', async () => {
    await harness.navigateByUrl(BASE);
    await stable();
    backend
      .expectOne(`/api/calls/${CALL_ID}`)
      .flush(
        { type: 'about:blank', title: 'Not Found', status: 404, code: 'not_found', detail: 'Thirrja nuk u gjet.' },
        { status: 404, statusText: 'Not Found' },
      );
    await stable();
    expect(root().querySelector('[role="alert"]')?.textContent).toContain('Thirrja nuk u gjet.');
  });
});

function progress(): EvaluationProgressDto {
  return { callId: CALL_ID, callStatus: 'in_evaluation', lots: [], evaluators: [] };
}
