import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { assertWritesRecords, REGISTRY_RELATIONS, Site, SiteService } from '@app/registry';
import { siteWithinDivisionSql, Viewer } from '@app/access';
import { AuditedTransaction } from '@app/db';
import { IndicatorService, UnitRef, unitKeyOf } from '../live/indicator.service';
import { SiteTaskInput } from './site-task.input';
import { SiteTaskRecord } from './site-task-record.entity';
import { SPECIAL_TASK_LABELS, SpecialTask, TASK_INDICATORS } from './special-task.enums';
import { SpecialTaskProgress } from './special-task-progress.type';

interface TaskCounts {
  task: SpecialTask | null;
  is_total: number;
  sites: number;
  completed: number;
  in_progress: number;
}

@Injectable()
export class SpecialTaskService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly indicators: IndicatorService,
    private readonly sites: SiteService,
    private readonly tx: AuditedTransaction,
  ) {}

  /** Every task for a unit: its live indicators and how many sites report it done, from one rollup and one count. */
  async progress(viewer: Viewer, unit: UnitRef): Promise<SpecialTaskProgress[]> {
    const [values, counts, records] = await Promise.all([
      this.indicators.forUnits(viewer, [unit]).then((byUnit) => byUnit.get(unitKeyOf(unit)) ?? []),
      this.countsByTask(viewer, unit),
      this.recordsIn(viewer, unit),
    ]);
    const siteCount = counts.find((row) => row.is_total === 1)?.sites ?? 0;
    return Object.values(SpecialTask).map((task) => {
      const row = counts.find((count) => count.is_total === 0 && count.task === task);
      const sitesCompleted = row?.completed ?? 0;
      return {
        task,
        name: SPECIAL_TASK_LABELS[task],
        indicators: values.filter((value) => TASK_INDICATORS[task].includes(value.key)),
        siteCount,
        sitesCompleted,
        sitesInProgress: row?.in_progress ?? 0,
        completionRate: siteCount === 0 ? null : sitesCompleted / siteCount,
        records: records.filter((record) => record.task === task),
      };
    });
  }

  async record(viewer: Viewer, siteId: string, task: SpecialTask, input: SiteTaskInput): Promise<SiteTaskRecord> {
    await this.sites.findVisible(viewer, siteId);
    assertWritesRecords(viewer);
    return this.tx.run(viewer.username, async (manager) => {
      const repository = manager.getRepository(SiteTaskRecord);
      await repository.upsert({ siteId, task, ...input, updatedBy: viewer.username }, ['siteId', 'task']);
      return repository.findOneByOrFail({ siteId, task });
    });
  }

  private unitScope(viewer: Viewer, unit: UnitRef): { sql: string; params: Record<string, string> } {
    const scope = viewer.siteScopeSql('s');
    const within = unit.kind === 'site' ? { sql: 's.id = :unitSite', params: { unitSite: unit.siteId } } : siteWithinDivisionSql('s', unit.code, 'unitDivision');
    return { sql: `(${scope.sql}) AND (${within.sql})`, params: { ...scope.params, ...within.params } };
  }

  /** Sites in scope (the total row) and, per task, how many report it done or under way. */
  private async countsByTask(viewer: Viewer, unit: UnitRef): Promise<TaskCounts[]> {
    const scope = this.unitScope(viewer, unit);
    const [sql, params] = this.dataSource.driver.escapeQueryWithParameters(
      `SELECT r.task, GROUPING(r.task) AS is_total, count(DISTINCT s.id)::int AS sites,
         count(*) FILTER (WHERE r.status = 'COMPLETED')::int AS completed,
         count(*) FILTER (WHERE r.status = 'IN_PROGRESS')::int AS in_progress
       FROM ${REGISTRY_RELATIONS.site} s LEFT JOIN site_task_record r ON r.site_id = s.id
       WHERE ${scope.sql}
       GROUP BY GROUPING SETS ((r.task), ())`,
      scope.params,
      {},
    );
    return this.dataSource.query(sql, params);
  }

  private async recordsIn(viewer: Viewer, unit: UnitRef): Promise<SiteTaskRecord[]> {
    const scope = this.unitScope(viewer, unit);
    return this.dataSource
      .getRepository(SiteTaskRecord)
      .createQueryBuilder('r')
      .innerJoin(Site, 's', 's.id = r.site_id')
      .where(scope.sql, scope.params)
      .orderBy('s.code')
      .getMany();
  }
}
