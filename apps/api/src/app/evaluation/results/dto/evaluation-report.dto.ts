import {
  EXPORT_FORMATS,
  type EvaluationReportRequest,
  type ExportFormat,
  type Locale,
  LOCALES,
} from '@skema/contracts';
import { IsIn } from 'class-validator';

export class EvaluationReportDto implements EvaluationReportRequest {
  @IsIn(EXPORT_FORMATS)
  format!: ExportFormat;

  /** The report's language (not necessarily the requester's). */
  @IsIn(LOCALES)
  locale!: Locale;
}
