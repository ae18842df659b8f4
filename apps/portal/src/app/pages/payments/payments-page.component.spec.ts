import en from '../../../../public/i18n/en.json';
import sq from '../../../../public/i18n/sq.json';
import scopeEn from '../../../../public/i18n/payments/en.json';
import scopeSq from '../../../../public/i18n/payments/sq.json';
import { provideTranslocoTesting } from '../../../testing/i18n-testing';
import { dueRow, FINANCE_2, pageOf, params, payment, PaymentsPage, type SignedInAs } from './payments.testing';

const DICTIONARIES = { sq, en, 'payments/sq': scopeSq, 'payments/en': scopeEn };
const open = (path: string, person?: SignedInAs) =>
  PaymentsPage.open(provideTranslocoTesting(), DICTIONARIES, path, person);

describe('the payments workspace', () => {
  let p: PaymentsPage;

  afterEach(() => p.finish());

  describe('tabs', () => {
    it('opens on the tranches due and keeps the open tab in the address', async () => {
      p = await open('/payments');
      expect(p.text(p.root.querySelector('h1'))).toBe('Pagesat');
      expect(p.selectedTab()).toBe('Për t’u paguar');
      expect(params(p.due())).toEqual({ page: '1', pageSize: '20' });

      await p.click(p.tabs().find((tab) => p.text(tab) === 'Për miratim')!);
      expect(p.url).toBe('/payments?tab=requested');
      expect(params(p.list())).toEqual({ status: 'requested', sort: 'preparedAt', page: '1', pageSize: '20' });

      await p.click(p.tabs().find((tab) => p.text(tab) === 'Të miratuara, për pagesë')!);
      expect(p.url).toBe('/payments?tab=approved');
      expect(params(p.list())).toMatchObject({ status: 'approved', sort: 'preparedAt' });
    });

    it('opens the tab the address names, and the first one for an unknown tab', async () => {
      p = await open('/payments?tab=ledger');
      expect(p.selectedTab()).toBe('Regjistri');
      p.list().flush(pageOf([]));
      await p.go('/payments?tab=nonsense');
      expect(p.selectedTab()).toBe('Për t’u paguar');
      p.due().flush(pageOf([]));
    });
  });

  describe('for a programme manager', () => {
    it('shows the payments without any action', async () => {
      p = await open('/payments', { id: 'pm-1', roles: ['programme_manager'] });
      p.due().flush(pageOf([dueRow()]));
      await p.stable();
      expect(p.text(p.root.querySelector('sk-notice'))).toContain('T’i përgatitin, t’i miratojnë');
      expect(p.cells(p.rows()[0])).toHaveLength(5);
      expect(p.root.querySelectorAll('tbody button')).toHaveLength(0);

      await p.go('/payments?tab=requested');
      p.list().flush(pageOf([payment({ preparedBy: FINANCE_2 })]));
      await p.stable();
      expect(p.root.querySelectorAll('tbody button')).toHaveLength(0);
    });
  });
});
