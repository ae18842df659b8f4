import en from '../../../../public/i18n/en.json';
import sq from '../../../../public/i18n/sq.json';
import scopeEn from '../../../../public/i18n/payments/en.json';
import scopeSq from '../../../../public/i18n/payments/sq.json';
import { provideTranslocoTesting } from '../../../testing/i18n-testing';
import { FINANCE_1, GRANT_TIR, pageOf, payment, PaymentsPage, problem, type SignedInAs } from './payments.testing';

const DICTIONARIES = { sq, en, 'payments/sq': scopeSq, 'payments/en': scopeEn };
const open = (path: string, person?: SignedInAs) =>
  PaymentsPage.open(provideTranslocoTesting(), DICTIONARIES, path, person);

describe('the payments workspace: the queues', () => {
  let p: PaymentsPage;

  afterEach(() => p.finish());

  describe('payments to approve', () => {
    const mine = payment({ id: 'p-mine', preparedBy: FINANCE_1, preparedByName: 'Arta Kola' });
    const theirs = payment({ id: 'p-theirs', contractNumber: 'SK-G-2026-TIR-001', grantId: GRANT_TIR });

    beforeEach(async () => {
      p = await open('/payments?tab=requested');
      p.list().flush(pageOf([mine, theirs]));
      await p.stable();
    });

    it('shows who prepared each payment and when, and refuses the preparer’s approval with the reason', async () => {
      expect(p.rows().map((row) => p.cells(row).slice(0, 4))).toEqual([
        ['SK-G-2026-KUK-001', 'Shoqata VMA Kukës', '12 345,00 €', 'Arta Kola 2 mar 2027, 10:30'],
        ['SK-G-2026-TIR-001', 'Shoqata VMA Kukës', '12 345,00 €', 'Besa Hoxha 2 mar 2027, 10:30'],
      ]);
      const own = p.button('Miratoj pagesën për SK-G-2026-KUK-001');
      expect(own.getAttribute('aria-disabled')).toBe('true');
      const reason = document.getElementById(own.getAttribute('aria-describedby')!);
      expect(p.text(reason)).toBe(
        'Këtë pagesë e përgatitët ju: duhet ta miratojë një zyrtar financiar tjetër (katër sy).',
      );
      await p.click(own);
      expect(p.dialog()).toBeNull();

      const other = p.button('Miratoj pagesën për SK-G-2026-TIR-001');
      expect(other.getAttribute('aria-disabled')).toBeNull();
      expect(other.getAttribute('aria-describedby')).toBeNull();
    });

    it('approves in a dialog that shows the API’s refusal, and gives focus back on cancel', async () => {
      const approve = p.button('Miratoj pagesën për SK-G-2026-TIR-001');
      approve.focus();
      await p.click(approve);
      expect(p.text(p.dialog()!.querySelector('h2'))).toBe('Ta miratoni këtë pagesë?');
      expect(p.dialog()!.contains(document.activeElement)).toBe(true);
      expect(p.text(p.dialog()!.querySelector('sk-payment-summary'))).toContain('SK-G-2026-TIR-001');

      await p.click(p.button('Miratoj pagesën', p.dialog()!));
      p.backend.expectOne({ method: 'POST', url: '/api/payments/p-theirs/approve' }).flush(
        problem(409, 'award_exceeded', 'Kjo pagesë nuk mund të miratohet.', [
          { field: 'awardCents', message: 'Granti i dhënë: 36 000,00 €' },
          { field: 'committedCents', message: 'Të angazhuara (miratuar dhe paguar): 28 800,00 €' },
          { field: 'amountCents', message: 'Kjo pagesë: 12 345,00 €' },
        ]),
        { status: 409, statusText: 'Conflict' },
      );
      await p.stable();
      const refusal = p.dialog()!.querySelector('sk-payment-failure')!;
      expect(p.text(refusal)).toContain('Pagesa nuk u miratua Kjo pagesë nuk mund të miratohet.');
      expect(refusal.querySelectorAll('li')).toHaveLength(3);

      await p.click(p.button('Anulo', p.dialog()!));
      expect(p.dialog()).toBeNull();
      expect(document.activeElement).toBe(approve);
    });

    it('says so when the API refuses the preparer (four eyes) after all', async () => {
      await p.click(p.button('Miratoj pagesën për SK-G-2026-TIR-001'));
      await p.click(p.button('Miratoj pagesën', p.dialog()!));
      p.backend
        .expectOne({ method: 'POST', url: '/api/payments/p-theirs/approve' })
        .flush(problem(403, 'four_eyes_required', 'Pagesën duhet ta miratojë një zyrtar financiar tjetër.'), {
          status: 403,
          statusText: 'Forbidden',
        });
      await p.stable();
      expect(p.text(p.dialog()!.querySelector('[role="alert"]'))).toContain(
        'Pagesën duhet ta miratojë një zyrtar financiar tjetër.',
      );
    });

    it('approves, announces it and moves focus to the outcome', async () => {
      await p.click(p.button('Miratoj pagesën për SK-G-2026-TIR-001'));
      await p.click(p.button('Miratoj pagesën', p.dialog()!));
      p.backend
        .expectOne({ method: 'POST', url: '/api/payments/p-theirs/approve' })
        .flush({ ...theirs, status: 'approved', approvedBy: FINANCE_1, approvedAt: '2027-03-03T09:00:00.000Z' });
      await p.stable();
      expect(p.dialog()).toBeNull();
      const outcome = p.root.querySelector<HTMLElement>('sk-payment-outcome')!;
      expect(p.text(outcome)).toBe(
        'Pagesa prej 12 345,00 € për SK-G-2026-TIR-001 (Shoqata VMA Kukës) u miratua. Tani pret të shënohet e paguar.',
      );
      expect(document.activeElement).toBe(outcome);
      p.list().flush(pageOf([mine]));
      await p.stable();
      expect(p.rows()).toHaveLength(1);
    });

    it('rejects only with a reason, checked as it is typed', async () => {
      await p.click(p.button('Refuzoj pagesën për SK-G-2026-KUK-001'));
      const reason = p.dialog()!.querySelector<HTMLTextAreaElement>('textarea')!;
      expect(document.activeElement).toBe(reason);
      const error = () => p.text(p.dialog()!.querySelector('mat-error'));

      await p.click(p.button('Refuzoj pagesën', p.dialog()!));
      expect(error()).toBe('Kjo fushë është e detyrueshme.');
      p.backend.expectNone('/api/payments/p-mine/reject');

      await p.type(reason, 'Mungon');
      expect(error()).toBe('');
      await p.type(reason, '   ');
      expect(error()).toBe('Kjo fushë është e detyrueshme.');
      await p.type(reason, '  IBAN-i i OShC-së nuk përputhet me kontratën.  ');
      expect(error()).toBe('');

      await p.click(p.button('Refuzoj pagesën', p.dialog()!));
      const request = p.backend.expectOne({ method: 'POST', url: '/api/payments/p-mine/reject' });
      expect(request.request.body).toEqual({ reason: 'IBAN-i i OShC-së nuk përputhet me kontratën.' });
      request.flush({ ...mine, status: 'rejected', rejectedReason: 'IBAN-i i OShC-së nuk përputhet me kontratën.' });
      await p.stable();
      expect(p.dialog()).toBeNull();
      expect(p.text(p.root.querySelector('sk-payment-outcome'))).toContain('u refuzua');
      p.list().flush(pageOf([theirs]));
    });

    it('shows a refusal to reject (the payment moved on meanwhile) in the dialog', async () => {
      await p.click(p.button('Refuzoj pagesën për SK-G-2026-KUK-001'));
      await p.type(p.dialog()!.querySelector('textarea')!, 'Dyfishim');
      await p.click(p.button('Refuzoj pagesën', p.dialog()!));
      p.backend
        .expectOne({ method: 'POST', url: '/api/payments/p-mine/reject' })
        .flush(problem(409, 'illegal_transition', 'Ky veprim nuk lejohet në gjendjen e tanishme.'), {
          status: 409,
          statusText: 'Conflict',
        });
      await p.stable();
      expect(p.text(p.dialog()!.querySelector('sk-payment-failure'))).toContain(
        'Ky veprim nuk lejohet në gjendjen e tanishme.',
      );
    });
  });

  describe('approved payments to pay', () => {
    const approved = payment({
      id: 'p-approved',
      status: 'approved',
      approvedBy: FINANCE_1,
      approvedByName: 'Arta Kola',
      approvedAt: '2027-03-03T09:00:00.000Z',
    });

    beforeEach(async () => {
      jest.useFakeTimers({ now: new Date('2027-03-10T10:00:00.000Z'), doNotFake: ['setTimeout', 'queueMicrotask'] });
      p = await open('/payments?tab=approved');
      p.list().flush(pageOf([approved]));
      await p.stable();
    });

    afterEach(() => jest.useRealTimers());

    it('shows who approved each payment', () => {
      expect(p.cells(p.rows()[0]).slice(3, 5)).toEqual(['Besa Hoxha 2 mar 2027, 10:30', 'Arta Kola 3 mar 2027, 10:00']);
    });

    it('marks paid with a bank reference and a date neither in the future nor before the approval', async () => {
      await p.click(p.button('Shëno të paguar pagesën për SK-G-2026-KUK-001'));
      const [reference, paidOn] = Array.from(p.dialog()!.querySelectorAll<HTMLInputElement>('input'));
      expect(document.activeElement).toBe(reference);
      expect(paidOn.type).toBe('date');
      expect(paidOn.value).toBe('2027-03-10');
      expect(paidOn.getAttribute('max')).toBe('2027-03-10');
      expect(paidOn.getAttribute('min')).toBe('2027-03-03');
      const errors = () =>
        Array.from(p.dialog()!.querySelectorAll('mat-form-field')).map((f) => p.text(f.querySelector('mat-error')));

      await p.click(p.button('Shëno të paguar', p.dialog()!));
      expect(errors()).toEqual(['Kjo fushë është e detyrueshme.', '']);
      expect(document.activeElement).toBe(reference);

      await p.type(reference, 'BKT#2027');
      expect(errors()[0]).toBe('Përdorni vetëm shkronja, shifra, hapësira dhe . / _ -, siç janë në pasqyrën e bankës.');
      await p.type(reference, 'BKT-2027-0001');
      await p.type(paidOn, '2027-03-11');
      expect(errors()).toEqual(['', 'Data e pagesës nuk mund të jetë në të ardhmen.']);
      await p.type(paidOn, '2027-03-02');
      expect(errors()[1]).toBe('Data e pagesës nuk mund të jetë para miratimit të pagesës (3.3.2027).');
      await p.type(paidOn, '2027-03-04');
      expect(errors()).toEqual(['', '']);

      await p.click(p.button('Shëno të paguar', p.dialog()!));
      const request = p.backend.expectOne({ method: 'POST', url: '/api/payments/p-approved/paid' });
      expect(request.request.body).toEqual({ bankReference: 'BKT-2027-0001', paidOn: '2027-03-04' });
      request.flush(
        problem(422, 'payment_paid_on_invalid', 'Data e pagesës nuk mund të jetë në të ardhmen as para miratimit.'),
        { status: 422, statusText: 'Unprocessable Entity' },
      );
      await p.stable();
      expect(errors()[1]).toBe('Data e pagesës nuk mund të jetë në të ardhmen as para miratimit.');
      expect(p.dialog()!.querySelector('sk-payment-failure')).toBeNull();

      await p.type(paidOn, '2027-03-05');
      await p.click(p.button('Shëno të paguar', p.dialog()!));
      p.backend
        .expectOne({ method: 'POST', url: '/api/payments/p-approved/paid' })
        .flush({ ...approved, status: 'paid', paidAt: '2027-03-10T10:00:00.000Z', bankReference: 'BKT-2027-0001' });
      await p.stable();
      expect(p.dialog()).toBeNull();
      expect(p.text(p.root.querySelector('sk-payment-outcome'))).toBe(
        'Pagesa prej 12 345,00 € për SK-G-2026-KUK-001 (Shoqata VMA Kukës) u shënua e paguar ' +
          '(referenca e bankës BKT-2027-0001).',
      );
      p.list().flush(pageOf([]));
      await p.stable();
      expect(p.text(p.root.querySelector('tbody'))).toBe('Asnjë pagesë e miratuar nuk pret të paguhet.');
    });
  });
});
