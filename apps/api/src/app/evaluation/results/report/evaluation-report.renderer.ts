import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Locale } from '@skema/contracts';
import type { DataSource } from 'typeorm';
import { Call } from '../../../calls/entities/call.entity';
import {
  ExportFailure,
  type ExportFile,
  type ExportProgress,
  type ExportRenderer,
  ExportRenderers,
  type ExportRequest,
} from '../../../exports/export-renderers';
import { callRankingOf } from '../ranking-state';
import { RankingService } from '../ranking.service';
import type { EvaluationReportData, LotWritten } from './evaluation-report-data';
import { renderEvaluationReportPdf } from './evaluation-report-pdf';
import { EVALUATION_REPORT_TEXTS } from './evaluation-report-texts';
import { renderEvaluationReportXlsx } from './evaluation-report-xlsx';

/** Share of the progress bar for reading the ranking; the lots share the rest up to 90. */
const READ_DONE = 10;
const LOTS_DONE = 90;

/**
 * Makes the evaluation report (`evaluation_report` exports) of a call: its ranking as computed now,
 * lot by lot, in the language asked for, as PDF or XLSX. The ranking is read in one repeatable-read
 * transaction, so a sheet submitted meanwhile cannot make one lot's part disagree with another's.
 */
@Injectable()
export class EvaluationReportRenderer implements ExportRenderer {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly ranking: RankingService,
    renderers: ExportRenderers,
  ) {
    renderers.register('evaluation_report', this);
  }

  async render(request: ExportRequest, progress: ExportProgress): Promise<ExportFile> {
    const data = await this.read(request.params['callId'], request.locale);
    await progress(READ_DONE);
    const onLot: LotWritten = (index, count) => progress(READ_DONE + ((LOTS_DONE - READ_DONE) * (index + 1)) / count);
    const content =
      request.format === 'pdf'
        ? await renderEvaluationReportPdf(data, request.locale, onLot)
        : await renderEvaluationReportXlsx(data, request.locale, onLot);
    return { content, fileName: EVALUATION_REPORT_TEXTS[request.locale].fileName(data.call.reference, request.format) };
  }

  private read(callId: string | undefined, locale: Locale): Promise<EvaluationReportData> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const call = callId ? await manager.findOneBy(Call, { id: callId }) : null;
      if (!call) throw new ExportFailure('call_not_found');
      if (!call.grid) throw new ExportFailure('call_has_no_grid');
      const ranking = callRankingOf(await this.ranking.state(manager, call));
      return {
        call: {
          reference: call.reference,
          title: locale === 'sq' ? call.titleSq : call.titleEn,
          resultsPublishedAt: call.resultsPublishedAt,
        },
        grid: ranking.grid,
        generatedAt: new Date(),
        lots: ranking.lots,
      };
    });
  }
}
