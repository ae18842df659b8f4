import type { ApplicationAttachmentDto, RequiredAttachmentDto } from '@skema/contracts';
import type { EntityManager } from 'typeorm';
import { User } from '../../users/entities/user.entity';
import { ApplicationAttachment } from './application-attachment.entity';

export function toAttachmentDto(attachment: ApplicationAttachment, uploadedBy: string): ApplicationAttachmentDto {
  return {
    id: attachment.id,
    requirementKey: attachment.requirementKey,
    fileName: attachment.fileName,
    type: attachment.type,
    contentType: attachment.contentType,
    sizeBytes: attachment.sizeBytes,
    sha256: attachment.sha256,
    uploadedAt: attachment.uploadedAt.toISOString(),
    uploadedBy,
  };
}

/**
 * An application's documents in the order the call lists its requirements (a file whose requirement
 * the call no longer lists comes last), for `ApplicationDto.attachments` and so for the snapshot.
 */
export async function attachmentsOf(
  manager: EntityManager,
  applicationId: string,
  requirements: readonly RequiredAttachmentDto[],
): Promise<ApplicationAttachmentDto[]> {
  const { entities, raw } = await manager
    .createQueryBuilder(ApplicationAttachment, 'a')
    .leftJoin(User, 'u', 'u.id = a.uploaded_by')
    .addSelect('u.display_name', 'uploader')
    .where('a.application_id = :applicationId', { applicationId })
    .getRawAndEntities<{ a_id: string; uploader: string | null }>();
  const names = new Map(raw.map((r) => [r.a_id, r.uploader ?? '—']));
  const position = (key: string) => {
    const index = requirements.findIndex((r) => r.key === key);
    return index === -1 ? requirements.length : index;
  };
  return entities
    .sort((a, b) => position(a.requirementKey) - position(b.requirementKey) || a.requirementKey.localeCompare(b.requirementKey))
    .map((row) => toAttachmentDto(row, names.get(row.id) ?? '—'));
}
