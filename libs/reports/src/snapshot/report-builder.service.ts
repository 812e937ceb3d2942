import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { IndicatorService } from '@app/indicators/live/indicator.service';
import { DivisionService } from '@app/registry/divisions/division.service';
import { ReportPeriod } from '../period/report-period';
import { cityIndicatorPartSql, cityPopulationPartSql, REGION_PART_SQL, SNAPSHOT_SUMMARY_SQL, snapshotRowsSql } from './report-sql';

const CITY_INDICATORS = cityIndicatorPartSql();
const CITY_POPULATION = cityPopulationPartSql();
const SNAPSHOT_ROWS = snapshotRowsSql();

/**
 * Builds a month's snapshot in two steps that the worker runs as a BullMQ flow: one part per
 * city (in parallel, on any worker), then one finishing step. Parts are idempotent (a retried
 * part replaces its own rows); the finish publishes everything in one transaction, so a run
 * that dies midway leaves nothing visible, and a month is only ever reported once.
 */
@Injectable()
export class ReportBuilder {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly indicators: IndicatorService,
    private readonly divisions: DivisionService,
  ) {}

  /** Which cities get a part: those with relocation work (data, not code). */
  async cityCodes(): Promise<string[]> {
    return (await this.divisions.citiesWithRelocationTask()).map((city) => city.code);
  }

  isPublished(period: string): Promise<boolean> {
    return this.dataSource.query(`SELECT 1 FROM monthly_report WHERE period = $1`, [period]).then((rows: unknown[]) => rows.length > 0);
  }

  async buildCityPart(period: ReportPeriod, cityCode: string): Promise<void> {
    const params = [period.period, period.endExclusive, cityCode, period.firstDay, period.lastDay];
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`DELETE FROM report_staging WHERE period = $1 AND part_city = $2`, [period.period, cityCode]);
      await manager.query(CITY_INDICATORS, params.slice(0, 3));
      await manager.query(CITY_POPULATION, params);
    });
  }

  /** Publishes the snapshot from the city parts; false when the month had already been published. */
  async finish(period: ReportPeriod, runId: string): Promise<boolean> {
    const weights = JSON.stringify(Object.fromEntries(await this.indicators.weightByKey()));
    return this.dataSource.transaction(async (manager) => {
      const claimed: unknown[] = await manager.query(
        `INSERT INTO monthly_report (period, generated_at, as_of, run_id)
         VALUES ($1, now(), $2::timestamptz - interval '1 microsecond', $3) ON CONFLICT (period) DO NOTHING RETURNING period`,
        [period.period, period.endExclusive, runId],
      );
      if (claimed.length > 0) {
        await manager.query(`DELETE FROM report_staging WHERE period = $1 AND level = 'REGION'`, [period.period]);
        await manager.query(REGION_PART_SQL, [period.period]);
        await manager.query(SNAPSHOT_ROWS, [period.period, period.endExclusive, weights, period.previous]);
        await manager.query(SNAPSHOT_SUMMARY_SQL, [period.period]);
      }
      await manager.query(`DELETE FROM report_staging WHERE period = $1`, [period.period]);
      return claimed.length > 0;
    });
  }
}
