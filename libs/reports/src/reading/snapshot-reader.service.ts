import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DivisionCode } from '@app/common';
import { RankingKey } from '@app/indicators';
import { UnitLevel } from '@app/registry';
import { reportPeriod } from '../period/report-period';

/** Which published snapshot of a month: documents made from it are kept per snapshot. */
export interface SnapshotHeader {
  period: string;
  /** The run that published it; a revision publishes a new one. */
  snapshotId: string;
  generatedAt: Date;
  asOf: Date;
  /** When and why the current snapshot revised the month; null for an original. */
  revision: { revisedAt: Date; reason: string } | null;
}

/** One unit's figure on one measure, with what a printed document shows beside it. */
export interface SnapshotUnitRow {
  level: UnitLevel;
  /** A division code, or a site's id (documents show the site's own code instead). */
  unitCode: string;
  unitName: string;
  parentCode: string | null;
  parentName: string | null;
  indicator: RankingKey;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  rankInParent: number | null;
  rankInRegion: number | null;
  changeFromPreviousMonth: number | null;
  /** Last month's rank within the parent minus this month's: positive is a climb; null when either is missing. */
  rankChangeInParent: number | null;
  /** Units of the same level under the same parent (see SnapshotReader.unitRows). */
  peersInParent: number;
}

export interface SnapshotRankSummary {
  level: UnitLevel;
  unitCode: string;
  unitName: string;
  parentName: string | null;
  composite: number | null;
  compositeRankInParent: number | null;
  compositeRankInRegion: number | null;
  ranksInParent: Record<string, number | null>;
}

export interface SnapshotUnitSummary {
  level: UnitLevel;
  unitCode: string;
  unitName: string;
  parentCode: string | null;
  deceased: number;
  added: number;
  openViolations: number;
  unrecognizedClaims: number;
}

const LEVEL_ORDER = `array_position(ARRAY['REGION', 'CITY', 'COUNTY', 'SITE']::unit_level[], r.level)`;

/**
 * `r` rows inside the subtree of the division bound as $2. Rows carry their city and county, so
 * it is one equality test; the report covers one region, whose own and city rows carry no county.
 */
function subtreeSql(divisionCode: string): string {
  switch (DivisionCode.parse(divisionCode).tier) {
    case 'REGION':
      return '$2::varchar IS NOT NULL';
    case 'CITY':
      return 'r.city_code = $2';
    case 'COUNTY':
      return 'r.county_code = $2';
  }
}

const LEVELS_DOWN: UnitLevel[] = [UnitLevel.REGION, UnitLevel.CITY, UnitLevel.COUNTY, UnitLevel.SITE];

/** The levels of the rows in a division's subtree: its own and every one below. */
function levelsWithin(divisionCode: string): UnitLevel[] {
  return LEVELS_DOWN.slice(LEVELS_DOWN.indexOf(DivisionCode.parse(divisionCode).tier as UnitLevel));
}

/**
 * A published month for documents made about a whole division (the bulletin and its
 * workbook), which read the same whoever asks: callers check that the asker sees the division
 * first. Ranks and their changes, and the count of peers each rank is out of, come from SQL
 * over the snapshot.
 */
@Injectable()
export class SnapshotReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async header(period: string): Promise<SnapshotHeader | null> {
    reportPeriod(period);
    const [row] = await this.dataSource.query(
      `SELECT m.period, m.run_id::text AS "snapshotId", m.generated_at AS "generatedAt", m.as_of AS "asOf",
         CASE WHEN v.period IS NULL THEN NULL ELSE json_build_object('revisedAt', v.revised_at, 'reason', v.reason) END AS revision
       FROM monthly_report m LEFT JOIN report_revision v ON v.period = m.period AND v.revision = m.revision
       WHERE m.period = $1`,
      [period],
    );
    if (row?.revision) row.revision.revisedAt = new Date(row.revision.revisedAt);
    return (row as SnapshotHeader | undefined) ?? null;
  }

  /** The region, cities and counties in the month, largest first: the units bulletins are made for. */
  async divisions(period: string): Promise<string[]> {
    const rows: Array<{ code: string }> = await this.dataSource.query(
      `SELECT r.unit_code AS code FROM report_row r WHERE r.period = $1 AND r.indicator = 'COMPOSITE' AND r.level <> 'SITE' ORDER BY ${LEVEL_ORDER}, r.unit_code`,
      [period],
    );
    return rows.map((row) => row.code);
  }

  /**
   * Rows of the division and every unit under it, optionally of some levels or one measure,
   * ordered by level, measure and rank (region-wide, which under one parent is the order within
   * it too; units without a value last, then by name).
   * `peersInParent` counts siblings within the subtree, which is all of them for every unit
   * below the division; the division's own peers are `ownPeers`.
   */
  unitRows(period: string, divisionCode: string, filter: { levels?: UnitLevel[]; indicator?: RankingKey } = {}): Promise<SnapshotUnitRow[]> {
    const previous = reportPeriod(period).previous;
    // Level and measure always bound, so the (period, level, indicator) index finds the rows:
    // a region's month has every site on every measure (national scale: 950,000 rows).
    const indicator = filter.indicator ? 'r.indicator = $5::varchar' : '$5::varchar IS NULL';
    return this.dataSource.query(
      `SELECT r.level, r.unit_code AS "unitCode", r.unit_name AS "unitName", r.parent_code AS "parentCode", parent.unit_name AS "parentName",
         r.indicator, r.numerator, r.denominator, r.value, r.rank_in_parent AS "rankInParent", r.rank_in_region AS "rankInRegion",
         r.change_from_previous_month AS "changeFromPreviousMonth",
         previous.rank_in_parent - r.rank_in_parent AS "rankChangeInParent",
         (count(*) OVER (PARTITION BY r.level, r.parent_code, r.indicator))::int AS "peersInParent"
       FROM report_row r
       LEFT JOIN report_row parent ON parent.period = r.period AND parent.unit_code = r.parent_code AND parent.indicator = r.indicator
       LEFT JOIN report_row previous ON previous.period = $3 AND previous.unit_code = r.unit_code AND previous.indicator = r.indicator
       WHERE r.period = $1 AND ${subtreeSql(divisionCode)}
         AND r.level = ANY($4::unit_level[]) AND ${indicator}
       ORDER BY ${LEVEL_ORDER}, r.indicator, r.rank_in_region NULLS LAST, r.rank_in_parent NULLS LAST, r.unit_name, r.unit_code`,
      [period, divisionCode, previous, filter.levels ?? levelsWithin(divisionCode), filter.indicator ?? null],
    );
  }

  /**
   * One line per unit of the division and below: its composite score and ranks, and its rank
   * within its parent on every measure (keyed by measure), best composite first per level.
   */
  rankSummary(period: string, divisionCode: string): Promise<SnapshotRankSummary[]> {
    return this.dataSource.query(
      `SELECT r.level, r.unit_code AS "unitCode", r.unit_name AS "unitName", parent.unit_name AS "parentName",
         max(r.value) FILTER (WHERE r.indicator = 'COMPOSITE') AS composite,
         max(r.rank_in_parent) FILTER (WHERE r.indicator = 'COMPOSITE') AS "compositeRankInParent",
         max(r.rank_in_region) FILTER (WHERE r.indicator = 'COMPOSITE') AS "compositeRankInRegion",
         jsonb_object_agg(r.indicator, r.rank_in_parent) AS "ranksInParent"
       FROM report_row r
       LEFT JOIN report_row parent ON parent.period = r.period AND parent.unit_code = r.parent_code AND parent.indicator = 'COMPOSITE'
       WHERE r.period = $1 AND ${subtreeSql(divisionCode)}
       GROUP BY r.level, r.unit_code, r.unit_name, parent.unit_name
       ORDER BY ${LEVEL_ORDER}, "compositeRankInRegion" NULLS LAST, r.unit_name, r.unit_code`,
      [period, divisionCode],
    );
  }

  /** For each measure, how many units the division is ranked among: under its parent, and in the region. */
  async ownPeers(period: string, divisionCode: string): Promise<Map<string, { inParent: number; inRegion: number }>> {
    const rows: Array<{ indicator: string; inParent: number; inRegion: number }> = await this.dataSource.query(
      // Counted per measure of the division's own rows, each by the (level, indicator) index: as a
      // join, the planner expects a level's average unit count and scans the month (0.5 s national).
      `SELECT own.indicator, peers."inParent", peers."inRegion"
       FROM report_row own
       CROSS JOIN LATERAL (
         SELECT (count(*) FILTER (WHERE p.parent_code = own.parent_code))::int AS "inParent", count(*)::int AS "inRegion"
         FROM report_row p WHERE p.period = $1 AND p.level = own.level AND p.indicator = own.indicator
       ) peers
       WHERE own.period = $1 AND own.unit_code = $2`,
      [period, divisionCode],
    );
    return new Map(rows.map((row) => [row.indicator, { inParent: row.inParent, inRegion: row.inRegion }]));
  }

  /** Population changes, open red lines and evidence gaps of the division and every unit under it. */
  summaries(period: string, divisionCode: string, levels: UnitLevel[] | null = null): Promise<SnapshotUnitSummary[]> {
    return this.dataSource.query(
      `SELECT r.level, r.unit_code AS "unitCode", r.unit_name AS "unitName", r.parent_code AS "parentCode",
         r.deceased, r.added, r.open_violations AS "openViolations", r.unrecognized_claims AS "unrecognizedClaims"
       FROM report_unit_summary r
       WHERE r.period = $1 AND ${subtreeSql(divisionCode)} AND r.level = ANY($3::unit_level[])
       ORDER BY ${LEVEL_ORDER}, r.unit_name, r.unit_code`,
      [period, divisionCode, levels ?? levelsWithin(divisionCode)],
    );
  }
}
