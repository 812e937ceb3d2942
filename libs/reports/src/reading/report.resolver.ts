import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Viewer } from '@app/access';
import { RankingKey } from '@app/indicators';
import { UnitLevel } from '@app/registry';
import { MonthlyReport } from '../dtos/monthly-report.type';
import { ReportRevision } from '../revisions/report-revision.entity';
import { ReportRun } from '../runs/report-run.entity';
import { ReportRuns } from '../runs/report-runs.service';
import { ReportRow } from '../snapshot/report-row.entity';
import { ReportUnitSummary } from '../snapshot/report-unit-summary.entity';
import { ReportReader } from './report-reader.service';

@Resolver(() => MonthlyReport)
export class ReportResolver {
  constructor(
    private readonly reader: ReportReader,
    private readonly runs: ReportRuns,
  ) {}

  @Query(() => MonthlyReport, { nullable: true, description: '进度月报; null until the month’s snapshot is published' })
  monthlyReport(
    @CurrentViewer() viewer: Viewer,
    @Args('period') period: string,
    @Args('divisionCode', { type: () => ID }) divisionCode: string,
  ): Promise<MonthlyReport | null> {
    return this.reader.report(viewer, period, divisionCode);
  }

  @ResolveField(() => [ReportRow], { description: 'The division and every unit under it; filter by level and indicator' })
  rows(
    @Parent() report: MonthlyReport,
    @CurrentViewer() viewer: Viewer,
    @Args('level', { type: () => UnitLevel, nullable: true }) level?: UnitLevel,
    @Args('indicator', { type: () => RankingKey, nullable: true }) indicator?: RankingKey,
  ): Promise<ReportRow[]> {
    return this.reader.rows(viewer, report.period, report.divisionCode, { level, indicator });
  }

  @ResolveField(() => [ReportUnitSummary], { description: 'Population changes, open red lines and evidence gaps per unit' })
  units(
    @Parent() report: MonthlyReport,
    @CurrentViewer() viewer: Viewer,
    @Args('level', { type: () => UnitLevel, nullable: true }) level?: UnitLevel,
  ): Promise<ReportUnitSummary[]> {
    return this.reader.summaries(viewer, report.period, report.divisionCode, level ?? null);
  }

  @ResolveField(() => [ReportRevision], { description: '修订记录: every revision of the month, oldest first (when, by whom, why)' })
  revisions(@Parent() report: MonthlyReport): Promise<ReportRevision[]> {
    return this.reader.revisions(report.period);
  }

  @Query(() => [ReportRow], { description: '排名：某月某层级各单位在某指标上的排名（最好的在前）' })
  rankings(
    @CurrentViewer() viewer: Viewer,
    @Args('period') period: string,
    @Args('level', { type: () => UnitLevel }) level: UnitLevel,
    @Args('indicator', { type: () => RankingKey }) indicator: RankingKey,
    @Args('withinCode', { type: () => ID, nullable: true }) withinCode?: string,
  ): Promise<ReportRow[]> {
    return this.reader.rankings(viewer, period, level, indicator, withinCode ?? null);
  }

  @Mutation(() => ReportRun, { description: 'Region administrators: build the report of a past month ("2026-10"); follow it with reportRun.' })
  generateMonthlyReport(@CurrentViewer() viewer: Viewer, @Args('period') period: string): Promise<ReportRun> {
    return this.runs.request(viewer, period);
  }

  @Mutation(() => ReportRun, {
    description: 'Region administrators: revise (修订) a published month with a reason; the new snapshot supersedes the old, which is kept. Follow it with reportRun.',
  })
  reviseMonthlyReport(@CurrentViewer() viewer: Viewer, @Args('period') period: string, @Args('reason') reason: string): Promise<ReportRun> {
    return this.runs.requestRevision(viewer, period, reason);
  }

  @Query(() => ReportRun, { nullable: true })
  reportRun(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<ReportRun> {
    return this.runs.find(viewer, id);
  }
}
