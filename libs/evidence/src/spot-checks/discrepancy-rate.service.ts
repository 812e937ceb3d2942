import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DivisionService, REGISTRY_RELATIONS as R, UnitLevel } from '@app/registry';
import { siteWithinDivisionSql, Viewer } from '@app/access';
import { namedQuery } from '../sql/named-query';
import { DiscrepancyRate } from './discrepancy-rate.type';

/** GROUPING(city, county, site) of each ROLLUP row, and the unit level it stands for. */
const LEVEL_OF_GROUPING: Record<number, UnitLevel> = { 0: UnitLevel.SITE, 1: UnitLevel.COUNTY, 3: UnitLevel.CITY, 7: UnitLevel.REGION };
const DEPTH: Record<UnitLevel, number> = { [UnitLevel.REGION]: 0, [UnitLevel.CITY]: 1, [UnitLevel.COUNTY]: 2, [UnitLevel.SITE]: 3 };

interface RateRow {
  grouping: number;
  unit_code: string;
  unit_name: string;
  parent_code: string | null;
  checked: number;
  discrepancies: number;
}

/**
 * Discrepancy rates of recorded spot-check results, for a unit and every unit below it, in one
 * pass (GROUP BY ROLLUP, ARCHITECTURE decision 1). Items count where their site lies.
 */
@Injectable()
export class DiscrepancyRateService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly divisions: DivisionService,
  ) {}

  async ratesWithin(viewer: Viewer, divisionCode: string, period?: string | null): Promise<DiscrepancyRate[]> {
    const division = await this.divisions.findVisible(viewer, divisionCode);
    const scope = viewer.siteScopeSql('s');
    const within = siteWithinDivisionSql('s', divisionCode, 'division');
    const month = period
      ? `AND i.recorded_at >= (:period || '-01')::timestamp AT TIME ZONE 'Asia/Shanghai'
         AND i.recorded_at < ((:period || '-01')::timestamp + interval '1 month') AT TIME ZONE 'Asia/Shanghai'`
      : '';
    const rows = await namedQuery<RateRow>(
      this.dataSource,
      `WITH rates AS (
         SELECT s.city_code, s.county_code, s.id AS site_id, GROUPING(s.city_code, s.county_code, s.id)::int AS grouping,
           count(*)::int AS checked, count(*) FILTER (WHERE i.outcome = 'DISCREPANCY')::int AS discrepancies
         FROM spot_check_item i JOIN ${R.site} s ON s.id = i.site_id
         WHERE i.outcome IS NOT NULL AND ${scope.sql} AND ${within.sql} ${month}
         GROUP BY ROLLUP (s.city_code, s.county_code, s.id)
       )
       SELECT r.grouping, coalesce(r.site_id::text, r.county_code, r.city_code) AS unit_code,
         coalesce(site.name, division.name) AS unit_name,
         CASE r.grouping WHEN 0 THEN r.county_code WHEN 1 THEN r.city_code END AS parent_code,
         r.checked, r.discrepancies
       FROM rates r
       LEFT JOIN ${R.site} site ON site.id = r.site_id
       LEFT JOIN ${R.division} division ON division.code = coalesce(r.county_code, r.city_code)
       ORDER BY r.city_code NULLS FIRST, r.county_code NULLS FIRST, r.site_id IS NOT NULL, unit_name`,
      { ...scope.params, ...within.params, period: period ?? null },
    );
    // The grand total (always present, even over no rows) is the unit asked for; rows for the
    // levels above it repeat that total and are dropped.
    return rows
      .map((row) => ({ ...row, level: LEVEL_OF_GROUPING[row.grouping] }))
      .filter((row) => row.grouping === 7 || DEPTH[row.level] > DEPTH[division.level])
      .map((row) => {
        const own = row.grouping === 7;
        return {
          level: own ? division.level : row.level,
          unitCode: own ? division.code : row.unit_code,
          unitName: own ? division.name : row.unit_name,
          parentCode: own ? division.parentCode : row.parent_code,
          checked: row.checked,
          discrepancies: row.discrepancies,
          rate: row.checked > 0 ? row.discrepancies / row.checked : null,
        };
      });
  }
}
