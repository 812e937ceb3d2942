/**
 * The red-line violations open at an instant, as an SQL relation with the columns of
 * `redline_violation`: what other features count (the REDLINE_VIOLATIONS indicator) without
 * knowing the lifecycle columns. `instant`: SQL for a timestamptz; null for now.
 */
export function openViolationsSql(instant: string | null): string {
  return instant === null
    ? `(SELECT * FROM redline_violation WHERE status = 'OPEN')`
    : `(SELECT * FROM redline_violation WHERE detected_at <= ${instant} AND (resolved_at IS NULL OR resolved_at > ${instant}))`;
}
