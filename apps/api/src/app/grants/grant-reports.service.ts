import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FieldError } from '@skema/contracts';
import { sumCents } from '@skema/domain';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '../../common/access/authenticated-user';
import { AppException } from '../../common/errors/app.exception';
import { translateError } from '../../common/i18n/messages';
import type { GrantReportDto } from './dto/grant-report.dto';
import type { SaveGrantReportDto } from './dto/save-grant-report.dto';
import { GrantReport } from './entities/grant-report.entity';
import { Grant } from './entities/grant.entity';
import { check } from './grant-errors';
import { assertReportTransition, EDITABLE_REPORT_STATUSES } from './report-lifecycle';

const REPORT_ORDER = (r: GrantReport) => (r.kind === 'final' ? Number.MAX_SAFE_INTEGER : r.sequence);

export function toReportDto(report: GrantReport): GrantReportDto {
  return {
    ...{ id: report.id, grantId: report.grantId, kind: report.kind, sequence: report.sequence },
    ...{ periodStart: report.periodStart, periodEnd: report.periodEnd, dueOn: report.dueOn, status: report.status },
    ...{ narrative: report.narrative, expenditure: report.expenditure, spentCents: report.spentCents },
    submittedAt: report.submittedAt?.toISOString() ?? null,
    approvedAt: report.approvedAt?.toISOString() ?? null,
    returnedAt: report.returnedAt?.toISOString() ?? null,
    comments: report.comments,
    version: report.version,
  };
}

/**
 * Grantee reports (DESIGN §3 Grantee reports): the grantee drafts the narrative and the expenditure
 * per approved budget line and submits; the programme manager approves or returns it with comments.
 * An approved interim report releases the next interim tranche, the final one the balance, so every
 * decision locks the grant row first, as payments do: a payment is never prepared on a report that
 * is changing under it.
 */
@Injectable()
export class GrantReportsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(grantId: string): Promise<GrantReportDto[]> {
    const reports = await this.dataSource.getRepository(GrantReport).findBy({ grantId });
    return reports.sort((a, b) => REPORT_ORDER(a) - REPORT_ORDER(b)).map(toReportDto);
  }

  /** Saves the grantee's draft (or the returned report's correction); 409 on a stale version. */
  async save(grantId: string, reportId: string, body: SaveGrantReportDto) {
    return this.change(grantId, reportId, async (manager, grant, report) => {
      if (!EDITABLE_REPORT_STATUSES.includes(report.status)) {
        throw new AppException('report_not_editable', HttpStatus.CONFLICT);
      }
      if (body.version !== report.version) throw new AppException('report_stale_version', HttpStatus.CONFLICT);
      const problems = expenditureProblems(grant, body.expenditure);
      if (problems.length > 0) {
        throw new AppException('report_expenditure_invalid', HttpStatus.UNPROCESSABLE_ENTITY, {}, (locale) =>
          problems.map(({ field, code }) => ({ field, message: translateError(code, locale) })),
        );
      }
      Object.assign(report, {
        narrative: body.narrative,
        expenditure: body.expenditure.map(({ lineKey, spentCents }) => ({ lineKey, spentCents })),
        spentCents: sumCents(body.expenditure.map((line) => line.spentCents)),
        version: report.version + 1,
      });
      await manager.save(report);
    });
  }

  /** Draft or returned → submitted, once it says something (a narrative with text). */
  async submit(user: AuthenticatedUser, grantId: string, reportId: string, now = new Date()) {
    return this.change(grantId, reportId, async (manager, _grant, report) => {
      check(() => assertReportTransition(report.status, 'submitted'));
      if (!Object.values(report.narrative).some((text) => text.trim() !== '')) {
        throw new AppException('report_incomplete', HttpStatus.UNPROCESSABLE_ENTITY);
      }
      Object.assign(report, {
        status: 'submitted',
        submittedAt: now,
        submittedBy: user.id,
        version: report.version + 1,
      });
      await manager.save(report);
    });
  }

  /** Submitted → approved (comments optional) or returned (comments required: the grantee must know why). */
  async review(
    user: AuthenticatedUser,
    grantId: string,
    reportId: string,
    decision: 'approved' | 'returned',
    comments: string | undefined,
    now = new Date(),
  ) {
    const text = comments?.trim() || null;
    if (decision === 'returned' && !text) {
      throw new AppException('report_comments_required', HttpStatus.UNPROCESSABLE_ENTITY);
    }
    return this.change(grantId, reportId, async (manager, _grant, report) => {
      check(() => assertReportTransition(report.status, decision));
      const who =
        decision === 'approved' ? { approvedAt: now, approvedBy: user.id } : { returnedAt: now, returnedBy: user.id };
      Object.assign(report, { status: decision, ...who, comments: text, version: report.version + 1 });
      await manager.save(report);
    });
  }

  /** The grant locked, then the report (which must be the grant's, else 404), the work, the report read back. */
  private change(
    grantId: string,
    reportId: string,
    work: (manager: EntityManager, grant: Grant, report: GrantReport) => Promise<void>,
  ): Promise<GrantReportDto> {
    return this.dataSource.transaction(async (manager) => {
      const grant = await manager.findOneOrFail(Grant, { where: { id: grantId }, lock: { mode: 'pessimistic_write' } });
      const report = await manager.findOne(GrantReport, {
        where: { id: reportId, grantId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!report) throw new AppException('not_found', HttpStatus.NOT_FOUND);
      await work(manager, grant, report);
      return toReportDto(await manager.findOneByOrFail(GrantReport, { id: reportId }));
    });
  }
}

type ExpenditureProblem = Omit<FieldError, 'message'> & {
  code: 'report_line_unknown' | 'report_line_duplicate';
};

/** Each expenditure line must name an approved budget line of the grant, once. */
function expenditureProblems(grant: Grant, lines: SaveGrantReportDto['expenditure']): ExpenditureProblem[] {
  const known = new Set(grant.budget.map((line) => line.key));
  const seen = new Set<string>();
  return lines.flatMap(({ lineKey }, index): ExpenditureProblem[] => {
    const field = `expenditure.${index}.lineKey`;
    if (!known.has(lineKey)) return [{ field, code: 'report_line_unknown' }];
    if (seen.has(lineKey)) return [{ field, code: 'report_line_duplicate' }];
    seen.add(lineKey);
    return [];
  });
}
