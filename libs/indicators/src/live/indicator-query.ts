import { EMPLOYED_STATUSES } from '@app/registry/enums/person.enums';
import { INDICATOR_DEFINITIONS } from '../catalog/indicator-definitions';
import { IndicatorSources } from './indicator-sources';

const EMPLOYED = `(${EMPLOYED_STATUSES.map((status) => `'${status}'`).join(', ')})`;
export const numeratorColumn = (key: string) => `${key.toLowerCase()}_n`;
export const denominatorColumn = (key: string) => `${key.toLowerCase()}_d`;

/**
 * One statement computing every indicator's numerator and denominator for every site in
 * scope and, through ROLLUP, for every county, city and the region (ARCHITECTURE decision 1).
 * `siteScope` is a predicate on the alias `s` (the caller's jurisdiction and the units asked
 * for). Each result row carries `city_code`, `county_code`, `site_id` and `tier`:
 * 0 site, 1 county, 3 city, 7 region (the GROUPING() bitmask).
 */
export function indicatorRollupSql(sources: IndicatorSources, siteScope: string): string {
  const d = sources.evaluationDate;
  const perSite = INDICATOR_DEFINITIONS.map(
    (def) => `coalesce(${def.numerator}, 0) AS ${numeratorColumn(def.key)}, coalesce(${def.denominator}, 0) AS ${denominatorColumn(def.key)}`,
  ).join(',\n      ');
  const rolledUp = INDICATOR_DEFINITIONS.map(
    (def) => `sum(${numeratorColumn(def.key)})::float8 AS ${numeratorColumn(def.key)}, sum(${denominatorColumn(def.key)})::float8 AS ${denominatorColumn(def.key)}`,
  ).join(',\n    ');
  return `
WITH evaluation AS (
  -- Computed once, not per person row: the day the figures describe and the age thresholds.
  SELECT ${d} AS day, (${d} - interval '16 years')::date AS born_by_16, (${d} - interval '6 years')::date AS born_by_6
),
scoped_sites AS (
  SELECT s.id AS site_id, s.city_code, s.county_code, s.construction_status,
    s.party_organisation_established, s.self_governance_established,
    coalesce(sc.geohazard_assessment, false) AS geohazard_recognised,
    coalesce(sc.housing_quality_safety, false) AS acceptance_recognised,
    coalesce(sc.claims_made, 0) AS claims_made,
    coalesce(sc.claims_recognised, 0) AS claims_recognised,
    coalesce((SELECT array_agg(f.kind_code) FROM site_facility f WHERE f.site_id = s.id AND f.status = 'IN_USE'), '{}') AS facilities_in_use
  FROM ${sources.site} s
  LEFT JOIN ${sources.siteClaims} sc ON sc.site_id = s.id
  WHERE ${siteScope}
),
scoped_households AS (
  SELECT h.id, h.site_id, h.beneficiary_count, h.moved_in, h.household_type, h.old_house_disposition,
    h.property_certificate_issued, h.hukou_transferred, h.industry_projects, h.main_income_source
  FROM ${sources.household} h JOIN scoped_sites s ON s.site_id = h.site_id
),
person_counts AS (
  SELECT p.household_id,
    count(*) AS active_persons,
    count(*) FILTER (WHERE p.medical_insured) AS medical_insured_persons,
    count(*) FILTER (WHERE p.is_labour) AS labour_persons,
    count(*) FILTER (WHERE p.is_labour AND p.employment IN ${EMPLOYED}) AS employed_labour_persons,
    count(*) FILTER (WHERE p.is_labour AND p.trainings <> '[]'::jsonb) AS trained_labour_persons,
    count(*) FILTER (WHERE p.employment IN ${EMPLOYED}) AS employed_persons,
    count(*) FILTER (WHERE p.birth_date <= e.born_by_16 AND p.schooling <> 'IN_SCHOOL') AS pension_eligible_persons,
    count(*) FILTER (WHERE p.birth_date <= e.born_by_16 AND p.schooling <> 'IN_SCHOOL' AND p.pension_insured) AS pension_insured_persons,
    count(*) FILTER (WHERE p.birth_date <= e.born_by_6 AND p.birth_date > e.born_by_16) AS school_age_children,
    count(*) FILTER (WHERE p.birth_date <= e.born_by_6 AND p.birth_date > e.born_by_16 AND p.schooling = 'IN_SCHOOL') AS school_age_in_school
  FROM ${sources.person} p
  JOIN scoped_households h ON h.id = p.household_id
  CROSS JOIN evaluation e
  WHERE (p.left_on IS NULL OR p.left_on > e.day) AND (p.joined_on IS NULL OR p.joined_on <= e.day)
  GROUP BY p.household_id
),
households AS (
  SELECT h.id, h.site_id, h.beneficiary_count, h.moved_in, h.household_type, h.old_house_disposition,
    h.property_certificate_issued, h.hukou_transferred, h.industry_projects,
    coalesce(c.actually_resident, false) AS actually_resident_recognised,
    coalesce(c.old_house_demolished, false) AS old_house_demolished_recognised,
    coalesce(c.land_reclaimed, false) AS land_reclaimed_recognised,
    coalesce(c.poverty_exit, false) AS poverty_exit_recognised,
    coalesce(c.claims_made, 0) AS claims_made,
    coalesce(c.claims_recognised, 0) AS claims_recognised,
    coalesce(pc.active_persons, 0) AS active_persons,
    coalesce(pc.medical_insured_persons, 0) AS medical_insured_persons,
    coalesce(pc.labour_persons, 0) AS labour_persons,
    coalesce(pc.employed_labour_persons, 0) AS employed_labour_persons,
    coalesce(pc.trained_labour_persons, 0) AS trained_labour_persons,
    coalesce(pc.pension_eligible_persons, 0) AS pension_eligible_persons,
    coalesce(pc.pension_insured_persons, 0) AS pension_insured_persons,
    coalesce(pc.school_age_children, 0) AS school_age_children,
    coalesce(pc.school_age_in_school, 0) AS school_age_in_school,
    (h.main_income_source IS NOT NULL OR jsonb_array_length(h.industry_projects) > 0 OR coalesce(pc.employed_persons, 0) > 0) AS has_income_channel,
    coalesce(v.n, 0) AS open_violations
  FROM scoped_households h
  LEFT JOIN person_counts pc ON pc.household_id = h.id
  LEFT JOIN ${sources.householdClaims} c ON c.household_id = h.id
  LEFT JOIN ${sources.openViolations} v ON v.household_id = h.id
),
per_site AS (
  SELECT s.site_id, s.city_code, s.county_code,
      ${perSite}
  FROM scoped_sites s
  LEFT JOIN households h ON h.site_id = s.site_id
  GROUP BY s.site_id, s.city_code, s.county_code
)
SELECT city_code, county_code, site_id::text AS site_id, GROUPING(city_code, county_code, site_id) AS tier,
    ${rolledUp}
FROM per_site
GROUP BY ROLLUP (city_code, county_code, site_id)`;
}
