import { FIGURE_COLUMNS } from '../figures/site-figures-sql';

/**
 * Every indicator, as sums of the per-site figures (every tier's figure is the sum over its
 * sites, so a city's always equals the sum of its counties'), for every county and city in
 * scope and the region, through GROUPING SETS; and, when `siteRows` is given, for the sites it
 * names by county or id — not for every site, which would be tens of thousands of rows for a
 * region. `siteScope` is a predicate on the alias `s` (the caller's jurisdiction and the units
 * asked for); `siteRows` a predicate too. Each row carries `city_code`, `county_code`,
 * `site_id` and `tier`: 0 site, 1 county, 3 city, 7 region (the GROUPING() bitmask).
 *
 * Without site rows, and with a scope that names only counties and cities (`byCounty`), it sums
 * the counties' sums kept beside the sites' figures instead of every site: the same figures
 * (counts, exact in float8), from about a hundred rows rather than 35,000 at national scale.
 */
export function indicatorRollupSql(siteScope: string, siteRows: string | null, byCounty = false): string {
  // site_figures carries each site's city and county: `s` offers the columns scope predicates name.
  const sets = ['()', '(s.city_code)', '(s.city_code, s.county_code)', ...(siteRows ? ['(s.city_code, s.county_code, s.id)'] : [])];
  // Without the site level, s.id is no grouping column: the same bitmask from the other two.
  const unit = siteRows ? 's.id::text AS site_id, GROUPING(s.city_code, s.county_code, s.id) AS tier' : 'NULL::text AS site_id, GROUPING(s.city_code, s.county_code) * 2 + 1 AS tier';
  const source = siteRows === null && byCounty ? 'county_figures s' : '(SELECT f.*, f.site_id AS id FROM site_figures f) s';
  return `
SELECT s.city_code, s.county_code, ${unit},
  ${FIGURE_COLUMNS.map((column) => `sum(s.${column})::float8 AS ${column}`).join(',\n  ')}
FROM ${source}
WHERE ${siteScope}
GROUP BY GROUPING SETS (${sets.join(', ')})${siteRows ? `\nHAVING GROUPING(s.id) = 1 OR (${siteRows})` : ''}`;
}
