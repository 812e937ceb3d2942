/**
 * The red-line rules in force at an instant (SQL for a timestamptz), as an SQL relation with the
 * columns `rule`, `threshold`, `household_types`, `enabled`: for features that judge records as of
 * a past day against the thresholds then in force. Rule changes are versioned by the history
 * trigger, so earlier thresholds come from its history. Before a rule's first version (the rules
 * were seeded when the system was installed, after the records it holds began) its first
 * version applies.
 */
export function redlineRulesAsOf(instant: string): string {
  return `(SELECT DISTINCT ON (rule) rule, threshold, household_types, enabled FROM (
      SELECT rule, threshold, household_types, enabled, sys_period FROM redline_rule_config
      UNION ALL SELECT rule, threshold, household_types, enabled, sys_period FROM redline_rule_config_history) version
    ORDER BY rule, sys_period @> ${instant} DESC, lower(sys_period))`;
}
