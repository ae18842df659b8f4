import { IsOptional, IsString, MaxLength } from 'class-validator';

/** The programme manager's comments on approving (optional) or returning (required) a report. */
export class ReviewGrantReportDto {
  @IsOptional()
  @IsString()
  @MaxLength(5_000)
  comments?: string;
}
