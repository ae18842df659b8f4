import { Controller, Get, Param, ParseUUIDPipe, Res, StreamableFile } from '@nestjs/common';
import { ApiConflictResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { ExportJobDto } from '@skema/contracts';
import type { FastifyReply } from 'fastify';
import { Access } from '../../common/access/access.decorator';
import { attachmentDisposition } from '../applications/attachments/attachment-file-name';
import { ExportsService } from './exports.service';

const EXPORT_JOB = { kind: 'export_job', param: 'id' };

/** A person's background exports: poll the state, then download the file. */
@ApiTags('exports')
@Controller('exports')
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  @Get(':id')
  @Access('exports.own', EXPORT_JOB)
  get(@Param('id', ParseUUIDPipe) id: string): Promise<ExportJobDto> {
    return this.exports.get(id);
  }

  /** Always a download, never rendered, never cached: the same protections as an application's documents. */
  @Get(':id/file')
  @Access('exports.own', EXPORT_JOB)
  @ApiProduces('application/octet-stream')
  @ApiConflictResponse({ description: '`export_not_ready`: still queued or running, or failed.' })
  async file(
    @Param('id', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const { fileName, contentType, content } = await this.exports.open(id);
    void reply.headers({
      'x-content-type-options': 'nosniff',
      'content-security-policy': "sandbox; default-src 'none'",
      'cache-control': 'private, no-store',
    });
    return new StreamableFile(content, { type: contentType, disposition: attachmentDisposition(fileName) });
  }
}
