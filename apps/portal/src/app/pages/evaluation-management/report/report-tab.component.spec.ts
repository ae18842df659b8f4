import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { TranslocoService } from '@jsverse/transloco';
import type { ExportJobDto } from '@skema/contracts';
import scopeEn from '../../../../../public/i18n/evaluation-management/en.json';
import scopeSq from '../../../../../public/i18n/evaluation-management/sq.json';
import { provideTranslocoTesting } from '../../../../testing/i18n-testing';
import { LanguageService } from '../../../core/i18n/language.service';
import { FileSaver } from '../../applications/file-saver';
import { CALL_ID, evaluationCall } from '../evaluation-management.testing';
import { ReportTabComponent } from './report-tab.component';

const job = (overrides: Partial<ExportJobDto> = {}): ExportJobDto => ({
  id: 'job-1',
  kind: 'evaluation_report',
  format: 'pdf',
  locale: 'en',
  status: 'queued',
  progress: 0,
  fileName: null,
  error: null,
  createdAt: '2027-03-01T10:00:00.000Z',
  finishedAt: null,
  ...overrides,
});

describe('the report tab', () => {
  let fixture: ComponentFixture<ReportTabComponent>;
  let backend: HttpTestingController;
  const saver = { save: jest.fn() };

  const element = () => fixture.nativeElement as HTMLElement;
  const text = () => (element().textContent ?? '').replace(/\s+/g, ' ');
  const button = (label: string) =>
    Array.from(element().querySelectorAll<HTMLButtonElement>('button')).find((b) =>
      b.textContent?.trim().endsWith(label),
    )!;
  const bar = () => element().querySelector('mat-progress-bar');
  /** Lets the awaited request settle and the view follow. */
  const settle = async () => {
    for (let i = 0; i < 5; i++) await Promise.resolve();
    fixture.detectChanges();
  };

  beforeEach(() => {
    window.localStorage.clear();
    jest.useFakeTimers({ doNotFake: ['queueMicrotask', 'nextTick'] });
    TestBed.configureTestingModule({
      providers: [
        provideTranslocoTesting(),
        provideNoopAnimations(),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: FileSaver, useValue: saver },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    // At run time the route provides the scope, which loads these files under `evaluationManagement.`.
    const transloco = TestBed.inject(TranslocoService);
    transloco.setTranslation(scopeSq, 'evaluation-management/sq');
    transloco.setTranslation(scopeEn, 'evaluation-management/en');
    TestBed.inject(LanguageService).use('en');
    fixture = TestBed.createComponent(ReportTabComponent);
    fixture.componentRef.setInput('call', evaluationCall());
    fixture.detectChanges();
  });

  afterEach(() => {
    backend.verify();
    jest.useRealTimers();
    saver.save.mockReset();
  });

  it('asks for the report in the reader’s language, follows it every second, then downloads it', async () => {
    button('Evaluation report (PDF)').click();
    const start = backend.expectOne({ method: 'POST', url: `/api/calls/${CALL_ID}/evaluation-report` });
    expect(start.request.body).toEqual({ format: 'pdf', locale: 'en' });
    start.flush(job(), { status: 202, statusText: 'Accepted' });
    await settle();
    expect(text()).toContain('The PDF report is waiting to be made…');
    expect(button('Evaluation report (XLSX)').disabled).toBe(true);

    jest.advanceTimersByTime(999);
    backend.expectNone('/api/exports/job-1');
    jest.advanceTimersByTime(1);
    backend.expectOne('/api/exports/job-1').flush(job({ status: 'running', progress: 47 }));
    await settle();
    expect(bar()?.getAttribute('aria-valuenow')).toBe('47');
    expect(element().querySelector('[aria-live="polite"]')?.textContent?.trim()).toBe('Making the PDF report: 40%');

    jest.advanceTimersByTime(1_000);
    backend
      .expectOne('/api/exports/job-1')
      .flush(job({ status: 'done', progress: 100, fileName: 'evaluation-report-CFP-2026-001.pdf' }));
    await settle();
    expect(bar()).toBeNull();
    expect(text()).toContain('The PDF report is ready.');
    jest.advanceTimersByTime(5_000);
    backend.expectNone('/api/exports/job-1');

    button('Download evaluation-report-CFP-2026-001.pdf').click();
    const file = backend.expectOne('/api/exports/job-1/file');
    expect(file.request.responseType).toBe('blob');
    const pdf = new Blob(['%PDF'], { type: 'application/pdf' });
    file.flush(pdf, { headers: { 'Content-Disposition': 'attachment; filename="raport.pdf"' } });
    await settle();
    expect(saver.save).toHaveBeenCalledWith(pdf, 'raport.pdf');
  });

  it('says why a report failed, and offers to ask again when its progress could not be read', async () => {
    button('Evaluation report (XLSX)').click();
    backend
      .expectOne(`/api/calls/${CALL_ID}/evaluation-report`)
      .flush(job({ format: 'xlsx', status: 'running', progress: 10 }));
    await settle();
    jest.advanceTimersByTime(1_000);
    backend.expectOne('/api/exports/job-1').flush(
      {
        type: 'about:blank',
        title: 'Not Found',
        status: 404,
        code: 'not_found',
        detail: 'The export was not found.',
      },
      { status: 404, statusText: 'Not Found' },
    );
    await settle();
    expect(text()).toContain('The export was not found.');
    // Another report may be asked for meanwhile.
    expect(button('Evaluation report (PDF)').disabled).toBe(false);

    button('Check again').click();
    fixture.detectChanges();
    jest.advanceTimersByTime(1_000);
    backend
      .expectOne('/api/exports/job-1')
      .flush(job({ format: 'xlsx', status: 'failed', progress: 60, error: 'The report could not be written.' }));
    await settle();
    expect(text()).toContain('The XLSX report could not be made.');
    expect(text()).toContain('The report could not be written.');
    expect(button('Evaluation report (PDF)').disabled).toBe(false);
  });
});
