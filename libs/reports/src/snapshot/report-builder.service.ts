import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { readClaimRules } from '@app/evidence';
import { IndicatorService } from '@app/indicators';
import { ReportPart } from '@app/jobs';
import { monthOf, ReportPeriod } from '../period/report-period';
import { attachMonthTableSql, createMonthTableSql, hasMonthPartition, monthPartition } from './month-partition';
import { runPublicationSteps } from './publication-steps';
import {
  KEEP_FIGURES_SQL,
  KEPT_FIGURES_BASIS_SQL,
  MONTH_FIGURES_STAGE,
  POPULATION_PART_SQL,
  PREVIOUS_FIGURES_STAGE,
  PREVIOUS_UNITS_SQL,
  REPORT_UNITS_SQL,
  SNAPSHOT_SUMMARY_SQL,
  siteFiguresPartSql,
  snapshotRowsSql,
  stageKeptFiguresSql,
} from './report-sql';

const SNAPSHOT_ROWS = snapshotRowsSql('report_row', true);

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

  /**
   * Whether a month's figures were kept by the same statement (same definitions, same claim
   * rules): then they are what computing them again would give.
   */
  private async keptUnder(manager: EntityManager, period: string, digest: string): Promise<boolean> {
    const kept: unknown[] = await manager.query(`SELECT 1 FROM month_figures_basis WHERE period = $1 AND statement_digest = $2`, [period, digest]);
    return kept.length > 0;
  }

  async buildPart(period: ReportPeriod, part: ReportPart): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      switch (part) {
        case ReportPart.FIGURES:
        case ReportPart.PREVIOUS_FIGURES: {
          // The previous month is valued by today's rules too, so the change compares like with like.
          const [stage, month] = part === ReportPart.FIGURES ? [MONTH_FIGURES_STAGE, period] : [PREVIOUS_FIGURES_STAGE, monthOf(period.previous)];
          const statement = siteFiguresPartSql(await readClaimRules(manager));
          const digest = createHash('sha256').update(statement).digest('hex');
          await manager.query(`DELETE FROM ${stage} WHERE period = $1`, [period.period]);
          // One writer of a month's kept figures at a time (parallel parts, a revision beside a run).
          await manager.query(`SELECT pg_advisory_xact_lock(hashtext('month_site_figures:' || $1))`, [month.period]);
          // The month's own figures are always computed (and kept); the previous month's only when not kept by this statement.
          if (part === ReportPart.FIGURES || !(await this.keptUnder(manager, month.period, digest))) {
            await manager.query(statement, [month.lastInstant, month.lastDay]);
            for (const sql of KEEP_FIGURES_SQL) await manager.query(sql, [month.period]);
            await manager.query(KEPT_FIGURES_BASIS_SQL, [month.period, digest]);
          }
          await manager.query(stageKeptFiguresSql(stage), [period.period, month.period]);
          return;
        }
        case ReportPart.POPULATION:
          await manager.query(`DELETE FROM report_staging_population WHERE period = $1`, [period.period]);
          await manager.query(POPULATION_PART_SQL, [period.period, period.lastInstant, period.firstDay, period.lastDay]);
          return;
      }
    });
  }

  /**
   * Publishes the snapshot from the parts. A first run claims the month; a revision (its run
   * carries a reason) moves the current snapshot whole to the superseded tables and publishes
   * the new one in its place, in the same transaction, with its revision record. `published`
   * is false when there was nothing to do (another run had published the month, or this
   * revision's finish is a retry of one that committed); `snapshotId` is the current snapshot's.
   */
  async finish(period: ReportPeriod, runId: string): Promise<{ published: boolean; snapshotId: string }> {
    // Weighed as the weights stood at the month's end, however late the month is built or revised.
    const weights = JSON.stringify(Object.fromEntries(await this.indicators.weightByKey(period.lastInstant)));
    const finished = await this.dataSource.transaction(async (manager) => {
      const [run] = await manager.query(`SELECT requested_by, revision_reason FROM report_run WHERE id = $1`, [runId]);
      const published = run?.revision_reason ? await this.supersede(manager, period.period, runId, run.requested_by, run.revision_reason) : await this.claim(manager, period, runId);
      if (published) {
        await manager.query(REPORT_UNITS_SQL, [period.period, period.lastInstant]);
        await manager.query(PREVIOUS_UNITS_SQL, [period.period]);
        await this.writeRows(manager, period, weights);
        await manager.query(SNAPSHOT_SUMMARY_SQL, [period.period]);
        await runPublicationSteps(manager, { period: period.period, snapshotId: runId });
      }
      for (const stage of [MONTH_FIGURES_STAGE, PREVIOUS_FIGURES_STAGE, 'report_staging_population']) {
        await manager.query(`DELETE FROM ${stage} WHERE period = $1`, [period.period]);
      }
      const [{ run_id: snapshotId }] = await manager.query(`SELECT run_id::text FROM monthly_report WHERE period = $1`, [period.period]);
      return { published, snapshotId };
    });
    return finished;
  }

  /**
   * A month's first snapshot goes into a table of its own, attached as the month's partition
   * once full: at national scale, inserting its 950,000 rows into the four indexes of a live
   * table took longer than everything else in the finish. A month that has its partition (a
   * revision, whose previous rows supersede has just taken out) is written into it in place.
   */
  private async writeRows(manager: EntityManager, period: ReportPeriod, weights: string): Promise<void> {
    if (await hasMonthPartition(manager, period)) {
      await manager.query(SNAPSHOT_ROWS, [period.period, weights]);
      return;
    }
    await manager.query(createMonthTableSql(period));
    await manager.query(snapshotRowsSql(monthPartition(period), false), [period.period, weights]);
    await manager.query(attachMonthTableSql(period));
  }

  /**
   * A month's rows arrive at once, and the bulletins read them straight after, before autovacuum
   * has analysed them: on stale statistics the planner expects one row where a large county has
   * 72,000 and probes them one by one (0.7 s instead of 0.3 s, national scale). Run once the
   * month is published and its run completed, before its bulletins are built. `report_row` as a
   * whole, not only the month's partition: autovacuum never analyses a partitioned table, and
   * without statistics of its own the planner cannot tell that a unit's row for a measure is
   * unique, expects a county's parent and previous-month lookups to match dozens of rows each
   * and sorts a whole month to merge them (national scale: 4.4 s instead of 0.18 s per county).
   * PostgreSQL 15 analyses every partition with it (1.4 s for two national months).
   */
  async analyzeSnapshots(): Promise<void> {
    await this.dataSource.query('ANALYZE report_row, report_unit_summary');
  }

  private async claim(manager: EntityManager, period: ReportPeriod, runId: string): Promise<boolean> {
    const claimed: unknown[] = await manager.query(
      `INSERT INTO monthly_report (period, generated_at, as_of, run_id)
       VALUES ($1, now(), $2::timestamptz, $3) ON CONFLICT (period) DO NOTHING RETURNING period`,
      [period.period, period.lastInstant, runId],
    );
    return claimed.length > 0;
  }

  /** Moves the month's current snapshot aside under its id and makes `runId` the current one. */
  private async supersede(manager: EntityManager, period: string, runId: string, revisedBy: string, reason: string): Promise<boolean> {
    const [current] = await manager.query(`SELECT run_id::text AS "runId", revision FROM monthly_report WHERE period = $1 FOR UPDATE`, [period]);
    if (!current || current.runId === runId) return false;
    await manager.query(`INSERT INTO report_row_superseded SELECT $2::uuid, r.* FROM report_row r WHERE r.period = $1`, [period, current.runId]);
    await manager.query(`INSERT INTO report_unit_summary_superseded SELECT $2::uuid, s.* FROM report_unit_summary s WHERE s.period = $1`, [period, current.runId]);
    await manager.query(`DELETE FROM report_row WHERE period = $1`, [period]);
    await manager.query(`DELETE FROM report_unit_summary WHERE period = $1`, [period]);
    await manager.query(`UPDATE monthly_report SET run_id = $2, generated_at = now(), revision = revision + 1 WHERE period = $1`, [period, runId]);
    await manager.query(
      `INSERT INTO report_revision (period, revision, run_id, superseded_run_id, revised_by, reason) VALUES ($1, $2, $3, $4, $5, $6)`,
      [period, current.revision + 1, runId, current.runId, revisedBy, reason],
    );
    return true;
  }
}
