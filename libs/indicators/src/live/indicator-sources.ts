/**
 * Where the indicator query reads its records from: the live tables, or the same records as
 * they stood at an instant (the history functions the triggers feed), so a month's report shows
 * that month's end whenever it is computed.
 */
export interface IndicatorSources {
  site: string;
  household: string;
  person: string;
  householdClaims: string;
  siteClaims: string;
  /** Open red-line violations per household at the evaluation instant. */
  openViolations: string;
  /** SQL for the evaluation date (ages, who had left). */
  evaluationDate: string;
}

export const LIVE_SOURCES: IndicatorSources = {
  site: 'site',
  household: 'household',
  person: 'person',
  householdClaims: 'household_claim_status',
  siteClaims: 'site_claim_status',
  openViolations: `(SELECT household_id, count(*) AS n FROM redline_violation WHERE status = 'OPEN' GROUP BY household_id)`,
  evaluationDate: `(now() AT TIME ZONE 'Asia/Shanghai')::date`,
};

/** The records as they were at `instant` (a bound parameter such as `$1`, a timestamptz). */
export function sourcesAsOf(instant: string): IndicatorSources {
  return {
    site: `site_as_of(${instant})`,
    household: `household_as_of(${instant})`,
    person: `person_as_of(${instant})`,
    householdClaims: `household_claim_status_as_of(${instant})`,
    siteClaims: `site_claim_status_as_of(${instant})`,
    openViolations: `(SELECT household_id, count(*) AS n FROM redline_violation
      WHERE detected_at <= ${instant} AND (resolved_at IS NULL OR resolved_at > ${instant}) GROUP BY household_id)`,
    evaluationDate: `(${instant} AT TIME ZONE 'Asia/Shanghai')::date`,
  };
}
