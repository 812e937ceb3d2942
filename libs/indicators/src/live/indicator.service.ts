import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { Role, siteWithinDivisionSql, Viewer } from '@app/access';
import { DivisionCode, forbidden } from '@app/common';
import { INDICATOR_DEFINITIONS } from '../catalog/indicator-definitions';
import { IndicatorKey } from '../catalog/indicator-key.enum';
import { IndicatorWeightChange } from '../catalog/indicator-weight-change.entity';
import { IndicatorDefinitionType, IndicatorValue } from '../dtos/indicator.types';
import { SiteFiguresService } from '../figures/site-figures.service';
import { indicatorRollupSql } from './indicator-rollup-sql';
import { indicatorValuesOf } from './indicator-values';

/** A unit whose indicators are asked for: a division (region, city, county) or a site. */
export type UnitRef = { kind: 'division'; code: string } | { kind: 'site'; siteId: string; countyCode: string };

export const REGION_UNIT = 'region';
export const unitKeyOf = (unit: UnitRef): string =>
  unit.kind === 'site' ? `site:${unit.siteId}` : DivisionCode.parse(unit.code).tier === 'REGION' ? REGION_UNIT : unit.code;

type RollupRow = Record<string, unknown> & {
  tier: number;
  city_code: string;
  county_code: string;
  site_id: string;
};

const tierOf = (unit: { code: string }) => DivisionCode.parse(unit.code).tier;
const isCounty = (unit: UnitRef): unit is { kind: 'division'; code: string } => unit.kind === 'division' && tierOf(unit) === 'COUNTY';

/**
 * Whether the row's unit lies within (or is) the asked-for unit, and the rollup for that unit
 * returns it: every division inside a division, sites only inside a county (see indicatorRollupSql).
 */
function covers(unit: UnitRef, row: RollupRow): boolean {
  if (unit.kind === 'site') return row.tier === 0 && row.site_id === unit.siteId;
  if (row.tier === 0 && !isCounty(unit)) return false;
  switch (tierOf(unit)) {
    case 'REGION':
      return true;
    case 'CITY':
      return row.tier <= 3 && row.city_code === unit.code;
    case 'COUNTY':
      return row.tier <= 1 && row.county_code === unit.code;
  }
}

/** Whether the `inner` unit lies within (or is) the `outer` one and is answered with it (as `covers`). */
export function unitCovers(outer: UnitRef, inner: UnitRef): boolean {
  if (outer.kind === 'site') return inner.kind === 'site' && inner.siteId === outer.siteId;
  if (inner.kind === 'site' && !isCounty(outer)) return false;
  return DivisionCode.parse(outer.code).contains(inner.kind === 'site' ? inner.countyCode : inner.code);
}

/** GROUPING() bitmask of the rollup → which unit a row sums. */
function rowUnitKey(row: RollupRow): string {
  switch (row.tier) {
    case 0:
      return `site:${row.site_id}`;
    case 1:
      return row.county_code;
    case 3:
      return row.city_code;
    default:
      return REGION_UNIT;
  }
}

@Injectable()
export class IndicatorService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(IndicatorWeightChange) private readonly weightChanges: Repository<IndicatorWeightChange>,
    private readonly figures: SiteFiguresService,
  ) {}

  /**
   * Every indicator for each unit, in one statement however many units are asked for: the
   * rollup over the union of their subtrees (within the caller's scope) yields them all, and
   * the divisions inside them as well, and the sites inside counties (keyed by unitKeyOf). The
   * per-site figures it sums are brought up to date with the records first, unless that means
   * waiting for a full rebuild: then they are read as they last stood (refreshFigures says when).
   * `refreshed`: the caller has just done that (once per request, see IndicatorLoaderFactory).
   */
  async forUnits(viewer: Viewer, units: readonly UnitRef[], refreshed = false): Promise<Map<string, IndicatorValue[]>> {
    if (!refreshed) await this.refreshFigures();
    const scope = viewer.siteScopeSql('s');
    const params: Record<string, string> = { ...scope.params };
    const subtrees = units.map((unit, i) => {
      if (unit.kind === 'site') {
        params[`unitSite${i}`] = unit.siteId;
        return `s.id = :unitSite${i}`;
      }
      const within = siteWithinDivisionSql('s', unit.code, `unitDivision${i}`);
      Object.assign(params, within.params);
      return within.sql;
    });
    const predicate = `(${scope.sql}) AND (${subtrees.join(' OR ') || 'false'})`;
    // Site rows only for the sites and counties asked for: their own subtree predicates.
    const siteRows = subtrees.filter((_, i) => units[i].kind === 'site' || isCounty(units[i]));
    // Site staff's scope names a site: only the sites' own figures can answer it.
    const rollup = indicatorRollupSql(predicate, siteRows.length > 0 ? siteRows.join(' OR ') : null, viewer.jurisdiction.kind !== 'site');
    const [sql, bound] = this.dataSource.driver.escapeQueryWithParameters(rollup, params, {});
    const rows: RollupRow[] = await this.dataSource.query(sql, bound);
    // Rows for divisions inside an asked-for one are complete too (their whole subtree was
    // aggregated): returning them lets a division's children be answered without another query.
    const complete = rows.filter((row) => units.some((unit) => covers(unit, row)));
    const byUnit = new Map(complete.map((row) => [rowUnitKey(row), indicatorValuesOf(row)]));
    // A unit with no site in scope still has indicators: all zero, no values.
    for (const unit of units) if (!byUnit.has(unitKeyOf(unit))) byUnit.set(unitKeyOf(unit), indicatorValuesOf({}));
    return byUnit;
  }

  /**
   * Brings the per-site figures up to date for a read and says the instant they describe: now,
   * or, while a full rebuild is pending or running, when they were last current.
   */
  async refreshFigures(): Promise<Date> {
    const outcome = await this.figures.refreshForReading();
    return outcome.kind === 'behind' ? outcome.asOf : new Date();
  }

  /** The composite weights: administrators' overrides over the catalog defaults. */
  /**
   * Each indicator's weight in the composite: the administrator's latest, else the catalog's
   * default. With `asOf`, the weights as they stood at that instant (a month's end).
   */
  async weightByKey(asOf?: string): Promise<Map<IndicatorKey, number>> {
    const rows: Array<{ key: string; weight: string }> = await this.dataSource.query(
      `SELECT DISTINCT ON (key) key, weight FROM indicator_weight_change WHERE changed_at <= coalesce($1::timestamptz, now()) ORDER BY key, changed_at DESC, id DESC`,
      [asOf ?? null],
    );
    const overrides = new Map(rows.map((row) => [row.key, Number(row.weight)]));
    return new Map(INDICATOR_DEFINITIONS.map((def) => [def.key, overrides.get(def.key) ?? def.defaultWeight]));
  }

  async setWeight(viewer: Viewer, key: IndicatorKey, weight: number): Promise<void> {
    if (viewer.role !== Role.REGION_ADMIN) throw forbidden('Only region administrators change the composite weights');
    await this.weightChanges.insert({ key, weight: String(weight), changedBy: viewer.username });
  }

  async definitions(): Promise<IndicatorDefinitionType[]> {
    const weights = await this.weightByKey();
    return INDICATOR_DEFINITIONS.map((def) => ({
      key: def.key,
      nameZh: def.nameZh,
      nameEn: def.nameEn,
      numeratorZh: def.numeratorZh,
      denominatorZh: def.denominatorZh,
      unit: def.unit,
      direction: def.direction,
      weight: weights.get(def.key) ?? 0,
    }));
  }
}
