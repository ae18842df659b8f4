import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { CriterionScoreDto, EvaluationSheetDto } from '@skema/contracts';
import en from '../../../../../public/i18n/en.json';
import sq from '../../../../../public/i18n/sq.json';
import applicationEn from '../../../../../public/i18n/application/en.json';
import applicationSq from '../../../../../public/i18n/application/sq.json';
import evaluationsEn from '../../../../../public/i18n/evaluations/en.json';
import evaluationsSq from '../../../../../public/i18n/evaluations/sq.json';
import { applicationDto } from '../../application/testing/application-fixtures';
import { APPLICATION_ID, ASSIGNMENT_ID, myEvaluation, problem, sheetDto } from '../testing/evaluation-fixtures';
import { EvaluationsContext, macrotask, setUpEvaluations, text, type } from '../testing/evaluations-testing';
import { SHEET_AUTOSAVE_DELAY_MS } from './sheet-autosave';

const dictionaries = {
  sq,
  en,
  'evaluations/sq': evaluationsSq,
  'evaluations/en': evaluationsEn,
  'application/sq': applicationSq,
  'application/en': applicationEn,
};

const urls = {
  sheet: `/api/evaluations/${ASSIGNMENT_ID}`,
  scores: `/api/evaluations/${ASSIGNMENT_ID}/scores`,
  submit: `/api/evaluations/${ASSIGNMENT_ID}/submit`,
  declaration: `/api/evaluations/${ASSIGNMENT_ID}/declaration`,
  application: `/api/applications/${APPLICATION_ID}`,
};

const application = applicationDto(
  {
    status: 'in_evaluation',
    reference: 'SK-2026-KUK-0007',
    submittedAt: '2026-11-20T10:00:00.000Z',
    attachments: [
      {
        id: 'att-1',
        requirementKey: 'statute',
        fileName: 'statuti.pdf',
        type: 'pdf',
        contentType: 'application/pdf',
        sizeBytes: 2 * 1024 * 1024,
        sha256: 'ab',
        uploadedAt: '2026-11-19T08:00:00.000Z',
        uploadedBy: 'Anila Meta',
      },
    ],
  },
  { summary: { content: { text: 'Punësim për gratë në Kukës' }, version: 3 } },
);

const complete: CriterionScoreDto[] = [
  { criterionKey: '1.1', score: 4, comment: 'Përvojë e mirë.' },
  { criterionKey: '1.2', score: 3, comment: 'Burime të kufizuara.' },
  { criterionKey: '2.1', score: 5, comment: 'Shumë e përshtatshme.' },
];

describe('the score sheet', () => {
  let page: EvaluationsContext;
  const root = () => page.root();
  const status = () => text(root().querySelector('.save-status'));
  const toggles = (key: string) =>
    Array.from(root().querySelectorAll<HTMLButtonElement>(`#criterion-${key.replace('.', '-')}-score button`));
  const comment = (key: string) =>
    root().querySelector<HTMLTextAreaElement>(`#criterion-${key.replace('.', '-')}-comment`);
  const criterion = (key: string) => toggles(key)[0]?.closest('.criterion');
  const section = (key: string) => root().querySelector(`fieldset[data-section="${key}"]`);
  const total = () => text(root().querySelector('.total__points'));

  async function give(key: string, score: number): Promise<void> {
    toggles(key)[score - 1].click();
    await page.render();
  }

  async function write(key: string, value: string): Promise<void> {
    type(comment(key), value);
    await page.render();
  }

  async function open(sheet: EvaluationSheetDto = sheetDto()): Promise<void> {
    await page.harness.navigateByUrl(`/evaluations/${ASSIGNMENT_ID}`);
    await page.render();
    page.backend.expectOne(urls.sheet).flush(sheet);
    await page.render();
    page.backend.expectOne(urls.application).flush(application);
    await page.render();
  }

  async function confirmDialog(): Promise<string> {
    await page.render();
    await macrotask();
    await page.render();
    const message = text(document.querySelector('sk-confirm-dialog'));
    document.querySelector<HTMLButtonElement>('sk-confirm-dialog .confirm')?.click();
    await macrotask();
    await page.render();
    return message;
  }

  async function fillAll(): Promise<void> {
    for (const entry of complete) {
      await give(entry.criterionKey, entry.score as number);
      await write(entry.criterionKey, entry.comment as string);
    }
  }

  beforeEach(async () => {
    page = await setUpEvaluations(dictionaries);
  });

  afterEach(() => {
    jest.useRealTimers();
    document.querySelectorAll('.cdk-overlay-container').forEach((overlay) => (overlay.innerHTML = ''));
    page.backend.match(() => true).forEach((request) => request.flush({}));
  });

  it('asks for the declaration first, showing nothing of the application, then opens the sheet', async () => {
    await page.harness.navigateByUrl(`/evaluations/${ASSIGNMENT_ID}`);
    await page.render();
    page.backend
      .expectOne(urls.sheet)
      .flush(problem('declaration_required', 409, 'Nënshkruani deklaratën.'), { status: 409, statusText: 'Conflict' });
    await page.render();
    page.backend.expectOne('/api/evaluations').flush([myEvaluation()]);
    await page.render();

    expect(text(root().querySelector('h2'))).toBe('Deklaratë paanshmërie dhe konfidencialiteti');
    expect(text(root().querySelector('h1'))).toBe('Vlerësimi i aplikimit SK-2026-KUK-0007');
    expect(text(root().querySelector('sk-declaration-form'))).toContain(
      'Aplikimi SK-2026-KUK-0007 · thirrja CFP-2026-01',
    );
    expect(root().querySelector('sk-application-reader, sk-score-grid')).toBeNull();
    page.backend.expectNone((request) => request.url.startsWith('/api/applications'));

    root().querySelector<HTMLInputElement>('.choice-sign input')?.click();
    await page.render();
    root().querySelector<HTMLButtonElement>('button.send')?.click();
    await page.render();
    const declaration = page.backend.expectOne(urls.declaration);
    expect(declaration.request.body).toEqual({ signed: true });
    declaration.flush(myEvaluation({ declaration: 'signed' }));
    await page.render();
    page.backend.expectOne(urls.sheet).flush(sheetDto());
    await page.render();
    page.backend.expectOne(urls.application).flush(application);
    await page.render();

    expect(root().querySelector('sk-score-grid')).not.toBeNull();
    expect(document.activeElement).toBe(root().querySelector('h1'));
  });

  it('shows the application read-only beside the grid, its documents to download', async () => {
    await open();

    const reader = root().querySelector('section.reader');
    expect(text(reader?.querySelector('h2'))).toBe('Aplikimi');
    expect(text(reader)).toContain('Aplikanti: Shoqata Shpresa');
    const summary = reader?.querySelector<HTMLTextAreaElement>('#summary-text');
    expect(summary?.value).toBe('Punësim për gratë në Kukës');
    expect(summary?.disabled).toBe(true);
    expect(Array.from(reader?.querySelectorAll('mat-panel-title') ?? []).map((title) => text(title))).toEqual([
      'Përmbledhja',
      'Problemi dhe grupi i synuar',
      'Objektivat dhe aktivitetet',
      'Kuadri logjik',
      'Përfituesit e planifikuar',
      'Partnerët',
      'Buxheti',
      'Dokumentet',
    ]);

    const download = reader?.querySelector<HTMLButtonElement>('button.download');
    expect(download?.getAttribute('aria-label')).toBe('Shkarko statuti.pdf');
    expect(text(download?.closest('li'))).toContain('statuti.pdf (2 MB)');
    download?.click();
    await page.render();
    const file = page.backend.expectOne(`${urls.application}/attachments/att-1/content`);
    file.flush(new Blob(['%PDF']));
    await page.render();
    expect(page.saved.map((saved) => saved.name)).toEqual(['statuti.pdf']);
  });

  it('counts section and total points as the evaluator scores, with labelled score choices', async () => {
    await open();

    const group = root().querySelector('#criterion-1-1-score');
    expect(group?.getAttribute('role')).toBe('radiogroup');
    expect(group?.getAttribute('aria-label')).toBe('Pikët për „Përvoja në menaxhim”');
    expect(toggles('1.1').map((toggle) => text(toggle))).toEqual(['1', '2', '3', '4', '5']);
    expect(text(criterion('1.1')?.querySelector('.criterion__meta'))).toBe('Pikë 1–5 · vlen ×2 · 0 pikë');
    expect(text(section('1')?.querySelector('legend'))).toBe(
      '1. Kapaciteti financiar dhe operacional 0 nga 15 pikë · pragu 9',
    );
    expect(total()).toBe('0 nga 25 pikë');
    expect(text(root().querySelector('.total__open'))).toBe('Pa pikë ende: 3 kritere');

    await give('1.1', 4);
    expect(toggles('1.1')[3].getAttribute('aria-checked')).toBe('true');
    expect(text(criterion('1.1')?.querySelector('.criterion__points'))).toBe('8 pikë');
    await give('1.2', 3);
    await give('2.1', 5);

    expect(text(section('1')?.querySelector('.section__points'))).toBe('11 nga 15 pikë · pragu 9');
    expect(text(section('2')?.querySelector('.section__points'))).toBe('10 nga 10 pikë');
    expect(total()).toBe('21 nga 25 pikë');
    expect(text(root().querySelector('.total__threshold'))).toBe('Pragu i përgjithshëm: 15 pikë');
    expect(text(root().querySelector('.total__open'))).toBe('Të gjitha kriteret kanë pikë.');

    await write('1.1', 'Përvojë');
    expect(text(criterion('1.1')?.querySelector('mat-form-field'))).toContain('7 / 4000');
  });

  describe('autosave', () => {
    beforeEach(async () => {
      await open(
        sheetDto({ scores: [{ criterionKey: '2.1', score: 2, comment: null }], updatedAt: '2026-11-25T08:00:00.000Z' }),
      );
      jest.useFakeTimers();
    });

    it('saves the whole sheet once, after a pause, and says so politely', async () => {
      expect(status()).toBe('Ruajtur për herë të fundit më 25 nën 2026, 09:00');
      expect(root().querySelector('.save-status')?.getAttribute('aria-live')).toBe('polite');

      await give('1.1', 4);
      jest.advanceTimersByTime(1_000);
      await write('1.1', 'Përvojë e mirë.');
      expect(status()).toBe('Ndryshime të paruajtura…');
      page.backend.expectNone(urls.scores);

      jest.advanceTimersByTime(SHEET_AUTOSAVE_DELAY_MS);
      await page.render();
      const save = page.backend.expectOne(urls.scores);
      expect(save.request.method).toBe('PUT');
      expect(save.request.body).toEqual({
        scores: [
          { criterionKey: '1.1', score: 4, comment: 'Përvojë e mirë.' },
          { criterionKey: '1.2', score: null, comment: null },
          { criterionKey: '2.1', score: 2, comment: null },
        ],
      });
      expect(status()).toBe('Po ruhet…');

      // Changed while saving: goes right after, without another pause.
      await give('1.2', 3);
      save.flush(sheetDto({ scores: save.request.body.scores, updatedAt: '2026-11-25T09:42:00.000Z' }));
      await page.render();
      const next = page.backend.expectOne(urls.scores);
      expect(next.request.body.scores[1]).toEqual({ criterionKey: '1.2', score: 3, comment: null });
      next.flush(sheetDto({ scores: next.request.body.scores, updatedAt: '2026-11-25T09:43:00.000Z' }));
      await page.render();
      expect(status()).toBe('Ruajtur në 10:43');
    });

    it("shows the API's field errors at the criterion they name, and tries again on request", async () => {
      await write('1.2', 'x');
      jest.advanceTimersByTime(SHEET_AUTOSAVE_DELAY_MS);
      page.backend
        .expectOne(urls.scores)
        .flush(
          problem('score_sheet_invalid', 400, 'Fleta e pikëve nuk është e vlefshme.', [
            { field: 'scores.1.2.comment', message: 'Komenti nuk mund të ruhet.' },
          ]),
          { status: 400, statusText: 'Bad Request' },
        );
      await page.render();

      expect(status()).toBe('Nuk u ruajt: Fleta e pikëve nuk është e vlefshme.');
      expect(text(criterion('1.2')?.querySelector('mat-error'))).toBe('Komenti nuk mund të ruhet.');
      expect(comment('1.2')?.getAttribute('aria-invalid')).toBe('true');

      root().querySelector<HTMLButtonElement>('.retry')?.click();
      await page.render();
      expect(page.backend.expectOne(urls.scores).request.body.scores[1].comment).toBe('x');
    });
  });

  it('marks what is missing before submitting, without asking, and clears each mark as it is filled', async () => {
    await open();
    await give('1.1', 4);
    await write('1.1', 'Mirë.');

    root().querySelector<HTMLButtonElement>('button.submit')?.click();
    await page.render();
    await macrotask();

    expect(document.querySelector('sk-confirm-dialog')).toBeNull();
    page.backend.expectNone(urls.submit);
    expect(text(root().querySelector('.message sk-notice'))).toBe('Para dorëzimit plotësoni fushat e shënuara: 4.');
    expect(text(criterion('1.2')?.querySelector('.sk-fieldset__error'))).toBe('Jepni një pikë nga 1 deri në 5.');
    expect(text(criterion('1.2')?.querySelector('mat-error'))).toBe('Shkruani një koment për këtë kriter.');
    expect(criterion('1.1')?.classList).not.toContain('criterion--invalid');
    expect(document.activeElement).toBe(toggles('1.2')[0]);

    await give('1.2', 2);
    expect(criterion('1.2')?.querySelector('.sk-fieldset__error')).toBeNull();
    await write('1.2', '   ');
    expect(text(criterion('1.2')?.querySelector('mat-error'))).toBe('Shkruani një koment për këtë kriter.');
    await write('1.2', 'Pak burime.');
    expect(criterion('1.2')?.querySelector('mat-error')).toBeNull();
  });

  it('submits after confirmation, then shows everything locked', async () => {
    await open();
    await fillAll();

    root().querySelector<HTMLButtonElement>('button.submit')?.click();
    const question = await confirmDialog();
    expect(question).toContain('Të dorëzohet vlerësimi?');
    expect(question).toContain('Gjithsej: 21 nga 25 pikë.');

    const submit = page.backend.expectOne(urls.submit);
    expect(submit.request.method).toBe('POST');
    expect(submit.request.body).toEqual({ scores: complete });
    // The sheet travels with the submission: the pending draft save is not sent as well.
    page.backend.expectNone(urls.scores);
    submit.flush(
      sheetDto({
        status: 'submitted',
        scores: complete,
        points: { sections: { '1': 11, '2': 10 }, total: 21, complete: true },
        updatedAt: '2026-11-25T10:00:00.000Z',
        submittedAt: '2026-11-25T10:00:00.000Z',
      }),
    );
    await page.render();
    await macrotask();

    const locked = root().querySelector('sk-notice.locked');
    expect(text(locked)).toBe(
      'Vlerësimi u dorëzua më 25 nën 2026, 11:00. Pikët dhe komentet janë të kyçura dhe nuk ndryshojnë më.',
    );
    expect(document.activeElement).toBe(locked);
    expect(toggles('1.1').every((toggle) => toggle.disabled)).toBe(true);
    expect(comment('2.1')?.disabled).toBe(true);
    expect(comment('2.1')?.value).toBe('Shumë e përshtatshme.');
    expect(root().querySelector('button.submit')).toBeNull();
    expect(root().querySelector('.save-status')).toBeNull();
    expect(total()).toBe('21 nga 25 pikë');
  });

  it("puts the API's refusal of a submission at the criteria it names", async () => {
    await open();
    await fillAll();

    root().querySelector<HTMLButtonElement>('button.submit')?.click();
    await confirmDialog();
    page.backend
      .expectOne(urls.submit)
      .flush(
        problem('score_sheet_incomplete', 422, 'Fleta e pikëve nuk është e plotë.', [
          { field: 'scores.2.1.comment', message: 'Shkruani një koment për kriterin 2.1.' },
        ]),
        { status: 422, statusText: 'Unprocessable' },
      );
    await page.render();
    await macrotask();

    expect(text(root().querySelector('.message sk-notice'))).toBe('Para dorëzimit plotësoni fushat e shënuara: 1.');
    expect(text(criterion('2.1')?.querySelector('mat-error'))).toBe('Shkruani një koment për kriterin 2.1.');
    expect(document.activeElement).toBe(comment('2.1'));
    expect(comment('2.1')?.disabled).toBe(false);
  });

  it('shows the sheet locked when it was submitted meanwhile', async () => {
    await open();
    await fillAll();

    root().querySelector<HTMLButtonElement>('button.submit')?.click();
    await confirmDialog();
    page.backend
      .expectOne(urls.submit)
      .flush(problem('evaluation_locked', 409, 'Vlerësimi është dorëzuar dhe nuk ndryshon më.'), {
        status: 409,
        statusText: 'Conflict',
      });
    await page.render();
    page.backend
      .expectOne(urls.sheet)
      .flush(sheetDto({ status: 'submitted', scores: complete, submittedAt: '2026-11-25T10:00:00.000Z' }));
    await page.render();

    expect(text(root().querySelector('.message sk-notice'))).toBe('Vlerësimi është dorëzuar dhe nuk ndryshon më.');
    expect(root().querySelector('sk-notice.locked')).not.toBeNull();
    expect(comment('1.1')?.disabled).toBe(true);
  });

  it('opens a submitted sheet read-only', async () => {
    await open(
      sheetDto({
        status: 'submitted',
        scores: complete,
        points: { sections: { '1': 11, '2': 10 }, total: 21, complete: true },
        submittedAt: '2026-11-25T10:00:00.000Z',
      }),
    );

    expect(root().querySelector('sk-notice.locked')).not.toBeNull();
    expect(toggles('2.1')[4].getAttribute('aria-checked')).toBe('true');
    expect(toggles('2.1').every((toggle) => toggle.disabled)).toBe(true);
    expect(root().querySelector('button.submit, button.declare-conflict, .save-status')).toBeNull();
    expect(text(section('1')?.querySelector('.section__points'))).toBe('11 nga 15 pikë · pragu 9');
  });

  it('lets an evaluator who signed declare a conflict found later, ending the work here', async () => {
    await open();

    root().querySelector<HTMLButtonElement>('button.declare-conflict')?.click();
    await page.render();
    await macrotask();
    await page.render();
    const dialog = document.querySelector('sk-declaration-dialog');
    expect(dialog?.querySelector('mat-radio-group')).toBeNull();
    type(
      dialog?.querySelector<HTMLTextAreaElement>('textarea.reason') ?? null,
      'Kam punuar për aplikantin vitin e kaluar.',
    );
    await page.render();
    dialog?.querySelector<HTMLButtonElement>('button.send')?.click();
    await page.render();
    const declaration = page.backend.expectOne(urls.declaration);
    expect(declaration.request.body).toEqual({ conflict: true, reason: 'Kam punuar për aplikantin vitin e kaluar.' });
    declaration.flush(myEvaluation({ declaration: 'conflict' }));
    await page.render();
    await macrotask();
    await page.render();

    expect(root().querySelector('sk-score-grid, sk-application-reader')).toBeNull();
    expect(text(root().querySelector('sk-notice'))).toContain('Deklaruat konflikt interesi.');
    expect(TestBed.inject(Router).url).toBe(`/evaluations/${ASSIGNMENT_ID}`);
  });
});
