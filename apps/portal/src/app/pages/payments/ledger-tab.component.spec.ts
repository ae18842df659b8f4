import en from '../../../../public/i18n/en.json';
import sq from '../../../../public/i18n/sq.json';
import scopeEn from '../../../../public/i18n/payments/en.json';
import scopeSq from '../../../../public/i18n/payments/sq.json';
import { provideTranslocoTesting } from '../../../testing/i18n-testing';
import { FileSaver } from '../applications/file-saver';
import { FINANCE_1, pageOf, params, payment, PaymentsPage, problem, type SignedInAs } from './payments.testing';

const DICTIONARIES = { sq, en, 'payments/sq': scopeSq, 'payments/en': scopeEn };
const saver = { save: jest.fn() };
const open = (path: string, person?: SignedInAs) =>
  PaymentsPage.open(provideTranslocoTesting(), DICTIONARIES, path, person, [{ provide: FileSaver, useValue: saver }]);

describe('the payments workspace: the ledger', () => {
  let p: PaymentsPage;

  afterEach(() => p.finish());

  describe('ledger', () => {
    const paid = payment({
      id: 'p-paid',
      status: 'paid',
      amountCents: 1_234_500,
      approvedBy: FINANCE_1,
      approvedByName: 'Arta Kola',
      approvedAt: '2027-03-03T09:00:00.000Z',
      paidAt: '2027-03-05T09:00:00.000Z',
      bankReference: 'BKT-2027-0001',
    });
    const rejected = payment({ id: 'p-rejected', status: 'rejected', rejectedReason: 'IBAN i gabuar' });

    it('asks the API for the page, filters and order the address holds, and shows them', async () => {
      p = await open('/payments?tab=ledger&status=paid&region=KUK&q=VMA&sort=-amountCents&page=2&pageSize=10');
      const request = p.list();
      expect(params(request)).toEqual({
        status: 'paid',
        region: 'KUK',
        q: 'VMA',
        sort: '-amountCents',
        page: '2',
        pageSize: '10',
      });
      request.flush(pageOf([paid, rejected], 12, 2, 10));
      await p.stable();
      expect(p.text(p.root.querySelector('caption'))).toBe('Regjistri i pagesave');
      expect(p.cells(p.rows()[0])).toEqual([
        'SK-G-2026-KUK-001',
        'Shoqata VMA Kukës',
        'Paguar',
        '12 345,00 €',
        'Besa Hoxha 2 mar 2027, 10:30',
        'Arta Kola 3 mar 2027, 10:00',
        '5.3.2027 Referenca e bankës: BKT-2027-0001',
      ]);
      expect(p.cells(p.rows()[1])[2]).toBe('Refuzuar Arsyeja: IBAN i gabuar');
      expect(p.root.querySelector<HTMLInputElement>('input[type="search"]')!.value).toBe('VMA');
      expect(p.text(p.root.querySelector('mat-paginator'))).toContain('11–12 nga 12');

      // A new order starts from the first page; the filters stay.
      await p.click(p.root.querySelector<HTMLElement>('th.mat-column-paidOn .mat-sort-header-container')!);
      expect(p.url).toContain('sort=-paidOn');
      expect(p.url).not.toContain('page=2');
      expect(params(p.list())).toMatchObject({ sort: '-paidOn', page: '1', status: 'paid', region: 'KUK', q: 'VMA' });
    });

    it('searches and filters through the address, and clears the filters when nothing matches', async () => {
      p = await open('/payments?tab=ledger');
      expect(params(p.list())).toEqual({ sort: '-preparedAt', page: '1', pageSize: '20' });
      const search = p.root.querySelector<HTMLInputElement>('input[type="search"]')!;
      search.value = 'BKT-2027';
      search.dispatchEvent(new Event('input'));
      await new Promise((resolve) => setTimeout(resolve, 350));
      await p.stable();
      expect(p.url).toContain('q=BKT-2027');
      p.list().flush(pageOf([]));
      await p.stable();
      expect(p.text(p.root.querySelector('tbody'))).toContain('Asnjë pagesë nuk përputhet me këto filtra.');
      expect(p.count()).toBe('Pagesa të gjetura: 0');

      await p.click(p.button('Pastro filtrat'));
      expect(p.url).toBe('/payments?tab=ledger');
      p.list().flush(pageOf([paid]));
    });

    it('offers no action, only the record', async () => {
      p = await open('/payments?tab=ledger');
      p.list().flush(pageOf([paid]));
      await p.stable();
      expect(p.rows()[0].querySelectorAll('button')).toHaveLength(0);
    });

    it('exports the whole ledger as CSV and says where it went, or why not', async () => {
      saver.save.mockClear();
      p = await open('/payments?tab=ledger');
      p.list().flush(pageOf([paid]));
      await p.stable();
      const exportButton = p.button('Eksporto regjistrin (CSV)');
      await p.click(exportButton);
      expect(exportButton.getAttribute('aria-busy')).toBe('true');
      const csv = new Blob(['\uFEFFKontrata;OShC\n'], { type: 'text/csv' });
      p.backend
        .expectOne({ method: 'GET', url: '/api/payments/ledger.csv' })
        .flush(csv, { headers: { 'content-disposition': 'attachment; filename="payment-ledger.csv"' } });
      await p.stable();
      expect(saver.save).toHaveBeenCalledWith(csv, 'payment-ledger.csv');
      expect(p.text(p.root.querySelector('p.export-status'))).toBe('Regjistri u ruajt si payment-ledger.csv.');

      await p.click(exportButton);
      const refusal = new Blob([JSON.stringify(problem(403, 'forbidden', 'Nuk keni leje.'))], {
        type: 'application/problem+json',
      });
      p.backend.expectOne('/api/payments/ledger.csv').flush(refusal, { status: 403, statusText: 'Forbidden' });
      await new Promise((resolve) => setTimeout(resolve, 20));
      await p.stable();
      expect(p.text(p.root.querySelector('sk-notice[role="alert"]'))).toBe('Regjistri nuk u eksportua. Nuk keni leje.');
    });
  });
});
