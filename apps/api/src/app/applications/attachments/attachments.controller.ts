import type {} from '@fastify/multipart';
import { Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Req, Res, StreamableFile } from '@nestjs/common';
import {
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiNotFoundResponse,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiTags,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import type { ApplicationAttachmentDto } from '@skema/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Access } from '../../../common/access/access.decorator';
import type { AuthenticatedUser } from '../../../common/access/authenticated-user';
import { CurrentUser } from '../../../common/access/current-user.decorator';
import { attachmentDisposition } from './attachment-file-name';
import { AttachmentsService, type IncomingFile } from './attachments.service';

const APPLICATION = { kind: 'application', param: 'id' };

/** The upload form's one file part; anything else (another field name, no file) counts as no file. */
async function incomingFile(request: FastifyRequest): Promise<IncomingFile | undefined> {
  if (!request.isMultipart()) return undefined;
  const part = await request.file();
  if (!part) return undefined;
  if (part.fieldname !== 'file') {
    part.file.resume();
    return undefined;
  }
  return { fileName: part.filename, content: part.file, truncated: () => part.file.truncated };
}

/** Documents of an application: uploaded to a draft, downloaded by whoever may see the application. */
@ApiTags('applications')
@Controller('applications/:id/attachments')
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  /** Uploads (or replaces) the file answering one required attachment of the call. */
  @Post(':requirementKey')
  @Access('applications.draft', APPLICATION)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiNotFoundResponse({ description: 'No such application, or the call requires no document with this key.' })
  @ApiConflictResponse({ description: '`application_not_editable`: submitted, or the deadline has passed.' })
  @ApiPayloadTooLargeResponse({ description: '`attachment_too_large`: over the requirement’s size limit; nothing kept.' })
  @ApiUnsupportedMediaTypeResponse({ description: '`attachment_type_not_accepted` or `attachment_extension_mismatch` (checked by content).' })
  async upload(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('requirementKey') requirementKey: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ApplicationAttachmentDto> {
    try {
      return await this.attachments.upload(user, id, requirementKey, await incomingFile(request));
    } catch (error) {
      // Refused before the whole body arrived (too large, wrong type, not editable): close the
      // connection after the answer instead of reading the rest of the upload for nothing.
      if (!request.raw.complete) void reply.header('connection', 'close');
      throw error;
    }
  }

  /** Always a download, never rendered: a document may carry anything, so the browser gets no chance to run it. */
  @Get(':attachmentId/content')
  @Access('applications.read', APPLICATION)
  @ApiProduces('application/octet-stream')
  async download(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('attachmentId', ParseUUIDPipe) attachmentId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const { attachment, content } = await this.attachments.open(id, attachmentId);
    void reply.headers({
      'x-content-type-options': 'nosniff',
      'content-security-policy': "sandbox; default-src 'none'",
      'cache-control': 'private, no-store',
    });
    return new StreamableFile(content, {
      type: attachment.contentType,
      disposition: attachmentDisposition(attachment.fileName),
      length: attachment.sizeBytes,
    });
  }

  @Delete(':attachmentId')
  @Access('applications.draft', APPLICATION)
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiConflictResponse({ description: '`application_not_editable`: submitted, or the deadline has passed.' })
  remove(@Param('id', ParseUUIDPipe) id: string, @Param('attachmentId', ParseUUIDPipe) attachmentId: string): Promise<void> {
    return this.attachments.remove(id, attachmentId);
  }
}
