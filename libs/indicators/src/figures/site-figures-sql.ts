import { ClaimRecognitionSql, ClaimRuleRow, EvidenceSubjectType } from '@app/evidence';
import { EMPLOYED_STATUSES } from '@app/registry';
import { INDICATOR_DEFINITIONS } from '../catalog/indicator-definitions';
import { FigureSources } from './figure-sources';

const EMPLOYED = `(${EMPLOYED_STATUSES.map((status) => `'${status}'`).join(', ')})`;
export const numeratorColumn = (key: string) => `${key.toLowerCase()}_n`;
export const denominatorColumn = (key: string) => `${key.toLowerCase()}_d`;

/** The figure columns of every per-site row, in catalog order: `<key>_n, <key>_d, …`. */
export const FIGURE_COLUMNS: readonly string[] = INDICATOR_DEFINITIONS.flatMap((def) => [numeratorColumn(def.key), denominatorColumn(def.key)]);

export interface SiteFiguresQuery {
  sources: FigureSources;
  /**
   * The day the figures describe (ages, who had joined or left): a bound parameter such as
   * `$1`, so the planner folds the age limits into constants (and may plan in parallel, which
   * a CTE of them would forbid).
   */
  day: string;
  /** SQL for a uuid[] of the sites to compute; null for every site. */
  siteIds: string | null;
  claimRules: readonly ClaimRuleRow[];
}

/**
 * Every indicator's numerator and denominator for each site, in one statement shaped like the
 * least work it can be (ARCHITECTURE decision 1): each table is read once — persons aggregated
 * per household, evidence per subject — and hash-joined to the households, which are
 * aggregated per site. Output: `site_id`, `city_code`, `county_code` and FIGURE_COLUMNS.
 *
 * When only some sites are asked for, their ids are pushed into every table read (households
 * by site, persons, evidence and violations by household), so refreshing a handful of sites
 * costs index lookups, not scans.
 *
 * Columns the catalog's definitions read: `h` is one household with its person counts,
 * recognised claims and open violations; `s` its site with recognised site claims and the
 * facilities in use.
 */
export function siteFiguresSql({ sources, day, siteIds, claimRules }: SiteFiguresQuery): string {
  const householdClaims = new ClaimRecognitionSql(claimRules, EvidenceSubjectType.HOUSEHOLD);
  const siteClaims = new ClaimRecognitionSql(claimRules, EvidenceSubjectType.SITE);
  const scoped = siteIds !== null;
  const householdIds = scoped ? 'SELECT id FROM scoped_households' : null;
  const perSite = INDICATOR_DEFINITIONS.map(
    (def) => `coalesce(${def.numerator}, 0)::float8 AS ${numeratorColumn(def.key)}, coalesce(${def.denominator ?? '0'}, 0)::float8 AS ${denominatorColumn(def.key)}`,
  ).join(',\n  ');
  const evaluationDay = `${day}::date`;
  const bornBy16 = `(${day}::date - interval '16 years')::date`;
  const bornBy6 = `(${day}::date - interval '6 years')::date`;
  return `
WITH${
    scoped
      ? `
scoped_households AS MATERIALIZED (SELECT id FROM ${sources.household} WHERE site_id = ANY(${siteIds})),`
      : ''
  }
sites AS (
  SELECT s.id AS site_id, s.city_code, s.county_code, s.construction_status,
    s.party_organisation_established, s.self_governance_established,
    ${siteClaims.recognisedColumns('s', 'ev')},
    coalesce(f.kinds, '{}') AS facilities_in_use
  FROM (SELECT subject.*, ${siteClaims.madeColumns()} FROM ${sources.site} subject${scoped ? ` WHERE subject.id = ANY(${siteIds})` : ''}) s
  LEFT JOIN (${siteClaims.evidenceFlags(sources.evidence, scoped ? `SELECT unnest(${siteIds})` : null)}) ev ON ev.subject_id = s.id
  LEFT JOIN (SELECT site_id, array_agg(kind_code) AS kinds FROM ${sources.siteFacility}
    WHERE status = 'IN_USE'${scoped ? ` AND site_id = ANY(${siteIds})` : ''} GROUP BY site_id) f ON f.site_id = s.id
),
person_counts AS (
  SELECT p.household_id,
    count(*) AS active_persons,
    count(*) FILTER (WHERE p.medical_insured) AS medical_insured_persons,
    count(*) FILTER (WHERE p.is_labour) AS labour_persons,
    count(*) FILTER (WHERE p.is_labour AND p.employment IN ${EMPLOYED}) AS employed_labour_persons,
    count(*) FILTER (WHERE p.is_labour AND p.trainings <> '[]'::jsonb) AS trained_labour_persons,
    count(*) FILTER (WHERE p.employment IN ${EMPLOYED}) AS employed_persons,
    count(*) FILTER (WHERE p.birth_date <= ${bornBy16} AND p.schooling <> 'IN_SCHOOL') AS pension_eligible_persons,
    count(*) FILTER (WHERE p.birth_date <= ${bornBy16} AND p.schooling <> 'IN_SCHOOL' AND p.pension_insured) AS pension_insured_persons,
    count(*) FILTER (WHERE p.birth_date <= ${bornBy6} AND p.birth_date > ${bornBy16}) AS school_age_children,
    count(*) FILTER (WHERE p.birth_date <= ${bornBy6} AND p.birth_date > ${bornBy16} AND p.schooling = 'IN_SCHOOL') AS school_age_in_school
  FROM ${sources.person} p
  WHERE (p.left_on IS NULL OR p.left_on > ${evaluationDay}) AND (p.joined_on IS NULL OR p.joined_on <= ${evaluationDay})${scoped ? ` AND p.household_id IN (${householdIds})` : ''}
  GROUP BY p.household_id
),
open_violations AS (
  SELECT v.household_id, count(*) AS n FROM ${sources.openViolations} v${scoped ? `
  WHERE v.household_id IN (${householdIds})` : ''}
  GROUP BY v.household_id
),
households AS (
  SELECT h.id, h.site_id, h.beneficiary_count, h.moved_in, h.household_type, h.old_house_disposition,
    h.property_certificate_issued, h.hukou_transferred, h.industry_projects,
    ${householdClaims.recognisedColumns('h', 'ev')},
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
  FROM (SELECT subject.*, ${householdClaims.madeColumns()} FROM ${sources.household} subject${scoped ? ` WHERE subject.site_id = ANY(${siteIds})` : ''}) h
  LEFT JOIN person_counts pc ON pc.household_id = h.id
  LEFT JOIN (${householdClaims.evidenceFlags(sources.evidence, householdIds)}) ev ON ev.subject_id = h.id
  LEFT JOIN open_violations v ON v.household_id = h.id
)
SELECT s.site_id, s.city_code, s.county_code,
  ${perSite}
FROM sites s
LEFT JOIN households h ON h.site_id = s.site_id
GROUP BY s.site_id, s.city_code, s.county_code`;
}
