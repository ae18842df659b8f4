import type { Readable } from 'node:stream';
import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ExportFormat, ExportJobDto, ExportKind, Locale } from '@skema/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { AppException } from '../../common/errors/app.exception';
import { FileStorage } from '../../common/storage/file-storage';
import { writeOutboxMessage } from '../notifications/outbox/outbox-write';
import { ExportJob } from './export-job.entity';
import { EXPORT_CONTENT_TYPES, EXPORT_TOPIC, type ExportRequestMessage } from './exports.constants';

export interface NewExport {
  kind: ExportKind;
  format: ExportFormat;
  locale: Locale;
  params: Record<string, string>;
}

export interface ExportDownload {
  fileName: string;
  contentType: string;
  content: Readable;
}

export function toExportJobDto(job: ExportJob): ExportJobDto {
  return {
    id: job.id,
    kind: job.kind,
    format: job.format,
    locale: job.locale,
    status: job.status,
    progress: job.progress,
    fileName: job.fileName,
    error: job.error,
    createdAt: job.createdAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}

/**
 * Background exports (DESIGN §6): a feature asks for one with its own transaction, the worker makes
 * the file, and only the person who asked reads its state and downloads it (ExportJobPolicy).
 */
@Injectable()
export class ExportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: FileStorage,
  ) {}

  /**
   * Records the request (audited: who asked for what) and its outbox row in the caller's transaction,
   * so the job is queued after commit and waits in the outbox while Redis is down.
   */
  async request(manager: EntityManager, ownerId: string, request: NewExport): Promise<ExportJobDto> {
    const job = await manager.save(manager.create(ExportJob, { ...request, ownerId, status: 'queued', progress: 0 }));
    await writeOutboxMessage(manager, EXPORT_TOPIC, { exportJobId: job.id } satisfies ExportRequestMessage);
    return toExportJobDto(await manager.findOneByOrFail(ExportJob, { id: job.id }));
  }

  async get(id: string): Promise<ExportJobDto> {
    return toExportJobDto(await this.dataSource.getRepository(ExportJob).findOneByOrFail({ id }));
  }

  /** 409 `export_not_ready` until the worker has stored the file (and for a failed export). */
  async open(id: string): Promise<ExportDownload> {
    const job = await this.dataSource.getRepository(ExportJob).findOneByOrFail({ id });
    if (job.status !== 'done' || !job.storageKey || !job.fileName) {
      throw new AppException('export_not_ready', HttpStatus.CONFLICT);
    }
    return {
      fileName: job.fileName,
      contentType: EXPORT_CONTENT_TYPES[job.format],
      content: await this.storage.read(job.storageKey),
    };
  }
}
