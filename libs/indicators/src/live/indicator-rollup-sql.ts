import { FIGURE_COLUMNS } from '../figures/site-figures-sql';

/**
 * Every indicator for every site in scope and, through ROLLUP, for every county, city and the
 * region: sums of the per-site figures (every tier's figure is the sum over its sites, so a
 * city's always equals the sum of its counties'). `siteScope` is a predicate on the alias `s`
 * (the caller's jurisdiction and the units asked for). Each row carries `city_code`,
 * `county_code`, `site_id` and `tier`: 0 site, 1 county, 3 city, 7 region (the GROUPING() bitmask).
 */
export function indicatorRollupSql(siteScope: string): string {
  return `
SELECT s.city_code, s.county_code, s.id::text AS site_id, GROUPING(s.city_code, s.county_code, s.id) AS tier,
  ${FIGURE_COLUMNS.map((column) => `coalesce(sum(f.${column}), 0)::float8 AS ${column}`).join(',\n  ')}
FROM site s
LEFT JOIN site_figures f ON f.site_id = s.id
WHERE ${siteScope}
GROUP BY ROLLUP (s.city_code, s.county_code, s.id)`;
}
