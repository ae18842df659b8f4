import { TestBed } from '@angular/core/testing';
import en from '../../../../public/i18n/en.json';
import sq from '../../../../public/i18n/sq.json';
import scopeEn from '../../../../public/i18n/payments/en.json';
import scopeSq from '../../../../public/i18n/payments/sq.json';
import { provideTranslocoTesting } from '../../../testing/i18n-testing';
import { LanguageService } from '../../core/i18n/language.service';
import {
  dueRow,
  FINANCE_1,
  GRANT_TIR,
  keyOf,
  pageOf,
  payment,
  PaymentsPage,
  problem,
  type SignedInAs,
  TRANCHE_TIR,
} from './payments.testing';

const DICTIONARIES = { sq, en, 'payments/sq': scopeSq, 'payments/en': scopeEn };
const open = (path: string, person?: SignedInAs) =>
  PaymentsPage.open(provideTranslocoTesting(), DICTIONARIES, path, person);

describe('the payments workspace: tranches due', () => {
  let p: PaymentsPage;

  afterEach(() => p.finish());

  describe('tranches due', () => {
    const kuk = dueRow();
    const tir = dueRow(
      { id: GRANT_TIR, contractNumber: 'SK-G-2026-TIR-001', organisationName: 'Tjetër Vizion', regionCode: 'TIR' },
      { id: TRANCHE_TIR, sequence: 2, kind: 'interim', payableCents: 960_000 },
    );

    beforeEach(async () => {
      p = await open('/payments');
      p.due().flush(pageOf([kuk, tir]));
      await p.stable();
    });

    it('lists each tranche with its contract, CSO, region, kind in words and payable amount', () => {
      expect(p.text(p.root.querySelector('caption'))).toBe('Këste për t’u paguar, me shumën që mund të paguhet tani');
      expect(p.rows().map((row) => p.cells(row))).toEqual([
        ['SK-G-2026-KUK-001', 'Shoqata VMA Kukës', 'Kukës', 'Parafinancim', '28 800,00 €', 'Përgatit pagesën'],
        ['SK-G-2026-TIR-001', 'Tjetër Vizion', 'Tiranë', 'Këst i ndërmjetëm 1', '9 600,00 €', 'Përgatit pagesën'],
      ]);
      expect(p.rows()[1].querySelector('a')?.getAttribute('href')).toBe(`/my-grants/${GRANT_TIR}`);
      expect(p.count()).toBe('Këste për t’u paguar: 2');
    });

    it('sends one idempotency key per intent: a double click sends one request, a retry the same key', async () => {
      const prepare = p.button('Përgatit pagesën për SK-G-2026-KUK-001');
      prepare.click();
      prepare.click();
      await p.stable();
      const first = p.backend.expectOne(`/api/grants/${kuk.grant.id}/tranches/${kuk.tranche.id}/payments`);
      const key = keyOf(first);
      expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(prepare.getAttribute('aria-disabled')).toBe('true');

      // The answer is lost on the way back: nobody knows whether the payment was prepared.
      first.error(new ProgressEvent('error'), { status: 0, statusText: 'Unknown Error' });
      await p.stable();
      expect(p.text(p.root.querySelector('sk-payment-outcome'))).toContain(
        'Ende nuk dihet nëse pagesa për SK-G-2026-KUK-001 u përgatit',
      );
      expect(p.root.querySelector('sk-payment-outcome [role="alert"]')).not.toBeNull();

      await p.click(prepare);
      const retry = p.backend.expectOne(`/api/grants/${kuk.grant.id}/tranches/${kuk.tranche.id}/payments`);
      expect(retry.request.body).toEqual({ idempotencyKey: key });
      retry.flush(payment({ amountCents: 2_880_000, preparedBy: FINANCE_1 }), { status: 200, statusText: 'OK' });
      await p.stable();
      const outcome = p.root.querySelector<HTMLElement>('sk-payment-outcome')!;
      expect(p.text(outcome)).toBe(
        'Pagesa prej 28 800,00 € për SK-G-2026-KUK-001 (Shoqata VMA Kukës) u përgatit. ' +
          'E miraton një zyrtar financiar tjetër te „Për miratim”.',
      );
      // Its row is gone: focus goes to what happened.
      expect(document.activeElement).toBe(outcome);
      p.due().flush(pageOf([tir]));
      await p.stable();

      // The next intent (another tranche, or this one again) is a new key.
      await p.click(p.button('Përgatit pagesën për SK-G-2026-TIR-001'));
      const next = p.backend.expectOne(`/api/grants/${GRANT_TIR}/tranches/${TRANCHE_TIR}/payments`);
      expect(keyOf(next)).not.toBe(key);
      next.flush(payment({ id: 'p-2', grantId: GRANT_TIR }), { status: 201, statusText: 'Created' });
      await p.stable();
      p.due().flush(pageOf([]));
      await p.stable();
      expect(p.text(p.root.querySelector('tbody'))).toBe('Asnjë këst nuk është për t’u paguar.');
    });

    it('shows every reason a tranche cannot be paid, and starts a new intent after a refusal', async () => {
      const prepare = p.button('Përgatit pagesën për SK-G-2026-TIR-001');
      await p.click(prepare);
      const refused = p.backend.expectOne(`/api/grants/${GRANT_TIR}/tranches/${TRANCHE_TIR}/payments`);
      const key = keyOf(refused);
      refused.flush(
        problem(409, 'tranche_not_payable', 'Ky këst nuk mund të paguhet ende. Arsyet janë më poshtë.', [
          { field: 'blocks.interim_report_missing', message: 'Mungon raporti i ndërmjetëm i miratuar.' },
          { field: 'blocks.previous_tranche_unpaid', message: 'Kësti i mëparshëm nuk është paguar ende.' },
        ]),
        { status: 409, statusText: 'Conflict' },
      );
      await p.stable();
      const outcome = p.root.querySelector('sk-payment-outcome')!;
      expect(p.text(outcome.querySelector('.title'))).toBe('Pagesa për SK-G-2026-TIR-001 nuk u përgatit');
      expect(p.text(outcome)).toContain('Ky këst nuk mund të paguhet ende. Arsyet janë më poshtë.');
      expect(Array.from(outcome.querySelectorAll('li')).map((li) => p.text(li))).toEqual([
        'Mungon raporti i ndërmjetëm i miratuar.',
        'Kësti i mëparshëm nuk është paguar ende.',
      ]);
      // The list is read again: what is due may have changed.
      p.due().flush(pageOf([kuk, tir]));
      await p.stable();

      await p.click(p.button('Përgatit pagesën për SK-G-2026-TIR-001'));
      const again = p.backend.expectOne(`/api/grants/${GRANT_TIR}/tranches/${TRANCHE_TIR}/payments`);
      expect(keyOf(again)).not.toBe(key);
      again.error(new ProgressEvent('error'), { status: 0, statusText: 'Unknown Error' });
      await p.stable();
    });

    it('shows the amounts in the language chosen', async () => {
      TestBed.inject(LanguageService).use('en');
      await p.stable();
      expect(p.cells(p.rows()[0])).toEqual([
        'SK-G-2026-KUK-001',
        'Shoqata VMA Kukës',
        'Kukës',
        'Pre-financing',
        '€28,800.00',
        'Prepare payment',
      ]);
    });
  });
});
