import { Injectable } from '@nestjs/common';
import type { ExportFormat, ExportKind, Locale } from '@skema/contracts';

/** What a renderer is asked to make: the export job's row as the worker read it. */
export interface ExportRequest {
  id: string;
  kind: ExportKind;
  format: ExportFormat;
  locale: Locale;
  ownerId: string;
  params: Record<string, string>;
}

/** The finished file; its content type follows from the format. */
export interface ExportFile {
  content: Buffer;
  fileName: string;
}

/** Reports how far the renderer got, 0..100 (the worker keeps it below 100 until the file is stored). */
export type ExportProgress = (percent: number) => Promise<void>;

export interface ExportRenderer {
  render(request: ExportRequest, progress: ExportProgress): Promise<ExportFile>;
}

/**
 * A failure that another attempt would only repeat (the call has no grid, it is gone): the job is
 * marked failed with `code` at once instead of being retried.
 */
export class ExportFailure extends Error {
  constructor(readonly code: string) {
    super(`export failed: ${code}`);
    this.name = 'ExportFailure';
  }
}

/**
 * Which renderer makes which kind of export. Each feature registers its kind when its renderer is
 * created (the evaluation report by the results module), so the export machinery knows no feature.
 */
@Injectable()
export class ExportRenderers {
  private readonly renderers = new Map<ExportKind, ExportRenderer>();

  register(kind: ExportKind, renderer: ExportRenderer): void {
    if (this.renderers.has(kind)) throw new Error(`export kind "${kind}" is registered twice`);
    this.renderers.set(kind, renderer);
  }

  get(kind: ExportKind): ExportRenderer {
    const renderer = this.renderers.get(kind);
    if (!renderer) throw new ExportFailure('export_kind_unknown');
    return renderer;
  }
}
