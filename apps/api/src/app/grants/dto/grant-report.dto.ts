export type { GrantReportDto, ReportExpenditureLineDto } from '@skema/contracts';
