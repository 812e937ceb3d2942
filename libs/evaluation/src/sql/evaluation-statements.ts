import { RedlineRule } from '@app/redlines';
import { EvaluationFigure, EVALUATION_FIGURES, HOUSING_FIGURES } from '../catalog/evaluation-figures';
import { EvaluationScope, evaluationHouseholdsSql } from './evaluation-households-sql';

export const numeratorColumn = (i: number) => `f${i}_n`;
export const denominatorColumn = (i: number) => `f${i}_d`;

const figureColumns = (figures: readonly EvaluationFigure[], wrap: (sql: string) => string) =>
  figures
    .flatMap((f, i) => [`${wrap(f.numerator)} AS ${numeratorColumn(i)}`, `${wrap(f.denominator ?? '1')} AS ${denominatorColumn(i)}`])
    .join(',\n  ');

/**
 * Every figure for the unit and the units below it: per site first (each figure's aggregates
 * over the site's households), then summed by GROUPING SETS, one set per depth below the unit
 * (`depths`: the grouping columns of each, shallowest first, e.g. [[], ['city_code'],
 * ['city_code', 'county_code']] for the region). Output: the deepest set's columns,
 * `grouping` (GROUPING() over them), `site_code`, `site_name` and the figure columns in catalog
 * order.
 */
export function evaluationUnitsSql(scope: EvaluationScope, depths: readonly string[][]): string {
  const deepest = depths[depths.length - 1];
  const sums = EVALUATION_FIGURES.flatMap((_, i) => [`sum(${numeratorColumn(i)}) AS ${numeratorColumn(i)}`, `sum(${denominatorColumn(i)}) AS ${denominatorColumn(i)}`]);
  return `${evaluationHouseholdsSql(scope)},
site_figures AS (
  SELECT s.id AS site_id, s.code AS site_code, s.name AS site_name, s.city_code, s.county_code,
  ${figureColumns(EVALUATION_FIGURES, (sql) => `coalesce(${sql}, 0)::float8`)}
  FROM scoped_sites s LEFT JOIN h ON h.site_id = s.id
  GROUP BY s.id, s.code, s.name, s.city_code, s.county_code
)
SELECT ${deepest.map((c) => `${c}, `).join('')}GROUPING(${deepest.join(', ')}) AS grouping, max(site_code) AS site_code, max(site_name) AS site_name,
  ${sums.join(',\n  ')}
FROM site_figures
GROUP BY GROUPING SETS (${depths.map((set) => `(${set.join(', ')})`).join(', ')})`;
}

/** The housing check's figures for the whole unit, one row per relocation year. */
export function evaluationByYearSql(scope: EvaluationScope): string {
  return `${evaluationHouseholdsSql(scope)}
SELECT h.relocation_year,
  ${figureColumns(HOUSING_FIGURES, (sql) => `coalesce(${sql}, 0)::float8`)}
FROM h
GROUP BY h.relocation_year
ORDER BY h.relocation_year`;
}

/** The households whose reported self-funding crosses a red line, with where they live. */
export function overLineHouseholdsSql(scope: EvaluationScope, divisionRelation: string): string {
  return `${evaluationHouseholdsSql(scope)}
SELECT h.id, h.code, h.head_name, h.household_type, h.beneficiary_count, h.self_funding::float8 AS self_funding,
  round(h.self_funding / NULLIF(h.beneficiary_count, 0), 2)::float8 AS self_funding_per_person,
  h.rules_crossed, s.code AS site_code, s.name AS site_name, county.name AS county_name
FROM h
JOIN scoped_sites s ON s.id = h.site_id
JOIN ${divisionRelation} county ON county.code = s.county_code
WHERE h.rules_crossed && ARRAY['${RedlineRule.SELF_FUNDING_PER_PERSON}', '${RedlineRule.SELF_FUNDING_PER_HOUSEHOLD}']
ORDER BY s.county_code, s.code, h.code`;
}
