import type { Readable } from 'node:stream';
import { HttpStatus, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ApplicationAttachmentDto, RequiredAttachmentDto } from '@skema/contracts';
import { isBeforeDeadline } from '@skema/domain';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '../../../common/access/authenticated-user';
import { AppException } from '../../../common/errors/app.exception';
import { FileStorage, LocalFileStorage, ObjectTooLargeError, type StoredObject } from '../../../common/storage/file-storage';
import { Call } from '../../calls/entities/call.entity';
import { User } from '../../users/entities/user.entity';
import { Application } from '../entities/application.entity';
import { ApplicationAttachment } from './application-attachment.entity';
import { ATTACHMENT_TYPE_LABELS, type DetectedContent, detectAttachmentContent, extensionMatches, extensionOf } from './attachment-content';
import { sanitiseFileName } from './attachment-file-name';
import { toAttachmentDto } from './attachments-of';

/** The call's required attachment with this key; any other key is "not found". */
function requirementOf(call: Call, key: string): RequiredAttachmentDto {
  const requirement = call.requiredAttachments.find((r) => r.key === key);
  if (!requirement) throw new AppException('not_found', HttpStatus.NOT_FOUND);
  return requirement;
}

/** A file on its way in, from a multipart part or (in tests and seeds) a buffer. */
export interface IncomingFile {
  fileName: string;
  content: Readable | Buffer;
  /** True when the transport cut the file at its own limit (the multipart `fileSize`). */
  truncated?: () => boolean;
}

const MIB = 1024 * 1024;
/** "10", "2.5"; a limit under 1 MB keeps two significant digits rather than reading "0". */
const megabytes = (bytes: number) => String(bytes >= MIB ? Math.round((bytes / MIB) * 10) / 10 : Number((bytes / MIB).toPrecision(2)));

/**
 * The documents a call requires, uploaded to a draft: stored first (measured and hashed on the way),
 * recognised by content, then recorded in one transaction under the same lock and rule as a section
 * save. Whatever is refused or rolled back leaves no file behind; a replaced or deleted file goes
 * once the change is committed.
 */
@Injectable()
export class AttachmentsService {
  private readonly logger = new Logger(AttachmentsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: FileStorage,
  ) {}

  async upload(
    user: AuthenticatedUser,
    applicationId: string,
    requirementKey: string,
    file: IncomingFile | undefined,
    now = new Date(),
  ): Promise<ApplicationAttachmentDto> {
    // Checked before reading a byte, and again under the lock once the file is stored.
    const requirement = requirementOf((await this.editable(this.dataSource.manager, applicationId, now)).call, requirementKey);
    if (!file) throw new AppException('attachment_missing_file', HttpStatus.BAD_REQUEST);
    const stored = await this.store(LocalFileStorage.newKey(`applications/${applicationId}`), file, requirement.maxSizeBytes);
    let result: { dto: ApplicationAttachmentDto; replaced: string | null };
    try {
      const { fileName, type, contentType } = await this.inspect(stored.key, file.fileName, requirement);
      result = await this.dataSource.transaction(async (manager) => {
        const { application } = await this.editable(manager, applicationId, now, true);
        const previous = await manager.findOneBy(ApplicationAttachment, { applicationId, requirementKey });
        const replaced = previous?.storageKey ?? null;
        const row = previous ?? manager.create(ApplicationAttachment, { applicationId, requirementKey });
        Object.assign(row, { fileName, type, contentType, sizeBytes: stored.sizeBytes, sha256: stored.sha256, storageKey: stored.key, uploadedBy: user.id, uploadedAt: now });
        await manager.save(row);
        application.updatedAt = now;
        await manager.save(application);
        const uploader = await manager.findOne(User, { where: { id: user.id }, select: { id: true, displayName: true } });
        return { dto: toAttachmentDto(row, uploader?.displayName ?? '—'), replaced };
      });
    } catch (error) {
      await this.storage.delete(stored.key);
      throw error;
    }
    if (result.replaced) await this.discard(result.replaced);
    return result.dto;
  }

  /** Removes a draft's document (same rule as an upload); the file goes once that is committed. */
  async remove(applicationId: string, attachmentId: string, now = new Date()): Promise<void> {
    const storageKey = await this.dataSource.transaction(async (manager) => {
      const { application } = await this.editable(manager, applicationId, now, true);
      const row = await manager.findOneBy(ApplicationAttachment, { id: attachmentId, applicationId });
      if (!row) throw new AppException('not_found', HttpStatus.NOT_FOUND);
      const key = row.storageKey;
      await manager.remove(row); // audited by the subscriber, like every entity removal
      application.updatedAt = now;
      await manager.save(application);
      return key;
    });
    await this.discard(storageKey);
  }

  /** The stored bytes of one of this application's documents (never another application's). */
  async open(applicationId: string, attachmentId: string): Promise<{ attachment: ApplicationAttachment; content: Readable }> {
    const attachment = await this.dataSource.getRepository(ApplicationAttachment).findOneBy({ id: attachmentId, applicationId });
    if (!attachment) throw new AppException('not_found', HttpStatus.NOT_FOUND);
    return { attachment, content: await this.storage.read(attachment.storageKey) };
  }

  /**
   * The draft may change only before the deadline by the server's clock; `lock` takes the row lock a
   * section save takes, so uploads, deletions and the submission of one application queue up.
   */
  private async editable(manager: EntityManager, applicationId: string, now: Date, lock = false): Promise<{ application: Application; call: Call }> {
    const application = await manager.findOneOrFail(Application, { where: { id: applicationId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    const call = await manager.findOneByOrFail(Call, { id: application.callId });
    if (application.status !== 'draft' || !isBeforeDeadline(now, call.deadline)) {
      throw new AppException('application_not_editable', HttpStatus.CONFLICT);
    }
    return { application, call };
  }

  /** Streams the file into storage; over the requirement's limit nothing is kept. */
  private async store(key: string, file: IncomingFile, maxBytes: number): Promise<StoredObject> {
    const tooLarge = () => new AppException('attachment_too_large', HttpStatus.PAYLOAD_TOO_LARGE, { limit: megabytes(maxBytes) });
    let stored: StoredObject;
    try {
      stored = await this.storage.put(key, file.content, maxBytes);
    } catch (error) {
      if (error instanceof ObjectTooLargeError || (error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
      throw error;
    }
    if (file.truncated?.()) {
      await this.storage.delete(key);
      throw tooLarge();
    }
    return stored;
  }

  /**
   * What the stored bytes are, checked against the requirement and against the name's extension (a
   * PNG called `.pdf` is refused, so the name offered on download never lies). A name without an
   * extension gets the recognised one.
   */
  private async inspect(key: string, rawName: string, requirement: RequiredAttachmentDto): Promise<DetectedContent & { fileName: string }> {
    const content = await this.storage.read(key);
    let detected: DetectedContent | null;
    try {
      detected = await detectAttachmentContent(content);
    } finally {
      content.destroy();
    }
    const fileName = sanitiseFileName(rawName) || requirement.key;
    const expected = requirement.acceptedTypes.map((t) => ATTACHMENT_TYPE_LABELS[t]).join(', ');
    if (!detected) throw new AppException('attachment_type_not_accepted', HttpStatus.UNSUPPORTED_MEDIA_TYPE, { expected, fileName });
    const extension = extensionOf(fileName);
    if (extension && !extensionMatches(fileName, detected.type)) {
      throw new AppException('attachment_extension_mismatch', HttpStatus.UNSUPPORTED_MEDIA_TYPE, {
        fileName,
        extension,
        detected: ATTACHMENT_TYPE_LABELS[detected.type],
      });
    }
    if (!requirement.acceptedTypes.includes(detected.type)) {
      throw new AppException('attachment_type_not_accepted', HttpStatus.UNSUPPORTED_MEDIA_TYPE, { expected, fileName });
    }
    return { ...detected, fileName: extension ? fileName : sanitiseFileName(`${fileName}.${detected.type}`) };
  }

  /** After a commit: a file that cannot be deleted now is an orphan to log, not a failed request. */
  private async discard(key: string): Promise<void> {
    await this.storage.delete(key).catch((error: unknown) => this.logger.warn({ err: error, key }, 'could not delete a replaced attachment file'));
  }
}
