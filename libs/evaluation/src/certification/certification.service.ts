import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Viewer } from '@app/access';
import { badInput, DivisionCode, forbidden, notFound } from '@app/common';
import { AuditedTransaction } from '@app/db';
import { REGISTRY_RELATIONS } from '@app/registry';
import { reportPeriod } from '@app/reports';
import { CertificationAction, CertificationStatus } from './certification.enums';
import { CONFIRMS_TIER, windowProblem, withRecordsSql } from './certification-rules';
import { CertificationCorrection } from './certification-correction.entity';
import { MonthCertification } from './month-certification.entity';

const NOTE_LIMIT = 500;

function textProblem(field: string, text: string | null | undefined, required: boolean) {
  if (text === null || text === undefined || text.trim() === '') return required ? { field, reason: 'must not be empty' } : null;
  return text.length > NOTE_LIMIT ? { field, reason: `must be at most ${NOTE_LIMIT} characters` } : null;
}

/**
 * The monthly sign-off (SPEC §9, 信息录入更新责任机制): a county's staff confirm its month from
 * the 20th to the month's end; the city once all its counties have; the region once all its
 * cities have. A higher tier may return a confirmation with a reason, and the unit confirms
 * again. Every refusal is decided before anything is written.
 */
@Injectable()
export class CertificationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transaction: AuditedTransaction,
  ) {}

  /** A unit's confirmation of a month as it stands; NOT_CERTIFIED without a row. */
  async status(viewer: Viewer, period: string, divisionCode: string): Promise<MonthCertification> {
    reportPeriod(period);
    await this.division(viewer, divisionCode);
    return (await this.dataSource.getRepository(MonthCertification).findOneBy({ period, divisionCode })) ?? notCertified(period, divisionCode);
  }

  /** Edits after confirmation in the unit's counties for a month, newest first (for the city to review). */
  async corrections(viewer: Viewer, period: string, divisionCode: string): Promise<CertificationCorrection[]> {
    reportPeriod(period);
    await this.division(viewer, divisionCode);
    const within = DivisionCode.parse(divisionCode).withinSql('c.county_code', 'unitDivision');
    const scope = viewer.divisionColumnScopeSql('c.county_code');
    return this.dataSource
      .getRepository(CertificationCorrection)
      .createQueryBuilder('c')
      .where('c.period = :period', { period })
      .andWhere(within.sql, within.params)
      .andWhere(scope.sql, scope.params)
      .orderBy('c.at', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .getMany();
  }

  async certify(viewer: Viewer, period: string, divisionCode: string, note: string | null | undefined): Promise<MonthCertification> {
    const month = reportPeriod(period);
    await this.division(viewer, divisionCode);
    const tier = DivisionCode.parse(divisionCode).tier;
    if (CONFIRMS_TIER[viewer.role] !== tier || viewer.jurisdiction.kind === 'site' || !viewer.jurisdiction.division.equals(divisionCode)) {
      throw forbidden('只能由本级工作人员确认本单位的数据');
    }
    const problems = [windowProblem(month), textProblem('note', note, false)].filter((p) => p !== null);
    if (problems.length > 0) throw badInput(problems);
    return this.transaction.run(viewer.username, async (manager) => {
      const current = await this.lockedRow(manager, period, divisionCode);
      if (current?.status === CertificationStatus.CERTIFIED) throw badInput([{ field: 'period', reason: `${divisionCode} has already confirmed ${period}` }]);
      const pending = await this.unconfirmedChildren(manager, period, divisionCode);
      if (pending.length > 0) throw badInput([{ field: 'divisionCode', reason: `not every unit below has confirmed ${period}: ${pending.join('、')}` }]);
      const row = { period, divisionCode, status: CertificationStatus.CERTIFIED, certifiedBy: viewer.username, certifiedAt: new Date(), note: note?.trim() || null, returnedBy: null, returnedAt: null, returnReason: null };
      await manager.getRepository(MonthCertification).save(row);
      await this.recordStep(manager, period, divisionCode, CertificationAction.CERTIFY, viewer.username, row.note);
      return row;
    });
  }

  async return(viewer: Viewer, period: string, divisionCode: string, reason: string): Promise<MonthCertification> {
    reportPeriod(period);
    const division = await this.division(viewer, divisionCode);
    const own = viewer.jurisdiction.kind === 'site' ? null : viewer.jurisdiction.division;
    if (!CONFIRMS_TIER[viewer.role] || !own || own.equals(divisionCode)) throw forbidden('只能由上级单位退回下级单位的确认');
    const problem = textProblem('reason', reason, true);
    if (problem) throw badInput([problem]);
    return this.transaction.run(viewer.username, async (manager) => {
      const current = await this.lockedRow(manager, period, divisionCode);
      if (current?.status !== CertificationStatus.CERTIFIED) throw badInput([{ field: 'divisionCode', reason: `${divisionCode} has no confirmation of ${period} to return` }]);
      if (division.parentCode) {
        const parent = await this.lockedRow(manager, period, division.parentCode);
        if (parent?.status === CertificationStatus.CERTIFIED) {
          throw badInput([{ field: 'divisionCode', reason: `${division.parentCode} has confirmed ${period} on the strength of this unit: return its confirmation first` }]);
        }
      }
      const row = { ...current, status: CertificationStatus.RETURNED, returnedBy: viewer.username, returnedAt: new Date(), returnReason: reason.trim() };
      await manager.getRepository(MonthCertification).save(row);
      await this.recordStep(manager, period, divisionCode, CertificationAction.RETURN, viewer.username, row.returnReason);
      return row;
    });
  }

  /** The division, if it exists and the caller sees it (NOT_FOUND otherwise, as if it did not exist). */
  private async division(viewer: Viewer, code: string): Promise<{ code: string; parentCode: string | null }> {
    if (!DivisionCode.isValid(code) || !viewer.seesDivision(code)) throw notFound('Division', code);
    const [row] = await this.dataSource.query(`SELECT code, parent_code AS "parentCode" FROM ${REGISTRY_RELATIONS.division} WHERE code = $1 AND level <> 'SITE'`, [code]);
    if (!row) throw notFound('Division', code);
    return row;
  }

  private async lockedRow(manager: EntityManager, period: string, divisionCode: string): Promise<MonthCertification | null> {
    return manager.getRepository(MonthCertification).findOne({ where: { period, divisionCode }, lock: { mode: 'pessimistic_write' } });
  }

  /** The names of the units directly below that hold records and have not confirmed the month (none for a county). */
  private async unconfirmedChildren(manager: EntityManager, period: string, divisionCode: string): Promise<string[]> {
    const rows: Array<{ name: string }> = await manager.query(
      `SELECT d.name FROM ${REGISTRY_RELATIONS.division} d
       LEFT JOIN month_certification c ON c.division_code = d.code AND c.period = $2
       WHERE d.parent_code = $1 AND c.status IS DISTINCT FROM 'CERTIFIED' AND ${withRecordsSql('d')}
       ORDER BY d.code
       FOR SHARE OF d`,
      [divisionCode, period],
    );
    return rows.map((row) => row.name);
  }

  private async recordStep(manager: EntityManager, period: string, divisionCode: string, action: CertificationAction, actor: string, note: string | null): Promise<void> {
    await manager.query(`INSERT INTO month_certification_step (period, division_code, action, actor, note) VALUES ($1, $2, $3, $4, $5)`, [period, divisionCode, action, actor, note]);
  }
}

function notCertified(period: string, divisionCode: string): MonthCertification {
  return { period, divisionCode, status: CertificationStatus.NOT_CERTIFIED, certifiedBy: null, certifiedAt: null, note: null, returnedBy: null, returnedAt: null, returnReason: null };
}
