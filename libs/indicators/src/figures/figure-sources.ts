import { EVIDENCE_RELATION, evidenceAsOf } from '@app/evidence';
import { openViolationsSql } from '@app/redlines';
import { REGISTRY_RELATIONS, registryAsOf, RegistryRelations } from '@app/registry';

/**
 * Where the per-site figures read their records from: the live tables, or the same records as
 * they stood at an instant (the history functions the triggers feed), so a month's report shows
 * that month's end whenever it is computed. Each relation comes from the feature that owns it.
 */
export interface FigureSources extends RegistryRelations {
  evidence: string;
  /** Red-line violations open at the evaluation instant. */
  openViolations: string;
}

export const LIVE_SOURCES: FigureSources = { ...REGISTRY_RELATIONS, evidence: EVIDENCE_RELATION, openViolations: openViolationsSql(null) };

/** The records as they were at `instant` (SQL for a timestamptz, such as a bound parameter). */
export function sourcesAsOf(instant: string): FigureSources {
  return { ...registryAsOf(instant), evidence: evidenceAsOf(instant), openViolations: openViolationsSql(instant) };
}
