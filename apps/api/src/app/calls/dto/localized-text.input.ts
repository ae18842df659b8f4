import { CALL_LIMITS, type LocalizedText } from '@skema/contracts';
import { IsString, MaxLength, MinLength } from 'class-validator';

type TextClass = new () => LocalizedText;

/** A text in both languages, each within the same length limits (class-validator needs one class per limit). */
function localizedText(min: number, max: number): TextClass {
  class LocalizedTextInput implements LocalizedText {
    @IsString()
    @MinLength(min)
    @MaxLength(max)
    sq!: string;

    @IsString()
    @MinLength(min)
    @MaxLength(max)
    en!: string;
  }
  return LocalizedTextInput;
}

export const CallTitleInput = localizedText(CALL_LIMITS.titleMinLength, CALL_LIMITS.titleMaxLength);
export const CallBodyInput = localizedText(1, CALL_LIMITS.textMaxLength);
export const ReasonInput = localizedText(CALL_LIMITS.reasonMinLength, CALL_LIMITS.reasonMaxLength);
export const GridNameInput = localizedText(1, CALL_LIMITS.gridNameMaxLength);
export const EligibilityTextInput = localizedText(1, CALL_LIMITS.eligibilityTextMaxLength);
export const AttachmentNameInput = localizedText(1, CALL_LIMITS.attachmentNameMaxLength);
