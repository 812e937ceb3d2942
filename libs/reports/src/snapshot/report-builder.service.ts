import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { readClaimRules } from '@app/evidence';
import { IndicatorService } from '@app/indicators';
import { ReportPart } from '@app/jobs';
import { monthOf, ReportPeriod } from '../period/report-period';
import {
  MONTH_FIGURES_STAGE,
  POPULATION_PART_SQL,
  PREVIOUS_FIGURES_STAGE,
  PREVIOUS_UNITS_SQL,
  REPORT_UNITS_SQL,
  SNAPSHOT_SUMMARY_SQL,
  siteFiguresPartSql,
  snapshotRowsSql,
  stageFiguresSql,
} from './report-sql';

const SNAPSHOT_ROWS = snapshotRowsSql();

/**
 * Builds a month's snapshot in two steps that the worker runs as a BullMQ flow: the parts (in
 * parallel, on any worker), then one finishing step. Each part is one statement over every
 * site — a per-city split would read the person and evidence tables once per city. Parts are
 * idempotent (a retried part replaces its own rows); the finish publishes everything in one
 * transaction, so a run that dies midway leaves nothing visible, and a month is only ever
 * reported once.
 */
@Injectable()
export class ReportBuilder {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly indicators: IndicatorService,
  ) {}

  isPublished(period: string): Promise<boolean> {
    return this.dataSource.query(`SELECT 1 FROM monthly_report WHERE period = $1`, [period]).then((rows: unknown[]) => rows.length > 0);
  }

  async buildPart(period: ReportPeriod, part: ReportPart): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      switch (part) {
        case ReportPart.FIGURES:
        case ReportPart.PREVIOUS_FIGURES: {
          // The previous month is valued by today's rules too, so the change compares like with like.
          const [stage, month] = part === ReportPart.FIGURES ? [MONTH_FIGURES_STAGE, period] : [PREVIOUS_FIGURES_STAGE, monthOf(period.previous)];
          const rules = await readClaimRules(manager);
          await manager.query(`DELETE FROM ${stage} WHERE period = $1`, [period.period]);
          await manager.query(siteFiguresPartSql(rules), [month.lastInstant, month.lastDay]);
          await manager.query(stageFiguresSql(stage), [period.period]);
          return;
        }
        case ReportPart.POPULATION:
          await manager.query(`DELETE FROM report_staging_population WHERE period = $1`, [period.period]);
          await manager.query(POPULATION_PART_SQL, [period.period, period.lastInstant, period.firstDay, period.lastDay]);
          return;
      }
    });
  }

  /** Publishes the snapshot from the parts; false when the month had already been published. */
  async finish(period: ReportPeriod, runId: string): Promise<boolean> {
    const weights = JSON.stringify(Object.fromEntries(await this.indicators.weightByKey()));
    return this.dataSource.transaction(async (manager) => {
      const claimed: unknown[] = await manager.query(
        `INSERT INTO monthly_report (period, generated_at, as_of, run_id)
         VALUES ($1, now(), $2::timestamptz, $3) ON CONFLICT (period) DO NOTHING RETURNING period`,
        [period.period, period.lastInstant, runId],
      );
      if (claimed.length > 0) {
        await manager.query(REPORT_UNITS_SQL, [period.period, period.lastInstant]);
        await manager.query(PREVIOUS_UNITS_SQL, [period.period]);
        await manager.query(SNAPSHOT_ROWS, [period.period, weights]);
        await manager.query(SNAPSHOT_SUMMARY_SQL, [period.period]);
      }
      for (const stage of [MONTH_FIGURES_STAGE, PREVIOUS_FIGURES_STAGE, 'report_staging_population']) {
        await manager.query(`DELETE FROM ${stage} WHERE period = $1`, [period.period]);
      }
      return claimed.length > 0;
    });
  }
}
