/**
 * Where the per-site figures read their records from: the live tables, or the same records as
 * they stood at an instant (the history functions the triggers feed), so a month's report shows
 * that month's end whenever it is computed.
 */
export interface FigureSources {
  site: string;
  household: string;
  person: string;
  evidence: string;
  /** A condition on `redline_violation v`: the violation was open at the evaluation instant. */
  violationOpen: string;
}

export const LIVE_SOURCES: FigureSources = {
  site: 'site',
  household: 'household',
  person: 'person',
  evidence: 'evidence',
  violationOpen: `v.status = 'OPEN'`,
};

/** The records as they were at `instant` (SQL for a timestamptz, such as a bound parameter). */
export function sourcesAsOf(instant: string): FigureSources {
  return {
    site: `site_as_of(${instant})`,
    household: `household_as_of(${instant})`,
    person: `person_as_of(${instant})`,
    evidence: `evidence_as_of(${instant})`,
    violationOpen: `v.detected_at <= ${instant} AND (v.resolved_at IS NULL OR v.resolved_at > ${instant})`,
  };
}
