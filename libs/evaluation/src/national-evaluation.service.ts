import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Role, siteWithinDivisionSql, Viewer } from '@app/access';
import { DivisionCode, DivisionTier, forbidden, notFound } from '@app/common';
import { readClaimRules } from '@app/evidence';
import { HouseholdType, REGISTRY_HISTORY, REGISTRY_RELATIONS, UnitLevel } from '@app/registry';
import { RedlineRule } from '@app/redlines';
import { EVALUATION_FIGURES, EvaluationFigure, HOUSING_FIGURES } from './catalog/evaluation-figures';
import { EvaluationFigureValue, EvaluationUnit, NationalEvaluation, OverLineHousehold } from './dtos/national-evaluation.types';
import { assertNotBeforeFirstRecord, endOfDay, evaluationDay } from './evaluation-instant';
import { EvaluationScope } from './sql/evaluation-households-sql';
import { denominatorColumn, evaluationByYearSql, evaluationUnitsSql, numeratorColumn, overLineHouseholdsSql } from './sql/evaluation-statements';

/** Who may read the evaluation: region, city and county staff (within their jurisdiction). */
const EVALUATION_ROLES: ReadonlySet<Role> = new Set([Role.REGION_ADMIN, Role.REGION_STAFF, Role.CITY_STAFF, Role.COUNTY_STAFF]);

/** The units below each tier that the evaluation lists: grouping columns per depth, and their levels. */
const DEPTHS: Record<DivisionTier, { sets: string[][]; levels: UnitLevel[] }> = {
  REGION: { sets: [[], ['city_code'], ['city_code', 'county_code']], levels: [UnitLevel.REGION, UnitLevel.CITY, UnitLevel.COUNTY] },
  CITY: { sets: [['city_code'], ['city_code', 'county_code']], levels: [UnitLevel.CITY, UnitLevel.COUNTY] },
  COUNTY: { sets: [['county_code'], ['county_code', 'site_id']], levels: [UnitLevel.COUNTY, UnitLevel.SITE] },
};

type Row = Record<string, unknown>;

const popcount = (n: number) => n.toString(2).replace(/0/g, '').length;

function valuesOf(figures: readonly EvaluationFigure[], row: Row): EvaluationFigureValue[] {
  return figures.map((figure, i) => {
    const numerator = Number(row[numeratorColumn(i)] ?? 0);
    const denominator = figure.denominator === null ? null : Number(row[denominatorColumn(i)] ?? 0);
    const value = denominator === null ? numerator : denominator === 0 ? null : numerator / denominator;
    return { key: figure.key, check: figure.check, numerator, denominator, value };
  });
}

export interface EvaluationRequest {
  division: { code: string; name: string; level: UnitLevel; parentCode: string | null };
  day: string;
  instant: string;
}

/**
 * The national evaluation (SPEC §9) of a division as of the end of a day: three statements over
 * the records as they stood then (the units, the housing check by relocation year, the
 * over-line households), each starting from the same households (evaluationHouseholdsSql).
 */
@Injectable()
export class NationalEvaluationService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Checks the request as the query and the download both need it: the division exists and is
   * in the caller's view (NOT_FOUND otherwise), the caller's role reads evaluations (FORBIDDEN),
   * and the day is valid, not in the future and not before the first record (BAD_USER_INPUT).
   */
  async request(viewer: Viewer, divisionCode: string, asOf: string | null | undefined): Promise<EvaluationRequest> {
    if (!DivisionCode.isValid(divisionCode) || !viewer.seesDivision(divisionCode)) throw notFound('Division', divisionCode);
    const [division] = await this.dataSource.query(
      `SELECT code, name, level, parent_code AS "parentCode" FROM ${REGISTRY_RELATIONS.division} WHERE code = $1`,
      [divisionCode],
    );
    if (!division) throw notFound('Division', divisionCode);
    if (!EVALUATION_ROLES.has(viewer.role)) throw forbidden('国家评估核查数据仅供自治区、市、县工作人员查阅');
    const day = evaluationDay(asOf);
    const [{ first }] = await this.dataSource.query(
      `SELECT to_char(min(lower(sys_period)) AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS first
       FROM (SELECT sys_period FROM ${REGISTRY_RELATIONS.site} UNION ALL SELECT sys_period FROM ${REGISTRY_HISTORY.site}) versions`,
    );
    assertNotBeforeFirstRecord(day, first);
    return { division, day, instant: endOfDay(day).instant };
  }

  async evaluate(viewer: Viewer, request: EvaluationRequest): Promise<NationalEvaluation> {
    const { division } = request;
    const tier = DivisionCode.parse(division.code).tier;
    const within = siteWithinDivisionSql('s', division.code, 'unitDivision');
    const scope = viewer.siteScopeSql('s');
    const params = { ...within.params, ...scope.params, instant: request.instant, day: request.day };
    const sqlScope: EvaluationScope = {
      instant: 'CAST(:instant AS timestamptz)',
      day: 'CAST(:day AS date)',
      sites: `(${within.sql}) AND (${scope.sql})`,
      claimRules: await readClaimRules(this.dataSource),
    };
    const run = (sql: string): Promise<Row[]> => {
      const [text, bound] = this.dataSource.driver.escapeQueryWithParameters(sql, params, {});
      return this.dataSource.query(text, bound);
    };
    const depth = DEPTHS[tier];
    const [unitRows, yearRows, overLine] = await Promise.all([
      run(evaluationUnitsSql(sqlScope, depth.sets)),
      run(evaluationByYearSql(sqlScope)),
      run(overLineHouseholdsSql(sqlScope, REGISTRY_RELATIONS.division)),
    ]);
    return {
      divisionCode: division.code,
      asOf: request.day,
      asOfInstant: new Date(request.instant),
      units: await this.units(division, depth, unitRows),
      byRelocationYear: yearRows.map((row) => ({ relocationYear: Number(row.relocation_year), figures: valuesOf(HOUSING_FIGURES, row) })),
      overLineHouseholds: overLine.map(overLineHousehold),
      definitions: EVALUATION_FIGURES.map((f) => ({
        key: f.key, check: f.check, name: f.nameZh, numeratorName: f.numeratorZh, denominatorName: f.denominatorZh, unit: f.unit, definition: f.definitionZh,
      })),
    };
  }

  /** The rollup's rows as units, named, the asked-for unit first (present even without sites), then by depth and code. */
  private async units(division: EvaluationRequest['division'], depth: (typeof DEPTHS)[DivisionTier], rows: Row[]): Promise<EvaluationUnit[]> {
    const deepest = depth.sets[depth.sets.length - 1];
    const located = rows.map((row) => {
      const grouped = deepest.length - popcount(Number(row.grouping));
      const d = grouped - depth.sets[0].length;
      const code = d === 0 ? division.code : String(row[deepest[grouped - 1]]);
      return { row, d, code };
    });
    const codes = located.filter((u) => depth.levels[u.d] !== UnitLevel.SITE).map((u) => u.code);
    const divisions: Array<{ code: string; name: string; parent_code: string | null }> = await this.dataSource.query(
      `SELECT code, name, parent_code FROM ${REGISTRY_RELATIONS.division} WHERE code = ANY($1)`,
      [codes],
    );
    const byCode = new Map(divisions.map((d) => [d.code, d]));
    const units = located.map(({ row, d, code }): EvaluationUnit & { depth: number } => {
      const level = depth.levels[d];
      const figures = valuesOf(EVALUATION_FIGURES, row);
      if (level === UnitLevel.SITE) return { depth: d, code: String(row.site_code), name: String(row.site_name), level, parentCode: division.code, figures };
      return { depth: d, code, name: byCode.get(code)?.name ?? code, level, parentCode: d === 0 ? null : (byCode.get(code)?.parent_code ?? null), figures };
    });
    if (!units.some((u) => u.depth === 0)) units.push({ depth: 0, code: division.code, name: division.name, level: division.level, parentCode: null, figures: valuesOf(EVALUATION_FIGURES, {}) });
    units.sort((a, b) => a.depth - b.depth || a.code.localeCompare(b.code));
    return units.map(({ depth: _depth, ...unit }) => unit);
  }
}

function overLineHousehold(row: Row): OverLineHousehold {
  return {
    householdId: String(row.id),
    code: String(row.code),
    headName: String(row.head_name),
    householdType: row.household_type as HouseholdType,
    beneficiaryCount: Number(row.beneficiary_count),
    selfFunding: Number(row.self_funding),
    selfFundingPerPerson: row.self_funding_per_person === null ? null : Number(row.self_funding_per_person),
    rules: (row.rules_crossed as RedlineRule[]).filter((rule) => rule !== RedlineRule.HOUSING_AREA_PER_PERSON),
    siteCode: String(row.site_code),
    siteName: String(row.site_name),
    countyName: String(row.county_name),
  };
}
