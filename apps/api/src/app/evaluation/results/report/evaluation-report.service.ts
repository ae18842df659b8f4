import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CallStatus, EvaluationReportRequest, ExportJobDto } from '@skema/contracts';
import type { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../../../../common/access/authenticated-user';
import { AppException } from '../../../../common/errors/app.exception';
import { Call } from '../../../calls/entities/call.entity';
import { ExportsService } from '../../../exports/exports.service';

/** A report says something only once evaluation has started; after that it is the record. */
const REPORTABLE: ReadonlySet<CallStatus> = new Set(['in_evaluation', 'awarded', 'archived']);

/** Asks for a call's evaluation report: made in the background, downloaded from the export. */
@Injectable()
export class EvaluationReportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly exports: ExportsService,
  ) {}

  request(user: AuthenticatedUser, callId: string, request: EvaluationReportRequest): Promise<ExportJobDto> {
    return this.dataSource.transaction(async (manager) => {
      const call = await manager.findOneOrFail(Call, { where: { id: callId }, select: { id: true, status: true } });
      if (!REPORTABLE.has(call.status)) throw new AppException('evaluation_report_unavailable', HttpStatus.CONFLICT);
      return this.exports.request(manager, user.id, {
        kind: 'evaluation_report',
        format: request.format,
        locale: request.locale,
        params: { callId },
      });
    });
  }
}
