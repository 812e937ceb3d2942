import { REGISTRY_HISTORY, REGISTRY_RELATIONS } from '@app/registry';
import { SqlSession } from '@app/db';
import { measureSql } from '@app/redlines';

/** What the monthly scan records as the detector of what it opens. */
const SCAN_ACTOR = 'redline-scan';

/** The table of configured rules, under whichever name the red-line migrations gave it. */
async function ruleTable(session: SqlSession): Promise<string | null> {
  const rows = await session.query<{ name: string }>(
    `SELECT c.table_name AS name FROM information_schema.columns c
      WHERE c.table_schema = 'public' AND c.table_name IN ('redline_rule_config', 'redline_rule')
      GROUP BY c.table_name
     HAVING count(*) FILTER (WHERE c.column_name IN ('rule', 'threshold', 'enabled', 'household_types')) = 4`,
  );
  return rows[0]?.name ?? null;
}

/**
 * A generated dataset has one violation per household, rule and status at most, so its id can be
 * derived from them: the same dataset then has the same violation ids, as it has the same records'.
 */
const violationId = (status: string) => `md5(household_id::text || ':' || rule::text || ':' || ${status})::uuid`;

/** Runs an INSERT and counts the rows it wrote, whichever driver runs it. */
async function insertCount(session: SqlSession, insert: string, params: unknown[]): Promise<number> {
  const [{ n }] = await session.query<{ n: number }>(`WITH written AS (${insert} RETURNING 1) SELECT count(*)::int AS n FROM written`, params);
  return n;
}

/**
 * The violations red-line detection would have recorded over the generated year, written in two
 * set-based statements: OPEN for every current crossing of an enabled rule (detected when the
 * household was entered), RESOLVED for crossings that only earlier versions had (entered with
 * a slip, resolved when corrected). The generated records cross from their first version on,
 * which is what makes the household's created_at its detection time. `actor` stands for who
 * detected and resolved them. No alert mail is queued: those alerts belong to the past.
 * Returns the rows written, or null when the red-line tables do not exist yet, in which case
 * the first scan opens them.
 */
export async function openRedlineViolations(session: SqlSession, actor = SCAN_ACTOR): Promise<number | null> {
  const [present] = await session.query<{ present: boolean }>(`SELECT to_regclass('redline_violation') IS NOT NULL AS present`);
  const rules = await ruleTable(session);
  if (!present.present || !rules) return null;
  const crossing = (table: string) => `SELECT h.id AS household_id, r.rule, m.value, r.threshold, h.created_at, h.sys_period
    FROM ${table} h
    JOIN ${rules} r ON r.enabled AND h.household_type = ANY (r.household_types)
    CROSS JOIN LATERAL (SELECT ${measureSql('r.rule')} AS value) m
    WHERE m.value > r.threshold`;
  const opened = await insertCount(
    session,
    `INSERT INTO redline_violation (id, household_id, rule, value, threshold, status, detected_at, detected_by)
     SELECT ${violationId("'OPEN'")}, household_id, rule, value, threshold, 'OPEN', created_at, $1 FROM (${crossing(REGISTRY_RELATIONS.household)}) c`,
    [actor],
  );
  const resolved = await insertCount(
    session,
    `INSERT INTO redline_violation (id, household_id, rule, value, threshold, status, detected_at, detected_by, resolved_at, resolved_by)
     SELECT ${violationId("'RESOLVED'")}, c.household_id, c.rule, max(c.value), max(c.threshold), 'RESOLVED', min(c.created_at), $1, max(upper(c.sys_period)), $1
       FROM (${crossing(REGISTRY_HISTORY.household)}) c
      WHERE NOT EXISTS (SELECT 1 FROM (${crossing(REGISTRY_RELATIONS.household)}) now WHERE now.household_id = c.household_id AND now.rule = c.rule)
      GROUP BY c.household_id, c.rule`,
    [actor],
  );
  return opened + resolved;
}
