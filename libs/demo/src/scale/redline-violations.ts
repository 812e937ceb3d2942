import { Client } from 'pg';
import { measureSql } from '@app/redlines/rules/redline-measures';

/** What the monthly scan records as the detector of what it opens. */
const DETECTED_BY = 'redline-scan';

/** The table of configured rules, under whichever name the red-line migrations gave it. */
async function ruleTable(client: Client): Promise<string | null> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT c.table_name AS name FROM information_schema.columns c
      WHERE c.table_schema = 'public' AND c.table_name IN ('redline_rule_config', 'redline_rule')
      GROUP BY c.table_name
     HAVING count(*) FILTER (WHERE c.column_name IN ('rule', 'threshold', 'enabled', 'household_types')) = 4`,
  );
  return rows[0]?.name ?? null;
}

/**
 * The violations the red-line scan would have recorded over the generated year, written in two
 * set-based statements: OPEN for every current crossing of an enabled rule (detected when the
 * household was entered), RESOLVED for crossings that only earlier versions had (entered with
 * a slip, resolved when corrected). Returns the rows written, or null when the red-line tables
 * do not exist yet, in which case the first scan opens them.
 */
export async function openRedlineViolations(client: Client): Promise<number | null> {
  const { rows: present } = await client.query<{ present: boolean }>(`SELECT to_regclass('redline_violation') IS NOT NULL AS present`);
  const rules = await ruleTable(client);
  if (!present[0].present || !rules) return null;
  const crossing = (table: string) => `SELECT h.id AS household_id, r.rule, m.value, r.threshold, h.created_at, h.sys_period
    FROM ${table} h
    JOIN ${rules} r ON r.enabled AND h.household_type = ANY (r.household_types)
    CROSS JOIN LATERAL (SELECT ${measureSql('r.rule')} AS value) m
    WHERE m.value > r.threshold`;
  const opened = await client.query(
    `INSERT INTO redline_violation (household_id, rule, value, threshold, status, detected_at, detected_by)
     SELECT household_id, rule, value, threshold, 'OPEN', created_at, '${DETECTED_BY}' FROM (${crossing('household')}) c`,
  );
  const resolved = await client.query(
    `INSERT INTO redline_violation (household_id, rule, value, threshold, status, detected_at, detected_by, resolved_at, resolved_by)
     SELECT c.household_id, c.rule, max(c.value), max(c.threshold), 'RESOLVED', min(c.created_at), '${DETECTED_BY}', max(upper(c.sys_period)), '${DETECTED_BY}'
       FROM (${crossing('household_history')}) c
      WHERE NOT EXISTS (SELECT 1 FROM (${crossing('household')}) now WHERE now.household_id = c.household_id AND now.rule = c.rule)
      GROUP BY c.household_id, c.rule`,
  );
  return (opened.rowCount ?? 0) + (resolved.rowCount ?? 0);
}
