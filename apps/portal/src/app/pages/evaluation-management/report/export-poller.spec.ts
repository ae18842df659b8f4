import type { ExportJobDto } from '@skema/contracts';
import { Subject } from 'rxjs';
import { pollExport } from './export-poller';

const job = (overrides: Partial<ExportJobDto> = {}): ExportJobDto => ({
  id: 'job-1',
  kind: 'evaluation_report',
  format: 'pdf',
  locale: 'sq',
  status: 'queued',
  progress: 0,
  fileName: null,
  error: null,
  createdAt: '2027-03-01T10:00:00.000Z',
  finishedAt: null,
  ...overrides,
});

describe('following an export', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());
  const tick = (ms: number) => jest.advanceTimersByTime(ms);

  it('asks once a second until the job is done, then stops', () => {
    const answers = new Subject<ExportJobDto>();
    const fetch = jest.fn(() => answers);
    const seen: ExportJobDto[] = [];
    let completed = false;
    pollExport(job(), fetch).subscribe({ next: (j) => seen.push(j), complete: () => (completed = true) });

    expect(seen.map((j) => j.status)).toEqual(['queued']);
    tick(999);
    expect(fetch).not.toHaveBeenCalled();
    tick(1);
    expect(fetch).toHaveBeenCalledWith('job-1');
    answers.next(job({ status: 'running', progress: 40 }));
    // The next tick comes while the request is still running: it is not doubled.
    tick(1_000);
    expect(fetch).toHaveBeenCalledTimes(1);
    answers.next(job({ status: 'done', progress: 100, fileName: 'raporti.pdf' }));
    expect(seen.map((j) => [j.status, j.progress])).toEqual([
      ['queued', 0],
      ['running', 40],
      ['done', 100],
    ]);
    expect(completed).toBe(true);
    tick(5_000);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('does not ask about a job that already finished', () => {
    const fetch = jest.fn();
    const seen: ExportJobDto[] = [];
    pollExport(job({ status: 'failed', error: 'x' }), fetch).subscribe((j) => seen.push(j));
    tick(3_000);
    expect(fetch).not.toHaveBeenCalled();
    expect(seen).toHaveLength(1);
  });
});
