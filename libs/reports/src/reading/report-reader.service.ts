import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { Viewer } from '@app/access';
import { RankingKey } from '@app/indicators';
import { DivisionService, UnitLevel } from '@app/registry';
import { MonthlyReport } from '../dtos/monthly-report.type';
import { reportPeriod } from '../period/report-period';
import { ReportRevision } from '../revisions/report-revision.entity';
import { MonthlyReportHeader } from '../snapshot/monthly-report.entity';
import { ReportRow } from '../snapshot/report-row.entity';
import { ReportUnitSummary } from '../snapshot/report-unit-summary.entity';
import { reportRowScopeSql } from './report-scope';

const LEVEL_ORDER = `array_position(ARRAY['REGION', 'CITY', 'COUNTY', 'SITE']::unit_level[], r.level)`;

/** Published snapshots, as each caller may see them. */
@Injectable()
export class ReportReader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(MonthlyReportHeader) private readonly headers: Repository<MonthlyReportHeader>,
    @InjectRepository(ReportRevision) private readonly revisionRecords: Repository<ReportRevision>,
    private readonly divisions: DivisionService,
  ) {}

  /** A division's report for a month, or null while the month has no published snapshot. */
  async report(viewer: Viewer, period: string, divisionCode: string): Promise<MonthlyReport | null> {
    reportPeriod(period);
    await this.divisions.findVisible(viewer, divisionCode);
    const header = await this.headers.findOne({ where: { period } });
    if (!header) return null;
    const files = `/reports/${period}/${divisionCode}`;
    const current = header.revision > 0 ? await this.revisionRecords.findOne({ where: { period, revision: header.revision } }) : null;
    return {
      period, divisionCode, generatedAt: header.generatedAt, asOf: header.asOf, excelUrl: `${files}.xlsx`, pdfUrl: `${files}.pdf`,
      revision: header.revision, revisedAt: current?.revisedAt ?? null, revisionReason: current?.reason ?? null,
      snapshotId: header.runId,
    };
  }

  /** The month's revisions, oldest first (the report is visible to the caller: checked by report()). */
  revisions(period: string): Promise<ReportRevision[]> {
    return this.revisionRecords.find({ where: { period }, order: { revision: 'ASC' } });
  }

  rows(
    viewer: Viewer,
    period: string,
    divisionCode: string | null,
    filter: { level?: UnitLevel | null; indicator?: RankingKey | null },
  ): Promise<ReportRow[]> {
    const scope = reportRowScopeSql(viewer, divisionCode);
    const query = this.dataSource
      .getRepository(ReportRow)
      .createQueryBuilder('r')
      .where('r.period = :period', { period })
      .andWhere(scope.sql, scope.params)
      .orderBy(LEVEL_ORDER)
      .addOrderBy('r.indicator')
      .addOrderBy('r.rank_in_region', 'ASC', 'NULLS LAST')
      .addOrderBy('r.unit_name')
      .addOrderBy('r.unit_code');
    if (filter.level) query.andWhere('r.level = :level', { level: filter.level });
    if (filter.indicator) query.andWhere('r.indicator = :indicator', { indicator: filter.indicator });
    return query.getMany();
  }

  /** Units of one level, best first on one indicator, region-wide or within a division. */
  async rankings(viewer: Viewer, period: string, level: UnitLevel, indicator: RankingKey, withinCode: string | null): Promise<ReportRow[]> {
    reportPeriod(period);
    if (withinCode) await this.divisions.findVisible(viewer, withinCode);
    return this.rows(viewer, period, withinCode, { level, indicator });
  }

  summaries(viewer: Viewer, period: string, divisionCode: string, level: UnitLevel | null): Promise<ReportUnitSummary[]> {
    const scope = reportRowScopeSql(viewer, divisionCode);
    const query = this.dataSource
      .getRepository(ReportUnitSummary)
      .createQueryBuilder('r')
      .where('r.period = :period', { period })
      .andWhere(scope.sql, scope.params)
      .orderBy(LEVEL_ORDER)
      .addOrderBy('r.unit_code');
    if (level) query.andWhere('r.level = :level', { level });
    return query.getMany();
  }
}
