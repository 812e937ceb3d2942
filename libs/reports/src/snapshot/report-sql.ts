import { INDICATOR_DEFINITIONS } from '@app/indicators/catalog/indicator-definitions';
import { IndicatorKey } from '@app/indicators/catalog/indicator-key.enum';
import { denominatorColumn, indicatorRollupSql, numeratorColumn } from '@app/indicators/live/indicator-query';
import { sourcesAsOf } from '@app/indicators/live/indicator-sources';

/**
 * The SQL that builds a month's snapshot. Parameters, everywhere:
 *   $1 period 'YYYY-MM', $2 the first instant after the month (timestamptz),
 *   and for a city's part $3 the city code, $4/$5 the month's first and last day.
 * Figures are as of the last instant of the month, read from the history, so a report run
 * late or re-run after later edits still shows that month's end.
 */
const AS_OF = `($2::timestamptz - interval '1 microsecond')`;

/** Maps a rollup row (tier = GROUPING(city, county, site)) to its unit; 0 site, 1 county, 3 city. */
const UNIT_OF_ROW = `
  CASE r.tier WHEN 0 THEN r.site_id WHEN 1 THEN r.county_code ELSE r.city_code END AS unit_code,
  CASE r.tier WHEN 0 THEN 'SITE' WHEN 1 THEN 'COUNTY' ELSE 'CITY' END AS level,
  CASE r.tier WHEN 0 THEN r.county_code WHEN 1 THEN r.city_code ELSE '450000' END AS parent_code,
  r.city_code,
  CASE WHEN r.tier <= 1 THEN r.county_code END AS county_code`;

const STAGING_COLUMNS = '(period, unit_code, level, parent_code, city_code, county_code, part_city, measure, numerator, denominator)';

/** A city's indicators for every site, county and the city itself, unpivoted into the staging table. */
export function cityIndicatorPartSql(): string {
  const measures = INDICATOR_DEFINITIONS.map((d) => `('${d.key}', r.${numeratorColumn(d.key)}, r.${denominatorColumn(d.key)})`).join(',\n      ');
  return `
INSERT INTO report_staging ${STAGING_COLUMNS}
SELECT $1::varchar, u.unit_code, u.level, u.parent_code, u.city_code, u.county_code, $3::varchar, m.measure, m.numerator, m.denominator
FROM (${indicatorRollupSql(sourcesAsOf(AS_OF), 's.city_code = $3')}) r
CROSS JOIN LATERAL (SELECT ${UNIT_OF_ROW}) u
CROSS JOIN LATERAL (VALUES
      ${measures}) AS m(measure, numerator, denominator)
WHERE r.tier IN (0, 1, 3)`;
}

/** A city's population changes in the month (deaths, and people who joined), per site, county and city. */
export function cityPopulationPartSql(): string {
  return `
INSERT INTO report_staging ${STAGING_COLUMNS}
SELECT $1::varchar, u.unit_code, u.level, u.parent_code, u.city_code, u.county_code, $3::varchar, m.measure, m.n, 0
FROM (
  SELECT s.city_code, s.county_code, s.id::text AS site_id, GROUPING(s.city_code, s.county_code, s.id) AS tier,
    count(p.id) FILTER (WHERE p.leave_reason = 'DEATH' AND p.left_on BETWEEN $4::date AND $5::date) AS deceased,
    count(p.id) FILTER (WHERE p.join_reason <> 'ORIGINAL_MEMBER' AND p.joined_on BETWEEN $4::date AND $5::date) AS added
  FROM site_as_of(${AS_OF}) s
  LEFT JOIN household_as_of(${AS_OF}) h ON h.site_id = s.id
  LEFT JOIN person_as_of(${AS_OF}) p ON p.household_id = h.id
  WHERE s.city_code = $3
  GROUP BY ROLLUP (s.city_code, s.county_code, s.id)
) r
CROSS JOIN LATERAL (SELECT ${UNIT_OF_ROW}) u
CROSS JOIN LATERAL (VALUES ('DECEASED', r.deceased), ('ADDED', r.added)) AS m(measure, n)
WHERE r.tier IN (0, 1, 3)`;
}

/** The region's figures: the sums over its cities (every figure is additive). */
export const REGION_PART_SQL = `
INSERT INTO report_staging ${STAGING_COLUMNS}
SELECT $1::varchar, '450000', 'REGION', NULL, NULL, NULL, '450000', measure, sum(numerator), sum(denominator)
FROM report_staging WHERE period = $1::varchar AND level = 'CITY'
GROUP BY measure`;

/**
 * Values, the composite, both ranks and the change against last month's snapshot, for every
 * unit and indicator, in one statement. Ranks are competition ranks (1, 2, 2, 4), best first
 * in the indicator's direction, units without a value last. $3 is the composite weights as
 * JSON ({ "KEY": weight }).
 */
export function snapshotRowsSql(): string {
  const catalog = INDICATOR_DEFINITIONS.map((d) => `('${d.key}', '${d.direction}', '${d.unit}')`).join(', ');
  return `
INSERT INTO report_row (period, unit_code, indicator, level, unit_name, parent_code, city_code, county_code,
  numerator, denominator, value, rank_in_parent, rank_in_region, change_from_previous_month)
WITH catalog(measure, direction, unit) AS (VALUES ${catalog}),
valued AS (
  SELECT st.unit_code, st.level, st.parent_code, st.city_code, st.county_code, st.measure, c.direction,
    st.numerator, st.denominator,
    CASE WHEN st.denominator = 0 THEN NULL WHEN c.unit = 'COUNT' THEN st.numerator ELSE st.numerator / st.denominator END AS value
  FROM report_staging st JOIN catalog c USING (measure)
  WHERE st.period = $1::varchar
),
composite AS (
  SELECT v.unit_code, v.level, v.parent_code, v.city_code, v.county_code, 'COMPOSITE' AS measure, 'HIGHER_IS_BETTER' AS direction,
    NULL::float8 AS numerator, NULL::float8 AS denominator,
    sum(w.weight * v.value) FILTER (WHERE v.value IS NOT NULL) / nullif(sum(w.weight) FILTER (WHERE v.value IS NOT NULL), 0) AS value
  FROM valued v JOIN jsonb_each_text($3::jsonb) AS wj(measure, weight) ON wj.measure = v.measure
  CROSS JOIN LATERAL (SELECT wj.weight::float8 AS weight) w
  WHERE w.weight > 0
  GROUP BY v.unit_code, v.level, v.parent_code, v.city_code, v.county_code
),
units AS (SELECT DISTINCT unit_code, level, parent_code, city_code, county_code FROM valued),
composite_all AS (
  SELECT u.*, 'COMPOSITE' AS measure, 'HIGHER_IS_BETTER' AS direction, NULL::float8 AS numerator, NULL::float8 AS denominator, c.value
  FROM units u LEFT JOIN composite c USING (unit_code)
),
everything AS (
  SELECT unit_code, level, parent_code, city_code, county_code, measure, direction, numerator, denominator, value FROM valued
  UNION ALL
  SELECT unit_code, level, parent_code, city_code, county_code, measure, direction, numerator, denominator, value FROM composite_all
),
ranked AS (
  SELECT e.*,
    CASE WHEN e.level <> 'REGION' THEN rank() OVER (PARTITION BY e.level, e.parent_code, e.measure
      ORDER BY CASE WHEN e.direction = 'LOWER_IS_BETTER' THEN -e.value ELSE e.value END DESC NULLS LAST) END AS rank_in_parent,
    CASE WHEN e.level <> 'REGION' THEN rank() OVER (PARTITION BY e.level, e.measure
      ORDER BY CASE WHEN e.direction = 'LOWER_IS_BETTER' THEN -e.value ELSE e.value END DESC NULLS LAST) END AS rank_in_region
  FROM everything e
)
SELECT $1::varchar, r.unit_code, r.measure, r.level::unit_level, coalesce(site.name, division.name, r.unit_code), r.parent_code, r.city_code, r.county_code,
  r.numerator, r.denominator, r.value, r.rank_in_parent, r.rank_in_region, r.value - previous.value
FROM ranked r
LEFT JOIN division ON r.level <> 'SITE' AND division.code = r.unit_code
LEFT JOIN site_as_of(${AS_OF}) site ON r.level = 'SITE' AND site.id::text = r.unit_code
LEFT JOIN report_row previous ON previous.period = $4::varchar AND previous.unit_code = r.unit_code AND previous.indicator = r.measure`;
}

/** Per unit: the month's population changes, and the red lines and evidence gaps open at its end. */
export const SNAPSHOT_SUMMARY_SQL = `
INSERT INTO report_unit_summary (period, unit_code, level, unit_name, parent_code, city_code, county_code,
  deceased, added, open_violations, unrecognized_claims)
SELECT $1::varchar, st.unit_code, st.level::unit_level, min(r.unit_name), st.parent_code, st.city_code, st.county_code,
  sum(st.numerator) FILTER (WHERE st.measure = 'DECEASED')::int,
  sum(st.numerator) FILTER (WHERE st.measure = 'ADDED')::int,
  sum(st.numerator) FILTER (WHERE st.measure = '${IndicatorKey.REDLINE_VIOLATIONS}')::int,
  sum(st.denominator - st.numerator) FILTER (WHERE st.measure = '${IndicatorKey.EVIDENCE_COMPLETENESS}')::int
FROM report_staging st
JOIN report_row r ON r.period = st.period AND r.unit_code = st.unit_code AND r.indicator = 'COMPOSITE'
WHERE st.period = $1::varchar
GROUP BY st.unit_code, st.level, st.parent_code, st.city_code, st.county_code`;
