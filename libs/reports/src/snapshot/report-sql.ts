import { denominatorColumn, FIGURE_COLUMNS, INDICATOR_DEFINITIONS, IndicatorDefinition, IndicatorKey, IndicatorUnit, numeratorColumn, siteFiguresSql, sourcesAsOf } from '@app/indicators';
import { registryAsOf } from '@app/registry';
import type { ClaimRuleRow } from '@app/evidence';

/**
 * The SQL that builds a month's snapshot. Parameters: $1 the period 'YYYY-MM', and where
 * records are read $2 the month's last instant (a bound value, which the planner folds into
 * every comparison); others per statement. Figures are as of that instant, read from the
 * history, so a report run late or re-run after later edits still shows that month's end.
 */
const AS_OF = '$2::timestamptz';
const MONTH_END = registryAsOf(AS_OF);
const REGION_CODE = '450000';

/**
 * Part FIGURES, first statement: every site's numerators and denominators as of the month's
 * end ($1, and $2 its last day) into a temporary table. PostgreSQL plans an INSERT … SELECT
 * on one core, a CREATE TABLE … AS in parallel, so the figures go through a table of their own.
 */
export function siteFiguresPartSql(claimRules: readonly ClaimRuleRow[]): string {
  const figures = siteFiguresSql({ sources: sourcesAsOf('$1::timestamptz'), day: '$2', siteIds: null, claimRules });
  return `CREATE TEMP TABLE report_part_figures ON COMMIT DROP AS ${figures}`;
}

/** Where part FIGURES stages the month's figures. */
export const MONTH_FIGURES_STAGE = 'report_staging_figures';
/**
 * Where part PREVIOUS_FIGURES stages the previous month's figures, as of that month's end and
 * under the period being built: the change from the previous month is computed from them,
 * whether or not that month was ever published.
 */
export const PREVIOUS_FIGURES_STAGE = 'report_staging_previous_figures';

/** Where every site's figures as of a month's end are kept once computed (migration KeptMonthFigures). */
const KEPT_FIGURES = 'month_site_figures';

/**
 * Parts FIGURES and PREVIOUS_FIGURES, after computing: the figures just computed
 * (report_part_figures) kept as the month's ($1), in place of any kept before.
 */
export const KEEP_FIGURES_SQL = [
  `DELETE FROM ${KEPT_FIGURES} WHERE period = $1`,
  `INSERT INTO ${KEPT_FIGURES} (period, site_id, city_code, county_code, ${FIGURE_COLUMNS.join(', ')})
   SELECT $1::varchar, site_id, city_code, county_code, ${FIGURE_COLUMNS.join(', ')} FROM report_part_figures`,
] as const;

/** Which statement (digest $2) computed the month's ($1) kept figures. */
export const KEPT_FIGURES_BASIS_SQL = `INSERT INTO month_figures_basis (period, statement_digest) VALUES ($1, $2)
  ON CONFLICT (period) DO UPDATE SET statement_digest = EXCLUDED.statement_digest, computed_at = now()`;

/** Parts FIGURES and PREVIOUS_FIGURES, last: a month's ($2) kept figures staged under the period being built ($1). */
export const stageKeptFiguresSql = (stage: string) => `
INSERT INTO ${stage} (period, site_id, city_code, county_code, ${FIGURE_COLUMNS.join(', ')})
SELECT $1::varchar, site_id, city_code, county_code, ${FIGURE_COLUMNS.join(', ')} FROM ${KEPT_FIGURES} WHERE period = $2`;

/**
 * Part POPULATION: per site, the persons who died and who joined (other than as original
 * members) during the month ($3, $4: its first and last day), by their households as of its end.
 * Each person's household is looked up by key (it has one version at an instant): joined
 * plainly, the planner cannot estimate the as-of relation's keys, expects thousands of
 * households per person and scans them all (national scale: 10 s beside FIGURES, for some
 * 10,000 persons; 1.4 s looked up).
 */
export const POPULATION_PART_SQL = `
INSERT INTO report_staging_population (period, site_id, deceased, added)
SELECT $1::varchar, h.site_id,
  count(*) FILTER (WHERE p.leave_reason = 'DEATH' AND p.left_on BETWEEN $3::date AND $4::date),
  count(*) FILTER (WHERE p.join_reason <> 'ORIGINAL_MEMBER' AND p.joined_on BETWEEN $3::date AND $4::date)
FROM ${MONTH_END.person} p
CROSS JOIN LATERAL (SELECT household.site_id FROM ${MONTH_END.household} household WHERE household.id = p.household_id LIMIT 1) h
WHERE p.left_on BETWEEN $3::date AND $4::date OR p.joined_on BETWEEN $3::date AND $4::date
GROUP BY h.site_id`;

/**
 * Every unit of the month, wide: the staged sites and, through ROLLUP, their counties, cities
 * and the region as sums (every figure is additive), with names as of the month's end; the
 * region's row is there even in a month before any site. A
 * temporary table, read by the two statements below within the finishing transaction.
 */
const UNIT_CODE = `CASE GROUPING(f.city_code, f.county_code, f.site_id) WHEN 0 THEN f.site_id::text WHEN 1 THEN f.county_code WHEN 3 THEN f.city_code ELSE '${REGION_CODE}' END`;

export const REPORT_UNITS_SQL = `
CREATE TEMP TABLE report_units ON COMMIT DROP AS
SELECT r.*, coalesce(site.name, division.name, r.unit_code) AS unit_name
FROM (
  SELECT
    ${UNIT_CODE} AS unit_code,
    CASE GROUPING(f.city_code, f.county_code, f.site_id) WHEN 0 THEN 'SITE' WHEN 1 THEN 'COUNTY' WHEN 3 THEN 'CITY' ELSE 'REGION' END AS level,
    CASE GROUPING(f.city_code, f.county_code, f.site_id) WHEN 0 THEN f.county_code WHEN 1 THEN f.city_code WHEN 3 THEN '${REGION_CODE}' END AS parent_code,
    f.city_code, f.county_code, f.site_id,
    -- coalesce: a month before any site still has its region row, of zeros, not NULLs.
    ${FIGURE_COLUMNS.map((c) => `coalesce(sum(f.${c}), 0) AS ${c}`).join(', ')},
    coalesce(sum(p.deceased), 0)::int AS deceased, coalesce(sum(p.added), 0)::int AS added
  FROM ${MONTH_FIGURES_STAGE} f
  LEFT JOIN report_staging_population p ON p.period = f.period AND p.site_id = f.site_id
  WHERE f.period = $1::varchar
  GROUP BY ROLLUP (f.city_code, f.county_code, f.site_id)
) r
LEFT JOIN ${MONTH_END.division} division ON r.site_id IS NULL AND division.code = r.unit_code
LEFT JOIN ${MONTH_END.site} site ON site.id = r.site_id`;

/** The previous month's units (sites, counties, cities, region) with their figures, staged for the period $1. */
export const PREVIOUS_UNITS_SQL = `
CREATE TEMP TABLE previous_units ON COMMIT DROP AS
SELECT ${UNIT_CODE} AS unit_code, ${FIGURE_COLUMNS.map((c) => `coalesce(sum(f.${c}), 0) AS ${c}`).join(', ')}
FROM ${PREVIOUS_FIGURES_STAGE} f
WHERE f.period = $1::varchar
GROUP BY ROLLUP (f.city_code, f.county_code, f.site_id)`;

/** An indicator's value from a unit's figures (`unit`: its alias): a count is its own value; a rate over zero has none. */
function valueOf(definition: IndicatorDefinition, unit: string): string {
  const [numerator, denominator] = [`${unit}.${numeratorColumn(definition.key)}`, `${unit}.${denominatorColumn(definition.key)}`];
  return definition.unit === IndicatorUnit.COUNT ? numerator : `CASE WHEN ${denominator} = 0 THEN NULL ELSE ${numerator} / ${denominator} END`;
}

/**
 * A unit's composite: the mean of its values that exist, weighted ($2: weights as JSON; a
 * weight missing or not above zero leaves its indicator out), none when no weighted value
 * exists. An expression over the unit's own row, so the composite needs no second pass over
 * the rows spread per indicator.
 */
function compositeOf(unit: string): string {
  const terms = INDICATOR_DEFINITIONS.map((d) => ({ weight: `greatest(coalesce(($2::jsonb ->> '${d.key}')::float8, 0), 0)`, value: valueOf(d, unit) }));
  const weighted = terms.map(({ weight, value }) => `coalesce(${weight} * ${value}, 0)`).join(' + ');
  const weights = terms.map(({ weight, value }) => `CASE WHEN ${value} IS NULL THEN 0 ELSE ${weight} END`).join(' + ');
  return `(${weighted}) / nullif(${weights}, 0)`;
}

/**
 * Values, the composite, both ranks and the change against the previous month, for every unit
 * and indicator, in one statement. Ranks are competition ranks (1, 2, 2, 4), best first in the
 * indicator's direction, units without a value last. The change is against the previous
 * month's figures as of its end (previous_units, joined to each unit once, before its figures
 * are spread into one row per indicator), valued by the same rules and weights, so it exists
 * whether or not that month was published. Reads report_units and previous_units; $2 is the
 * composite weights as JSON ({ "KEY": weight }). Written into `target`: `report_row`, or the
 * table that becomes the month's partition; `inKeyOrder` when `target` has its primary key.
 */
export function snapshotRowsSql(target: string, inKeyOrder: boolean): string {
  const measures = INDICATOR_DEFINITIONS.map((d) => {
    const denominator = d.unit === IndicatorUnit.COUNT ? 'NULL::float8' : `u.${denominatorColumn(d.key)}`;
    return `('${d.key}', '${d.direction}', u.${numeratorColumn(d.key)}, ${denominator}, ${valueOf(d, 'u')}, ${valueOf(d, 'p')})`;
  }).join(',\n      ');
  return `
INSERT INTO ${target} (period, unit_code, indicator, level, unit_name, parent_code, city_code, county_code,
  numerator, denominator, value, rank_in_parent, rank_in_region, change_from_previous_month)
WITH everything AS (
  SELECT u.unit_code, u.level, u.unit_name, u.parent_code, u.city_code, u.county_code, m.*
  FROM report_units u
  LEFT JOIN previous_units p USING (unit_code)
  CROSS JOIN LATERAL (VALUES
      ${measures},
      ('COMPOSITE', 'HIGHER_IS_BETTER', NULL, NULL, ${compositeOf('u')}, ${compositeOf('p')})
  ) AS m(measure, direction, numerator, denominator, value, previous_value)
),
ranked AS (
  SELECT e.*,
    CASE WHEN e.level <> 'REGION' THEN rank() OVER (PARTITION BY e.level, e.measure, e.parent_code
      ORDER BY CASE WHEN e.direction = 'LOWER_IS_BETTER' THEN -e.value ELSE e.value END DESC NULLS LAST) END AS rank_in_parent,
    CASE WHEN e.level <> 'REGION' THEN rank() OVER (PARTITION BY e.level, e.measure
      ORDER BY CASE WHEN e.direction = 'LOWER_IS_BETTER' THEN -e.value ELSE e.value END DESC NULLS LAST) END AS rank_in_region
  FROM everything e
)
SELECT $1::varchar, r.unit_code, r.measure, r.level::unit_level, r.unit_name, r.parent_code, r.city_code, r.county_code,
  r.numerator, r.denominator, r.value, r.rank_in_parent, r.rank_in_region, r.value - r.previous_value
FROM ranked r${
    // Into a live primary key, in its order: the index then grows at its end instead of taking
    // every row at a random place (national scale: 948,267 rows, 14 s → 8 s to insert).
    inKeyOrder ? '\nORDER BY r.unit_code, r.measure' : ''
  }`;
}

/** Per unit: the month's population changes, and the red lines and evidence gaps open at its end (reads report_units). */
export const SNAPSHOT_SUMMARY_SQL = `
INSERT INTO report_unit_summary (period, unit_code, level, unit_name, parent_code, city_code, county_code,
  deceased, added, open_violations, unrecognized_claims)
SELECT $1::varchar, u.unit_code, u.level::unit_level, u.unit_name, u.parent_code, u.city_code, u.county_code,
  u.deceased, u.added, u.${numeratorColumn(IndicatorKey.REDLINE_VIOLATIONS)}::int,
  (u.${denominatorColumn(IndicatorKey.EVIDENCE_COMPLETENESS)} - u.${numeratorColumn(IndicatorKey.EVIDENCE_COMPLETENESS)})::int
FROM report_units u`;
