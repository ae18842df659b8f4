import { HttpTestingController } from '@angular/common/http/testing';
import { RouterTestingHarness } from '@angular/router/testing';
import { type CallRankingDto, PRAG_FULL_APPLICATION_GRID } from '@skema/contracts';
import en from '../../../../../public/i18n/en.json';
import sq from '../../../../../public/i18n/sq.json';
import callsEn from '../../../../../public/i18n/call-management/en.json';
import callsSq from '../../../../../public/i18n/call-management/sq.json';
import scopeEn from '../../../../../public/i18n/evaluation-management/en.json';
import scopeSq from '../../../../../public/i18n/evaluation-management/sq.json';
import { settle } from '../../../../testing/auth-testing';
import { provideTranslocoTesting } from '../../../../testing/i18n-testing';
import {
  CALL_ID,
  LOT_KUK,
  LOT_TIR,
  evaluationCall,
  lotRanking,
  rankingEntry,
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

/** Tirana as in lotRanking(); Kukës provisional (one divergent application not ranked yet). */
const ranking = (overrides: Partial<CallRankingDto> = {}): CallRankingDto => ({
  callId: CALL_ID,
  callReference: 'CFP-2026-001',
  callStatus: 'in_evaluation',
  grid: PRAG_FULL_APPLICATION_GRID,
  relevanceSectionKey: '2',
  resultsPublishedAt: null,
  lots: [
    lotRanking(),
    lotRanking({
      lotId: LOT_KUK,
      regionCode: 'KUK',
      envelopeCents: 7_500_000,
      allocatedCents: 3_000_000,
      remainingCents: 4_500_000,
      provisional: true,
      entries: [
        rankingEntry({
          applicationId: 'k-1',
          reference: 'SK-2026-KUK-0001',
          requestedGrantCents: 3_000_000,
          awardCents: 3_000_000,
        }),
        rankingEntry({
          applicationId: 'k-2',
          reference: 'SK-2026-KUK-0002',
          outcome: 'blocked_divergence',
          rank: null,
          awardCents: null,
          total: null,
        }),
      ],
    }),
  ],
  ...overrides,
});

describe('the ranking tab', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  const root = () => harness.routeNativeElement as HTMLElement;
  const clean = (value: string | null | undefined) =>
    (value ?? '')
      .replace(/[\u00a0\u202f]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  const lots = () => Array.from(root().querySelectorAll<HTMLElement>('sk-lot-ranking'));
  const rankedRows = (lot: HTMLElement) =>
    Array.from(lot.querySelectorAll<HTMLTableRowElement>('table.ranking tbody tr')).map((row) =>
      row.dataset['testid'] === 'envelope-line' ? 'envelope' : clean(row.querySelector('th')?.textContent),
    );
  const button = (label: string, within: ParentNode = root()) =>
    Array.from(within.querySelectorAll<HTMLButtonElement>('button')).find((b) => clean(b.textContent).endsWith(label))!;
  const award = (id: string) => root().querySelector<HTMLInputElement>(`input[data-award="${id}"]`)!;
  const awardError = (id: string) =>
    clean(award(id).closest('mat-form-field')?.querySelector('mat-error')?.textContent);

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

  async function type(input: HTMLInputElement, value: string): Promise<void> {
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await stable();
  }

  async function open(body: CallRankingDto): Promise<void> {
    await harness.navigateByUrl(`/manage/calls/${CALL_ID}/evaluation?tab=ranking`);
    backend.expectOne(`/api/calls/${CALL_ID}`).flush(evaluationCall());
    await stable();
    backend.expectOne(`/api/calls/${CALL_ID}/ranking`).flush(body);
    await stable();
  }

  beforeEach(async () => {
    ({ backend, harness } = await startEvaluationTest(provideTranslocoTesting(), DICTIONARIES));
  });

  afterEach(() => backend.verify());

  it('draws the envelope line through the ranking after the last selected application', async () => {
    await open(ranking());
    const [tirana] = lots();
    expect(rankedRows(tirana)).toEqual([
      'SK-2026-TIR-0001',
      'SK-2026-TIR-0002',
      'SK-2026-TIR-0003',
      'envelope',
      'SK-2026-TIR-0004',
    ]);
    const line = clean(tirana.querySelector('[data-testid="envelope-line"]')?.textContent);
    expect(line).toBe(
      'horizontal_rule Fondi i lotit 100 000,00 €: i shpërndarë 85 000,00 €, i mbetur 15 000,00 €. ' +
        'Nën këtë vijë: lista rezervë.',
    );
    expect(clean(tirana.textContent)).toContain('Listë rezervë 2');
    expect(clean(tirana.textContent)).toContain('Seksioni 2 Rëndësia: 18,00, nën pragun prej 20,00');
    // The chart's numbers, for screen readers.
    const chartRow = root().querySelector('sk-stacked-bars table tbody tr')!;
    expect(Array.from(chartRow.children).map((cell) => clean(cell.textContent))).toEqual([
      'Tiranë',
      '85 000,00 €',
      '15 000,00 €',
      '100 000,00 €',
    ]);
  });

  it('explains a provisional lot and keeps the results unpublished until every lot is confirmed', async () => {
    await open(ranking());
    const kukes = lots()[1];
    expect(clean(kukes.textContent)).toContain('E përkohshme. 1 aplikime kanë mospërputhje ose janë të paplota');
    expect(button('Konfirmo renditjen', kukes).disabled).toBe(true);
    expect(clean(kukes.textContent)).toContain(
      'Renditja mund të konfirmohet pasi çdo aplikim i lotit të jetë konsoliduar.',
    );
    expect(rankedRows(kukes)).toEqual(['SK-2026-KUK-0001', 'envelope']);
    expect(clean(kukes.textContent)).toContain('Ende të parenditura (1)');

    expect(button('Publiko rezultatet').disabled).toBe(true);
    expect(clean(root().querySelector('#publish-reason')?.textContent)).toBe(
      'Më parë duhet konfirmuar renditja e çdo loti. Ende për t’u konfirmuar: Tiranë, Kukës.',
    );
  });

  it('checks an award as it is typed, never above the request, and confirms the reduced ones in cents', async () => {
    await open(ranking());
    expect(award('a-2').value).toBe('60000');
    expect(award('a-5')).toBeNull();

    await type(award('a-2'), '60000,01');
    expect(awardError('a-2')).toBe('Granti mund të ulet, por kurrë mbi shumën e kërkuar.');
    await type(award('a-2'), '12,345');
    expect(awardError('a-2')).toContain('Shkruani një shumë në euro');
    await type(award('a-2'), '55 000,50');
    expect(awardError('a-2')).toBe('');

    const tirana = lots()[0];
    await click(button('Konfirmo renditjen', tirana));
    const request = backend.expectOne({ method: 'POST', url: `/api/calls/${CALL_ID}/lots/${LOT_TIR}/ranking/confirm` });
    expect(request.request.body).toEqual({ awards: [{ applicationId: 'a-2', awardCents: 5_500_050 }] });
    const confirmed = lotRanking({ confirmedAt: '2027-03-01T09:00:00.000Z', confirmedBy: 'pm' });
    confirmed.entries[1] = { ...confirmed.entries[1], awardCents: 5_500_050, reduced: true };
    request.flush(confirmed);
    await stable();
    expect(clean(lots()[0].textContent)).toContain('Konfirmuar më 1 mar 2027, 10:00');
    expect(clean(lots()[0].textContent)).toContain('Renditja e këtij loti u konfirmua.');
    expect(award('a-2').value).toBe('55000,50');
  });

  it('asks to confirm a changed ranking again, and shows the API’s refusal', async () => {
    await open(ranking({ lots: [lotRanking({ confirmedAt: '2027-03-01T09:00:00.000Z', stale: true })] }));
    expect(clean(root().textContent)).toContain('Renditja ndryshoi pasi u konfirmua');
    await click(button('Konfirmo përsëri'));
    backend.expectOne({ method: 'POST', url: `/api/calls/${CALL_ID}/lots/${LOT_TIR}/ranking/confirm` }).flush(
      {
        type: 'about:blank',
        title: 'Conflict',
        status: 409,
        code: 'ranking_provisional',
        detail: 'Renditja është e përkohshme.',
      },
      { status: 409, statusText: 'Conflict' },
    );
    await stable();
    expect(clean(root().querySelector('sk-lot-ranking sk-notice[role="alert"]')?.textContent)).toContain(
      'Renditja është e përkohshme.',
    );
  });

  it('publishes the results after a confirmation, once every lot is confirmed', async () => {
    await open(ranking({ lots: [lotRanking({ confirmedAt: '2027-03-01T09:00:00.000Z' })] }));
    expect(root().querySelector('#publish-reason')).toBeNull();
    await click(button('Publiko rezultatet'));
    const dialog = document.querySelector('mat-dialog-container')!;
    expect(clean(dialog.textContent)).toContain('Publikimi nuk mund të zhbëhet.');
    await click(button('Publiko', dialog));
    backend.expectOne({ method: 'POST', url: `/api/calls/${CALL_ID}/results/publish` }).flush(
      ranking({
        resultsPublishedAt: '2027-03-02T09:00:00.000Z',
        lots: [lotRanking({ confirmedAt: '2027-03-01T09:00:00.000Z' })],
      }),
    );
    await stable();
    expect(clean(root().textContent)).toContain('Rezultatet u publikuan');
    expect(root().querySelector('input[data-award]')).toBeNull();
  });
});
