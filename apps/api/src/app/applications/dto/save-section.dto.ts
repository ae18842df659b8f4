import type { SaveSectionRequest } from '@skema/contracts';
import { IsInt, IsObject, Min } from 'class-validator';

export class SaveSectionDto implements SaveSectionRequest {
  /** The version the editor started from (0 for a section never saved). */
  @IsInt()
  @Min(0)
  version!: number;

  /** The section's form content; its shape is checked at submission, so a half-filled draft saves. */
  @IsObject()
  content!: Record<string, unknown>;
}
