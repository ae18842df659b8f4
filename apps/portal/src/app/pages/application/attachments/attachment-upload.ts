import { HttpEvent, HttpEventType } from '@angular/common/http';
import { AttachmentType, RequiredAttachmentDto } from '@skema/contracts';

/** How far an upload got: bytes sent out of the file's size, as a whole percentage. */
export function uploadPercent(event: HttpEvent<unknown>): number | null {
  if (event.type !== HttpEventType.UploadProgress) return null;
  if (!event.total) return null;
  return Math.min(100, Math.floor((event.loaded / event.total) * 100));
}

/** File name endings people use for each type the API recognises by content. */
const EXTENSIONS: Readonly<Record<AttachmentType, readonly string[]>> = {
  pdf: ['pdf'],
  docx: ['docx'],
  xlsx: ['xlsx'],
  odt: ['odt'],
  ods: ['ods'],
  jpg: ['jpg', 'jpeg'],
  png: ['png'],
};

/** The `accept` attribute of the file picker, so it offers the right files first. */
export function acceptAttribute(types: readonly AttachmentType[]): string {
  return types.flatMap((type) => EXTENSIONS[type].map((extension) => `.${extension}`)).join(',');
}

export type FileProblem =
  { readonly kind: 'too_large'; readonly maxSizeBytes: number } | { readonly kind: 'wrong_type' };

/**
 * What can be told before sending: too large, or a name that is not of an accepted type. The API
 * checks the content itself (a renamed file is still refused there).
 */
export function fileProblem(file: Pick<File, 'name' | 'size'>, requirement: RequiredAttachmentDto): FileProblem | null {
  if (file.size > requirement.maxSizeBytes) return { kind: 'too_large', maxSizeBytes: requirement.maxSizeBytes };
  const extension = file.name.includes('.') ? file.name.split('.').pop()?.toLowerCase() : undefined;
  const accepted = requirement.acceptedTypes.flatMap((type) => EXTENSIONS[type]);
  return extension && accepted.includes(extension) ? null : { kind: 'wrong_type' };
}
