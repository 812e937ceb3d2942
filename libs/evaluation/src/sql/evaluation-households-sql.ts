import { ClaimRecognitionSql, ClaimRuleRow, EvidenceSubjectType, evidenceAsOf } from '@app/evidence';
import { measureSql, redlineRulesAsOf } from '@app/redlines';
import { EMPLOYED_STATUSES, registryAsOf } from '@app/registry';

const EMPLOYED = `(${EMPLOYED_STATUSES.map((status) => `'${status}'`).join(', ')})`;

export interface EvaluationScope {
  /** SQL for the evaluation instant (a timestamptz) and its calendar day (a date). */
  instant: string;
  day: string;
  /** A predicate over the site alias `s`: the unit evaluated, within the caller's jurisdiction. */
  sites: string;
  claimRules: readonly ClaimRuleRow[];
}

/**
 * The common table expressions every statement of the evaluation starts from, over the records
 * as they stood at the instant (the registry's and evidence's as-of relations): `scoped_sites`
 * (alias-free columns of `site`) and `h`, one row per household of those sites with
 *  - its reported values (type, beneficiaries, area, self-funding, moved in, relocation year, …);
 *  - `<claim>_recognised` for every household claim (a reported value backed by evidence);
 *  - `labour_persons`, `employed_labour_persons` among its members at that day, and
 *    `has_income_channel` (a main income source, an industry project or a member at work);
 *  - `rules_applying`, `rules_crossed`: the enabled red lines in force then that apply to its
 *    type, and those its reported values exceed (measured as the red-line check measures).
 */
export function evaluationHouseholdsSql({ instant, day, sites, claimRules }: EvaluationScope): string {
  const sources = registryAsOf(instant);
  const claims = new ClaimRecognitionSql(claimRules, EvidenceSubjectType.HOUSEHOLD);
  const ruleApplies = `r.enabled AND h.household_type = ANY(r.household_types)`;
  return `WITH scoped_sites AS MATERIALIZED (SELECT s.* FROM ${sources.site} s WHERE ${sites}),
rules AS MATERIALIZED (SELECT * FROM ${redlineRulesAsOf(instant)} r),
households AS MATERIALIZED (
  SELECT subject.*, ${claims.madeColumns()} FROM ${sources.household} subject WHERE subject.site_id IN (SELECT id FROM scoped_sites)
),
person_counts AS (
  SELECT p.household_id,
    count(*) FILTER (WHERE p.is_labour) AS labour_persons,
    count(*) FILTER (WHERE p.is_labour AND p.employment IN ${EMPLOYED}) AS employed_labour_persons,
    count(*) FILTER (WHERE p.employment IN ${EMPLOYED}) AS employed_persons
  FROM ${sources.person} p
  WHERE (p.left_on IS NULL OR p.left_on > ${day}) AND (p.joined_on IS NULL OR p.joined_on <= ${day})
    AND p.household_id IN (SELECT id FROM households)
  GROUP BY p.household_id
),
h AS (
  SELECT h.id, h.site_id, h.code, h.head_name, h.household_type, h.beneficiary_count, h.housing_area, h.self_funding,
    h.moved_in, h.relocation_year, h.old_house_disposition,
    ${claims.recognisedColumns('h', 'ev')},
    coalesce(pc.labour_persons, 0) AS labour_persons,
    coalesce(pc.employed_labour_persons, 0) AS employed_labour_persons,
    (h.main_income_source IS NOT NULL OR jsonb_array_length(h.industry_projects) > 0 OR coalesce(pc.employed_persons, 0) > 0) AS has_income_channel,
    ARRAY(SELECT r.rule::text FROM rules r WHERE ${ruleApplies} ORDER BY r.rule) AS rules_applying,
    ARRAY(SELECT r.rule::text FROM rules r WHERE ${ruleApplies} AND ${measureSql('r.rule')} > r.threshold ORDER BY r.rule) AS rules_crossed
  FROM households h
  LEFT JOIN person_counts pc ON pc.household_id = h.id
  LEFT JOIN (${claims.evidenceFlags(evidenceAsOf(instant), 'SELECT id FROM households')}) ev ON ev.subject_id = h.id
)`;
}
