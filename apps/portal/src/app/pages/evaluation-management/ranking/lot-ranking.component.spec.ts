import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { type CallRankingDto, PRAG_FULL_APPLICATION_GRID, rolesAllow } from '@skema/contracts';
import en from '../../../../../public/i18n/en.json';
import sq from '../../../../../public/i18n/sq.json';
import callsEn from '../../../../../public/i18n/call-management/en.json';
import callsSq from '../../../../../public/i18n/call-management/sq.json';
import scopeEn from '../../../../../public/i18n/evaluation-management/en.json';
import scopeSq from '../../../../../public/i18n/evaluation-management/sq.json';
import grantEn from '../../../../../public/i18n/grant/en.json';
import grantSq from '../../../../../public/i18n/grant/sq.json';
import { settle } from '../../../../testing/auth-testing';
import { provideTranslocoTesting } from '../../../../testing/i18n-testing';
import { AuthService } from '../../../core/auth/auth.service';
import { provideCallManagementTranslations } from '../../call-management/call-management.testing';
import callManagementRoutes from '../../call-management/call-management.routes';
import { grantDto } from '../../grant/testing/grant-testing';
import { CALL_ID, evaluationCall, lotRanking } from '../evaluation-management.testing';

const DICTIONARIES = {
  sq,
  en,
  'call-management/sq': callsSq,
  'call-management/en': callsEn,
  'evaluation-management/sq': scopeSq,
  'evaluation-management/en': scopeEn,
  'grant/sq': grantSq,
  'grant/en': grantEn,
};

@Component({ template: 'grant page', changeDetection: ChangeDetectionStrategy.OnPush })
class GrantPageStubComponent {}

const published = (overrides: Partial<CallRankingDto> = {}): CallRankingDto => ({
  callId: CALL_ID,
  callReference: 'CFP-2026-001',
  callStatus: 'closed',
  grid: PRAG_FULL_APPLICATION_GRID,
  relevanceSectionKey: '2',
  resultsPublishedAt: '2027-03-02T09:00:00.000Z',
  lots: [lotRanking({ confirmedAt: '2027-03-01T09:00:00.000Z' })],
  ...overrides,
});

describe('the grant contract from the published ranking', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  const root = () => harness.routeNativeElement as HTMLElement;
  const dialog = () => document.querySelector<HTMLElement>('mat-dialog-container');
  const clean = (value: string | null | undefined) =>
    (value ?? '')
      .replace(/[\u00a0\u202f]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  const contractButtons = () =>
    Array.from(root().querySelectorAll<HTMLButtonElement>('sk-grant-contract-action button'));
  const dialogButton = (label: string) =>
    Array.from(dialog()!.querySelectorAll<HTMLButtonElement>('button')).find((b) => clean(b.textContent) === label)!;
  const date = (testId: string) => dialog()!.querySelector<HTMLInputElement>(`[data-testid="${testId}"]`)!;
  const dateError = (testId: string) =>
    clean(date(testId).closest('mat-form-field')?.querySelector('mat-error')?.textContent);

  async function stable(): Promise<void> {
    await settle();
    await harness.fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
  }

  async function type(input: HTMLInputElement, value: string): Promise<void> {
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await stable();
  }

  async function open(ranking: CallRankingDto): Promise<void> {
    await harness.navigateByUrl(`/manage/calls/${CALL_ID}/evaluation?tab=ranking`);
    backend.expectOne(`/api/calls/${CALL_ID}`).flush(evaluationCall({ status: 'closed' }));
    await stable();
    backend.expectOne(`/api/calls/${CALL_ID}/ranking`).flush(ranking);
    await stable();
  }

  async function openDialogFor(index: number): Promise<void> {
    contractButtons()[index].click();
    await stable();
  }

  beforeEach(async () => {
    window.localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideTranslocoTesting(),
        provideCallManagementTranslations(DICTIONARIES),
        provideNoopAnimations(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [
            { path: 'manage/calls', children: callManagementRoutes },
            { path: 'my-grants/:id', component: GrantPageStubComponent },
          ],
          withComponentInputBinding(),
        ),
        {
          provide: AuthService,
          useValue: {
            whenReady: () => Promise.resolve(),
            isSignedIn: signal(true),
            needsSecondFactorSetup: signal(false),
            can: (permission: Parameters<AuthService['can']>[0]) => rolesAllow(['programme_manager'], permission),
          },
        },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => backend.verify());

  it('offers no contract before the results are published', async () => {
    await open(published({ resultsPublishedAt: null }));
    expect(contractButtons()).toHaveLength(0);
  });

  it('offers a contract for each selected application once the results are published', async () => {
    await open(published());
    expect(contractButtons().map((b) => b.getAttribute('aria-label'))).toEqual([
      'Kontratë për SK-2026-TIR-0001',
      'Kontratë për SK-2026-TIR-0003',
    ]);
    // The visible word is part of the accessible name (WCAG 2.5.3).
    expect(clean(contractButtons()[0].textContent)).toMatch(/Kontratë$/);
  });

  it('checks the dates as they are picked, makes the contract and opens the new grant', async () => {
    await open(published());
    await openDialogFor(0);
    expect(clean(dialog()!.textContent)).toContain(
      'Shoqata Shpresa, aplikimi SK-2026-TIR-0001: granti i dhënë 45 000,00 €.',
    );

    dialogButton('Bëj kontratën').click();
    await stable();
    backend.expectNone({ method: 'POST' });
    expect(dateError('start-date')).toBe('Kjo fushë është e detyrueshme.');

    await type(date('start-date'), '2027-04-01');
    await type(date('end-date'), '2027-03-31');
    expect(dateError('end-date')).toBe('Data e përfundimit duhet të jetë pas datës së fillimit.');
    await type(date('end-date'), '2028-09-30');
    expect(dateError('end-date')).toBe('');

    dialogButton('Bëj kontratën').click();
    await stable();
    const request = backend.expectOne({ method: 'POST', url: '/api/applications/a-1/grant' });
    expect(request.request.body).toEqual({ startDate: '2027-04-01', endDate: '2028-09-30' });
    request.flush(grantDto({ id: 'g-new' }));
    await stable();
    expect(dialog()).toBeNull();
    expect(TestBed.inject(Router).url).toBe('/my-grants/g-new');
  });

  it('shows the API’s refusals: a duration under the end date, an existing contract with the way to it', async () => {
    await open(published());
    await openDialogFor(1);
    await type(date('start-date'), '2027-04-01');
    await type(date('end-date'), '2027-06-30');
    dialogButton('Bëj kontratën').click();
    await stable();
    backend.expectOne({ method: 'POST', url: '/api/applications/a-3/grant' }).flush(
      {
        type: 'about:blank',
        title: 'Unprocessable Entity',
        status: 422,
        code: 'grant_duration_out_of_bounds',
        detail: 'Kohëzgjatja e grantit (3 muaj) duhet të jetë nga 6 deri në 18 muaj, siç e cakton thirrja.',
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await stable();
    expect(dateError('end-date')).toBe(
      'Kohëzgjatja e grantit (3 muaj) duhet të jetë nga 6 deri në 18 muaj, siç e cakton thirrja.',
    );

    await type(date('end-date'), '2028-03-31');
    dialogButton('Bëj kontratën').click();
    await stable();
    backend.expectOne({ method: 'POST', url: '/api/applications/a-3/grant' }).flush(
      {
        type: 'about:blank',
        title: 'Conflict',
        status: 409,
        code: 'grant_exists',
        detail: 'Ky aplikim ka tashmë një kontratë granti (SK-GC-2027-TIR-002).',
      },
      { status: 409, statusText: 'Conflict' },
    );
    await stable();
    const alert = dialog()!.querySelector('sk-notice[role="alert"]')!;
    expect(clean(alert.textContent)).toContain('Ky aplikim ka tashmë një kontratë granti (SK-GC-2027-TIR-002).');
    expect(alert.querySelector('a')?.getAttribute('href')).toBe('/my-grants?q=SK-2026-TIR-0003');
    expect(dialog()).not.toBeNull();
  });
});
