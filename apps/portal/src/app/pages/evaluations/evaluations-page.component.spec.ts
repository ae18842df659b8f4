import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { MyEvaluationDto } from '@skema/contracts';
import en from '../../../../public/i18n/en.json';
import sq from '../../../../public/i18n/sq.json';
import applicationEn from '../../../../public/i18n/application/en.json';
import applicationSq from '../../../../public/i18n/application/sq.json';
import evaluationsEn from '../../../../public/i18n/evaluations/en.json';
import evaluationsSq from '../../../../public/i18n/evaluations/sq.json';
import { ASSIGNMENT_ID, myEvaluation } from './testing/evaluation-fixtures';
import { EvaluationsContext, macrotask, setUpEvaluations, text } from './testing/evaluations-testing';

const dictionaries = {
  sq,
  en,
  'evaluations/sq': evaluationsSq,
  'evaluations/en': evaluationsEn,
  'application/sq': applicationSq,
  'application/en': applicationEn,
};

const rows: MyEvaluationDto[] = [
  myEvaluation({
    id: 'a-1',
    applicationReference: 'SK-2026-TIR-0010',
    lotRegionCode: 'TIR',
    declaration: 'signed',
    evaluationStatus: 'draft',
  }),
  myEvaluation(),
  myEvaluation({
    id: 'a-3',
    applicationReference: 'SK-2026-DIB-0009',
    lotRegionCode: 'DIB',
    declaration: 'signed',
    evaluationStatus: 'submitted',
    callId: 'c-old',
    callReference: 'CFP-2025-02',
  }),
  myEvaluation({ id: 'a-4', applicationReference: 'SK-2026-SAR-0001', lotRegionCode: 'SAR', declaration: 'conflict' }),
];

describe('My evaluations', () => {
  let page: EvaluationsContext;
  const root = () => page.root();
  const url = () => TestBed.inject(Router).url;
  const tableRows = () => Array.from(root().querySelectorAll('tr.mat-mdc-row'));
  const cells = (row: Element) => Array.from(row.querySelectorAll('td')).map((cell) => text(cell));

  async function open(path = '/evaluations', answer: MyEvaluationDto[] = rows): Promise<void> {
    await page.harness.navigateByUrl(path);
    await page.stable();
    page.backend.expectOne('/api/evaluations').flush(answer);
    await page.stable();
  }

  beforeEach(async () => {
    page = await setUpEvaluations(dictionaries);
  });

  afterEach(() => page.backend.match(() => true).forEach((request) => request.flush([])));

  it('lists each assignment with its call, lot, declaration, sheet and the action that fits', async () => {
    await open();

    expect(text(root().querySelector('h1'))).toBe('Vlerësimet e mia');
    expect(Array.from(root().querySelectorAll('th')).map((cell) => text(cell))).toEqual([
      'Aplikimi',
      'Thirrja',
      'Loti (rajoni)',
      'Deklarata',
      'Vlerësimi',
      'Veprimi',
    ]);
    expect(tableRows().map(cells)).toEqual([
      ['SK-2026-TIR-0010', 'CFP-2026-01', 'Tiranë', 'E nënshkruar', 'Draft', 'Vlerësoni'],
      ['SK-2026-KUK-0007', 'CFP-2026-01', 'Kukës', 'Pa nënshkruar', 'Pa filluar', 'Nënshkruani deklaratën'],
      ['SK-2026-DIB-0009', 'CFP-2025-02', 'Dibër', 'E nënshkruar', 'I dorëzuar', 'Shikoni'],
      ['SK-2026-SAR-0001', 'CFP-2026-01', 'Sarandë', 'Konflikt interesi', '—', 'Kthyer për ricaktim'],
    ]);
    const [scoring, signing, viewing, returned] = tableRows();
    expect(scoring.querySelector('a.score')?.getAttribute('href')).toBe('/evaluations/a-1');
    expect(scoring.querySelector('a.score')?.getAttribute('aria-label')).toBe('Vlerësoni aplikimin SK-2026-TIR-0010');
    expect(signing.querySelector('a')).toBeNull();
    expect(signing.querySelector('button.declare')?.getAttribute('aria-label')).toBe(
      'Nënshkruani deklaratën për aplikimin SK-2026-KUK-0007',
    );
    expect(viewing.querySelector('a.view')?.getAttribute('href')).toBe('/evaluations/a-3');
    expect(returned.querySelector('a, button')).toBeNull();
  });

  it('filters by a chosen declaration state, in the address', async () => {
    await open();

    root().querySelector<HTMLElement>('mat-select.filter-declaration')?.click();
    await page.stable();
    const options = Array.from(document.querySelectorAll<HTMLElement>('mat-option'));
    expect(options.map((option) => text(option))).toEqual([
      'Çdo deklaratë',
      'Pa nënshkruar',
      'E nënshkruar',
      'Konflikt interesi',
    ]);
    options.find((option) => text(option) === 'E nënshkruar')?.click();
    await page.stable();

    expect(url()).toBe('/evaluations?declaration=signed');
    expect(tableRows().map((row) => cells(row)[0])).toEqual(['SK-2026-TIR-0010', 'SK-2026-DIB-0009']);
    page.backend.expectNone('/api/evaluations');
  });

  it('reads sheet and call filters from the address and offers to clear what matches nothing', async () => {
    await open('/evaluations?sheet=submitted&callId=c-old');
    expect(tableRows().map((row) => cells(row)[0])).toEqual(['SK-2026-DIB-0009']);
    expect(text(root().querySelector('mat-select.filter-call'))).toBe('CFP-2025-02');

    await page.harness.navigateByUrl('/evaluations?sheet=submitted&declaration=pending');
    await page.stable();
    const empty = root().querySelector('sk-empty-state');
    expect(text(empty)).toContain('Asnjë vlerësim nuk përputhet me këto filtra');
    empty?.querySelector('button')?.click();
    await page.stable();
    expect(url()).toBe('/evaluations');
    expect(tableRows()).toHaveLength(4);
  });

  it('sorts by a column, both ways, in the address', async () => {
    await open();

    root().querySelector<HTMLElement>('.mat-column-reference .mat-sort-header-container')?.click();
    await page.stable();
    expect(url()).toBe('/evaluations?sort=reference');
    expect(tableRows().map((row) => cells(row)[0])).toEqual([
      'SK-2026-DIB-0009',
      'SK-2026-KUK-0007',
      'SK-2026-SAR-0001',
      'SK-2026-TIR-0010',
    ]);
    expect(root().querySelector('th.mat-column-reference')?.getAttribute('aria-sort')).toBe('ascending');

    root().querySelector<HTMLElement>('.mat-column-reference .mat-sort-header-container')?.click();
    await page.stable();
    expect(url()).toBe('/evaluations?sort=-reference');
    expect(cells(tableRows()[0])[0]).toBe('SK-2026-TIR-0010');
  });

  it('pages on the device, the page in the address', async () => {
    const many = Array.from({ length: 25 }, (_, i) =>
      myEvaluation({ id: `r${i}`, applicationReference: `SK-2026-KUK-${String(i + 1).padStart(4, '0')}` }),
    );
    await open('/evaluations?sort=reference', many);
    expect(tableRows()).toHaveLength(20);
    expect(text(root().querySelector('.mat-mdc-paginator-range-label'))).toBe('1–20 nga 25');

    root().querySelector<HTMLButtonElement>('.mat-mdc-paginator-navigation-next')?.click();
    await page.stable();
    expect(url()).toBe('/evaluations?sort=reference&page=2');
    expect(tableRows().map((row) => cells(row)[0])).toEqual([21, 22, 23, 24, 25].map((n) => `SK-2026-KUK-00${n}`));
  });

  it('says so when nothing is assigned yet', async () => {
    await open('/evaluations', []);
    expect(text(root().querySelector('sk-empty-state'))).toContain('Nuk keni ende aplikime për të vlerësuar');
    expect(root().querySelector('sk-evaluation-filters')).toBeNull();
  });

  it('explains a failure and tries again', async () => {
    await page.harness.navigateByUrl('/evaluations');
    await page.stable();
    page.backend.expectOne('/api/evaluations').flush(null, { status: 0, statusText: 'offline' });
    await page.stable();
    const alert = root().querySelector('sk-error-state');
    expect(text(alert)).toContain('Vlerësimet nuk mund të ngarkoheshin');

    alert?.querySelector('button')?.click();
    await page.stable();
    page.backend.expectOne('/api/evaluations').flush(rows);
    await page.stable();
    expect(tableRows()).toHaveLength(4);
  });

  describe('the declaration', () => {
    const dialog = () => document.querySelector('sk-declaration-dialog');
    const dialogButton = (selector: string) =>
      document.querySelector<HTMLButtonElement>(`sk-declaration-dialog ${selector}`);

    async function openDialog(): Promise<void> {
      await open();
      tableRows()[1].querySelector<HTMLButtonElement>('button.declare')?.click();
      await page.stable();
      await macrotask();
      await page.stable();
    }

    async function choose(value: 'sign' | 'conflict'): Promise<void> {
      document.querySelector<HTMLInputElement>(`sk-declaration-dialog .choice-${value} input`)?.click();
      await page.stable();
    }

    async function send(): Promise<void> {
      dialogButton('button.send')?.click();
      await page.stable();
    }

    afterEach(async () => {
      document.querySelectorAll('.cdk-overlay-container').forEach((overlay) => (overlay.innerHTML = ''));
    });

    it('shows the declaration of impartiality and confidentiality before anything of the application', async () => {
      await openDialog();

      expect(text(dialog()?.querySelector('h2'))).toBe('Deklaratë paanshmërie dhe konfidencialiteti');
      expect(document.activeElement).toBe(dialog()?.querySelector('h2'));
      expect(text(dialog())).toContain('Aplikimi SK-2026-KUK-0007 · thirrja CFP-2026-01 · loti Kukës');
      expect(dialog()?.querySelectorAll('ol li')).toHaveLength(5);
      expect(text(dialog())).toContain("Do t'i trajtoj si konfidenciale aplikimin");
      const group = dialog()?.querySelector('mat-radio-group');
      expect(text(document.getElementById(group?.getAttribute('aria-labelledby') ?? ''))).toBe('Përgjigjja juaj');
      // Nothing of the application was asked for.
      page.backend.expectNone((request) => request.url.startsWith('/api/applications'));
    });

    it('asks for a choice, then signs and goes on to scoring', async () => {
      await openDialog();

      await send();
      expect(text(dialog()?.querySelector('[role="alert"]'))).toBe('Zgjidhni njërën nga dy përgjigjet.');
      page.backend.expectNone(`/api/evaluations/${ASSIGNMENT_ID}/declaration`);

      await choose('sign');
      expect(text(dialogButton('button.send'))).toBe('Nënshkruaj deklaratën');
      await send();
      const request = page.backend.expectOne(`/api/evaluations/${ASSIGNMENT_ID}/declaration`);
      expect(request.request.method).toBe('POST');
      expect(request.request.body).toEqual({ signed: true });
      request.flush(myEvaluation({ declaration: 'signed', declaredAt: '2026-12-01T09:00:00.000Z' }));
      await page.stable();
      await macrotask();
      await page.stable();

      expect(url()).toBe(`/evaluations/${ASSIGNMENT_ID}`);
      expect(dialog()).toBeNull();
    });

    it('checks the reason for a conflict as it is typed, and hands the application back', async () => {
      await openDialog();
      await choose('conflict');

      expect(text(dialog())).toContain("Aplikimi do t'i kthehet menaxherit të programit");
      const reason = dialog()?.querySelector<HTMLTextAreaElement>('textarea.reason') as HTMLTextAreaElement;
      reason.value = 'Motra';
      reason.dispatchEvent(new Event('input'));
      await page.stable();
      expect(text(dialog()?.querySelector('mat-error'))).toBe('Përdorni të paktën 10 karaktere.');
      await send();
      page.backend.expectNone(`/api/evaluations/${ASSIGNMENT_ID}/declaration`);

      reason.value = '  Motra ime drejton organizatën aplikuese.  ';
      reason.dispatchEvent(new Event('input'));
      await page.stable();
      expect(dialog()?.querySelector('mat-error')).toBeNull();
      expect(text(dialog()?.querySelector('mat-form-field'))).toContain('44 / 2000');
      expect(text(dialogButton('button.send'))).toBe('Deklaro konfliktin e interesit');
      await send();
      const request = page.backend.expectOne(`/api/evaluations/${ASSIGNMENT_ID}/declaration`);
      expect(request.request.body).toEqual({ conflict: true, reason: 'Motra ime drejton organizatën aplikuese.' });
      request.flush(myEvaluation({ declaration: 'conflict', declaredAt: '2026-12-01T09:00:00.000Z' }));
      await page.stable();
      await macrotask();
      await page.stable();

      expect(dialog()).toBeNull();
      page.backend
        .expectOne('/api/evaluations')
        .flush(rows.map((row) => (row.id === ASSIGNMENT_ID ? { ...row, declaration: 'conflict' as const } : row)));
      await page.stable();
      await macrotask();
      const announcement = root().querySelector('.announcement');
      expect(text(announcement)).toBe(
        'Deklaruat konflikt interesi për aplikimin SK-2026-KUK-0007. ' +
          "Aplikimi i kthehet menaxherit të programit për t'ia caktuar një vlerësuesi tjetër.",
      );
      expect(document.activeElement).toBe(announcement);
      expect(cells(tableRows()[1])).toEqual([
        'SK-2026-KUK-0007',
        'CFP-2026-01',
        'Kukës',
        'Konflikt interesi',
        '—',
        'Kthyer për ricaktim',
      ]);
      expect(url()).toBe('/evaluations');
    });

    it("shows the API's refusal in the dialog", async () => {
      await openDialog();
      await choose('sign');
      await send();
      page.backend.expectOne(`/api/evaluations/${ASSIGNMENT_ID}/declaration`).flush(
        {
          type: 'about:blank',
          title: 'Conflict',
          status: 409,
          code: 'declaration_already_made',
          detail: 'Deklarata për këtë caktim është bërë tashmë.',
        },
        { status: 409, statusText: 'Conflict' },
      );
      await page.stable();

      const notice = dialog()?.querySelector('sk-notice[role="alert"]');
      expect(Array.from(notice?.querySelectorAll('p') ?? []).map((p) => text(p))).toEqual([
        'Deklarata nuk u dërgua.',
        'Deklarata për këtë caktim është bërë tashmë.',
      ]);
    });

    it('changes nothing when cancelled', async () => {
      await openDialog();
      dialogButton('button.cancel')?.click();
      await page.stable();
      await macrotask();
      await page.stable();

      expect(dialog()).toBeNull();
      page.backend.expectNone(`/api/evaluations/${ASSIGNMENT_ID}/declaration`);
      expect(url()).toBe('/evaluations');
    });
  });
});
