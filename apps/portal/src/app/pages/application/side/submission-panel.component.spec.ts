import en from '../../../../../public/i18n/en.json';
import sq from '../../../../../public/i18n/sq.json';
import applicationEn from '../../../../../public/i18n/application/en.json';
import applicationSq from '../../../../../public/i18n/application/sq.json';
import callsEn from '../../../../../public/i18n/calls/en.json';
import callsSq from '../../../../../public/i18n/calls/sq.json';
import { RECEIPT_POLL_MS } from '../application-editor';
import { applicationDto, problem } from '../testing/application-fixtures';
import { PageContext, openPage, setUpPage, text, type, urls } from '../testing/application-testing';

const dictionaries = { sq, en, applicationSq, applicationEn, callsSq, callsEn };

const missing = [
  { field: 'summary', message: 'Plotësoni seksionin: Përmbledhja.' },
  { field: 'budget.lines.0.unit', message: 'Zëri buxhetor 1 nuk është plotësuar saktë (unit).' },
];

const budget = { lines: [{ category: 'travel', description: 'Vizita', unit: '', quantity: 2, unitCostCents: 10_000 }] };

const submitted = (receipt: 'pending' | 'ready') =>
  applicationDto({
    status: 'submitted',
    reference: 'SK-2026-KUK-0007',
    submittedAt: '2026-11-20T10:00:00.000Z',
    receipt: { status: receipt, generatedAt: null, sha256: null },
  });

describe('checklist and submission', () => {
  let page: PageContext;
  const root = () => page.root();
  const macrotask = () => new Promise((resolve) => setTimeout(resolve));

  async function confirmDialog(): Promise<string> {
    await page.render();
    await macrotask();
    const message = text(document.querySelector('sk-confirm-dialog'));
    document.querySelector<HTMLButtonElement>('sk-confirm-dialog .confirm')?.click();
    await macrotask();
    await page.render();
    return message;
  }

  beforeEach(async () => {
    page = await setUpPage(dictionaries);
  });

  afterEach(() => {
    jest.useRealTimers();
    page.backend.match(() => true).forEach((request) => request.flush({}));
  });

  it('lists what is missing and marks each part of the application in words', async () => {
    await openPage(page, {
      checklist: missing,
      application: applicationDto({}, { budget: { content: budget, version: 1 } }),
    });

    const checklist = root().querySelector('sk-checklist-panel');
    expect(text(checklist)).toContain('Mungojnë ende (2):');
    expect(Array.from(checklist?.querySelectorAll('li') ?? []).map((item) => text(item))).toEqual(
      missing.map((m) => m.message),
    );
    const marks = Array.from(root().querySelectorAll('.view-link')).map((link) => text(link));
    expect(marks).toContain('Përmbledhja: Mungon diçka');
    expect(marks).toContain('Buxheti: Mungon diçka');
    expect(marks).toContain('Kuadri logjik: E plotësuar');
    expect(marks).toContain('Partnerët: Opsionale');
  });

  it('takes the person to the field an item is about', async () => {
    await openPage(page, {
      checklist: missing,
      application: applicationDto({}, { budget: { content: budget, version: 1 } }),
    });

    root().querySelectorAll<HTMLButtonElement>('sk-checklist-panel .item')[1].click();
    await page.render();
    await macrotask();
    await page.render();

    expect(text(root().querySelector('h2.view__heading'))).toBe('Buxheti');
    expect(document.activeElement?.id).toBe('budget-line-0-unit');
  });

  it('says the application is complete when nothing is missing', async () => {
    await openPage(page, { checklist: [] });
    expect(text(root().querySelector('sk-checklist-panel'))).toContain('Nuk mungon asgjë: aplikimi mund të dorëzohet.');
  });

  it('asks before submitting and lists every reason a submission is refused', async () => {
    await openPage(page, { checklist: [] });
    root().querySelector<HTMLButtonElement>('.submit')?.click();
    expect(await confirmDialog()).toContain('Pasi dorëzohet, aplikimi nuk mund të ndryshohet më.');

    page.backend
      .expectOne(urls.submission)
      .flush(problem('application_incomplete', 400, 'Aplikimi nuk është i plotë.', missing), {
        status: 400,
        statusText: 'Bad',
      });
    await page.render();

    const refusal = root().querySelector('.refusal');
    expect(refusal?.getAttribute('role')).toBe('alert');
    expect(text(refusal)).toContain('Aplikimi nuk është i plotë.');
    expect(Array.from(refusal?.querySelectorAll('li') ?? []).map((item) => text(item))).toEqual(
      missing.map((m) => m.message),
    );
    expect(text(root().querySelector('sk-checklist-panel'))).toContain('Mungojnë ende (2):');
  });

  it('saves what is waiting first, and does not submit while a change could not be saved', async () => {
    await openPage(page, { checklist: [] });
    type(root().querySelector<HTMLTextAreaElement>('#summary-text'), 'Imi');
    root().querySelector<HTMLButtonElement>('.submit')?.click();
    await confirmDialog();

    page.backend
      .expectOne(urls.section('summary'))
      .flush(problem('section_conflict', 409, 'Dikush e ruajti.'), { status: 409, statusText: 'Conflict' });
    page.backend.expectOne(urls.application).flush(applicationDto());
    await page.render();
    await macrotask();
    await page.render();

    expect(text(root().querySelector('.refusal'))).toContain('Disa ndryshime nuk janë ruajtur ende.');
    page.backend.expectNone(urls.submission);
  });

  it('sends nothing when the person does not confirm', async () => {
    await openPage(page, { checklist: [] });
    root().querySelector<HTMLButtonElement>('.submit')?.click();
    await page.render();
    await macrotask();
    document.querySelector<HTMLButtonElement>('sk-confirm-dialog button:not(.confirm)')?.click();
    await macrotask();

    page.backend.expectNone(urls.submission);
  });

  it('after submitting shows the reference, waits for the receipt and offers it for download', async () => {
    await openPage(page, { checklist: [] });
    root().querySelector<HTMLButtonElement>('.submit')?.click();
    await confirmDialog();
    jest.useFakeTimers();
    page.backend.expectOne(urls.submission).flush(submitted('pending'));
    await page.render();

    expect(text(root().querySelector('sk-submission-panel'))).toContain(
      'Aplikimi u dorëzua. Numri i referencës është SK-2026-KUK-0007.',
    );
    expect(text(root().querySelector('.receipt'))).toBe('Po përgatitet vërtetimi i dorëzimit…');
    expect(text(root().querySelector('.status-chip'))).toBe('Statusi: I dorëzuar');
    expect(root().querySelector<HTMLTextAreaElement>('#summary-text')?.disabled).toBe(true);

    jest.advanceTimersByTime(RECEIPT_POLL_MS);
    page.backend.expectOne(urls.application).flush(submitted('pending'));
    jest.advanceTimersByTime(RECEIPT_POLL_MS);
    page.backend.expectOne(urls.application).flush(submitted('ready'));
    await page.render();
    jest.advanceTimersByTime(RECEIPT_POLL_MS * 3);
    page.backend.expectNone(urls.application);

    expect(text(root().querySelector('.receipt'))).toBe('Vërtetimi i dorëzimit është gati.');
    jest.useRealTimers();
    root().querySelector<HTMLButtonElement>('.download-receipt')?.click();
    const pdf = new Blob(['%PDF-1.7'], { type: 'application/pdf' });
    page.backend.expectOne(urls.receipt).flush(pdf);
    await page.render();
    expect(page.saved.map((file) => file.name)).toEqual(['vertetim-SK-2026-KUK-0007.pdf']);
  });

  it('says so when the receipt is not ready yet', async () => {
    await openPage(page, { application: submitted('ready') });
    root().querySelector<HTMLButtonElement>('.download-receipt')?.click();
    const body = new Blob([JSON.stringify(problem('receipt_pending', 409, 'Vërtetimi po përgatitet.'))], {
      type: 'application/problem+json',
    });
    page.backend.expectOne(urls.receipt).flush(body, { status: 409, statusText: 'Conflict' });
    // The problem details arrive as a Blob, read asynchronously.
    for (let i = 0; i < 20 && !root().querySelector('sk-submission-panel sk-notice'); i++) {
      await macrotask();
      await page.render();
    }

    expect(text(root().querySelector('sk-submission-panel sk-notice'))).toBe('Vërtetimi po përgatitet.');
  });

  it('withdraws a submitted application before the deadline, after asking', async () => {
    await openPage(page, { application: submitted('ready') });
    expect(text(root().querySelector('sk-submission-panel'))).toContain('Mund ta tërhiqni deri në afatin e fundit');

    root().querySelector<HTMLButtonElement>('.withdraw')?.click();
    expect(await confirmDialog()).toContain('Aplikimi nuk do të vlerësohet më.');
    page.backend.expectOne(urls.withdrawal).flush({ ...submitted('ready'), status: 'withdrawn' });
    await page.render();

    expect(text(root().querySelector('sk-submission-panel'))).toContain('Ky aplikim është tërhequr.');
    expect(root().querySelector('.withdraw')).toBeNull();
  });
});
