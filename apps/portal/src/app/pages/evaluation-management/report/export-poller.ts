import type { ExportJobDto } from '@skema/contracts';
import { Observable, concat, exhaustMap, of, takeWhile, timer } from 'rxjs';

/** A report takes seconds: asking once a second shows its progress without loading the API. */
export const EXPORT_POLL_INTERVAL_MS = 1_000;

export function exportFinished(job: Pick<ExportJobDto, 'status'>): boolean {
  return job.status === 'done' || job.status === 'failed';
}

/**
 * The job as it progresses: the one given at once, then the API's view of it every interval until it
 * is done or failed (that last state included), then complete. A request still running when the next
 * tick comes is not doubled (exhaustMap); an error ends the stream, for the page to offer a retry.
 */
export function pollExport(
  job: ExportJobDto,
  fetch: (id: string) => Observable<ExportJobDto>,
  intervalMs = EXPORT_POLL_INTERVAL_MS,
): Observable<ExportJobDto> {
  if (exportFinished(job)) return of(job);
  return concat(
    of(job),
    timer(intervalMs, intervalMs).pipe(
      exhaustMap(() => fetch(job.id)),
      takeWhile((next) => !exportFinished(next), true),
    ),
  );
}
