import { createHash } from 'node:crypto';
import { CLAIM_RULES_JSON_SQL, ClaimRuleRow } from '@app/evidence';
import type { SqlDatabase, SqlSession } from '@app/db';
import { REGISTRY_RELATIONS as R } from '@app/registry';
import { LIVE_SOURCES } from './figure-sources';
import { FIGURE_COLUMNS, siteFiguresSql } from './site-figures-sql';

/** Serialises refreshes across every API and worker process (pg_advisory_xact_lock key). */
export const REFRESH_LOCK = 4_500_001;
/** How many marked sites make a refresh a full rebuild: more than this share of the sites, and at least this many. */
export interface RebuildThreshold {
  share: number;
  minSites: number;
}
/**
 * Beyond a quarter of the sites (and 100), recomputing them through the indexes costs more than
 * the statement over every site, which reads each table once (measured on Guangxi data: about
 * 45 µs a household through the indexes against 10 µs in the full statement).
 */
const REBUILD_THRESHOLD: RebuildThreshold = { share: 0.25, minSites: 100 };
/**
 * How long a reader waits for another process's refresh before it reads the figures as they
 * last stood: about what a request takes, so a rebuild running elsewhere never holds it up.
 */
const READER_LOCK_WAIT_MS = 250;
const LOCK_NOT_AVAILABLE = '55P03';

interface FiguresState {
  day: string | null;
  fingerprint: string | null;
  today: string;
  stale: boolean;
  refreshedAt: Date;
  rules: ClaimRuleRow[];
}

interface FiguresStatements {
  fingerprint: string;
  /** $1 the day; every site. */
  all: string;
  /** $1 the day, $2 the site ids. */
  some: string;
}

export type RefreshOutcome =
  | { kind: 'current' }
  | { kind: 'refreshed'; sites: number }
  | { kind: 'rebuilt'; sites: number }
  /** A reader's refresh that left the work to the worker (a full rebuild) or to another process holding the lock: the figures are those of `asOf`. */
  | { kind: 'behind'; asOf: Date };

/** Who refreshes: the worker does whatever is needed; a reader only what a request can afford. */
type Refresher = 'worker' | 'reader';

/** $1: the day to describe, or NULL for today in Asia/Shanghai. */
const STATE_SQL = `SELECT evaluation_day::text AS day, fingerprint, refreshed_at AS "refreshedAt",
    coalesce($1::date, (now() AT TIME ZONE 'Asia/Shanghai')::date)::text AS today,
    EXISTS (SELECT 1 FROM site_figures_stale) AS stale,
    ${CLAIM_RULES_JSON_SQL} AS rules
  FROM site_figures_state`;

/**
 * Sites with a person whose standing differs between two days ($1, $2, either order): a
 * 16th or 6th birthday in between (pension and schooling ages), or a dated join or leave.
 * The persons' date indexes make this a few index ranges per day.
 */
const DAY_CHANGE_SQL = `INSERT INTO site_figures_stale (site_id)
  SELECT DISTINCT h.site_id FROM ${R.person} p JOIN ${R.household} h ON h.id = p.household_id
  WHERE (p.birth_date > (least($1::date, $2::date) - interval '16 years')::date AND p.birth_date <= (greatest($1::date, $2::date) - interval '16 years')::date)
     OR (p.birth_date > (least($1::date, $2::date) - interval '6 years')::date AND p.birth_date <= (greatest($1::date, $2::date) - interval '6 years')::date)
     OR (p.joined_on > least($1::date, $2::date) AND p.joined_on <= greatest($1::date, $2::date))
     OR (p.left_on > least($1::date, $2::date) AND p.left_on <= greatest($1::date, $2::date))`;

const STORED = ['city_code', 'county_code', ...FIGURE_COLUMNS];
const COLUMNS = STORED.join(', ');
const UPSERT_SOME = (some: string) => `INSERT INTO site_figures (site_id, ${COLUMNS})
  SELECT site_id, ${COLUMNS} FROM (${some}) f
  ON CONFLICT (site_id) DO UPDATE SET ${STORED.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}`;

/** The counties' sums (migration CountyFigures) of the counties in $1, or of every county when $1 is NULL. */
const COUNTY_SUMS_SQL = [
  `DELETE FROM county_figures WHERE $1::varchar[] IS NULL OR county_code = ANY($1::varchar[])`,
  `INSERT INTO county_figures (county_code, city_code, ${FIGURE_COLUMNS.join(', ')})
   SELECT county_code, min(city_code), ${FIGURE_COLUMNS.map((c) => `sum(${c})`).join(', ')}
   FROM site_figures WHERE $1::varchar[] IS NULL OR county_code = ANY($1::varchar[]) GROUP BY county_code`,
] as const;

async function sumCounties(tx: SqlSession, counties: readonly string[] | null): Promise<void> {
  for (const sql of COUNTY_SUMS_SQL) await tx.query(sql, [counties]);
}

const countiesOf = (tx: SqlSession, siteIds: readonly string[]) =>
  tx.query<{ counties: string[] }>(`SELECT coalesce(array_agg(DISTINCT county_code), '{}') AS counties FROM site_figures WHERE site_id = ANY($1::uuid[])`, [siteIds]).then(([row]) => row.counties);

/**
 * Keeps `site_figures` (see migration SiteFigures) equal to what the figures statement would
 * compute from the records now, and `county_figures` equal to their sums, in the same
 * transaction: rebuilds everything when the statement or the claim rules
 * changed, marks the sites a new day changes, and recomputes the sites writes have marked.
 * Refreshes are serialised by an advisory lock; one that waited finds the work done.
 */
export class SiteFiguresRefresher {
  private cached?: { rules: string; statements: FiguresStatements };

  constructor(
    private readonly db: SqlDatabase,
    private readonly threshold: RebuildThreshold = REBUILD_THRESHOLD,
  ) {}

  /**
   * Makes the figures current, whatever it takes (the worker's periodic refresh); costs one
   * query when they already are. `day` (YYYY-MM-DD) replaces today, for tests of the day change.
   */
  refresh(day: string | null = null): Promise<RefreshOutcome> {
    return this.bringUpToDate('worker', day);
  }

  /**
   * Before a read: recomputes the few sites writes have marked, as `refresh` does, but never
   * makes the reader wait for a full rebuild — neither one it would have to run (the statement
   * changed, or too many sites are marked: the worker's next refresh does it) nor one another
   * process is running. Then the figures are read as they last stood, consistent (the rebuild
   * replaces them in one transaction), and the outcome says as of when.
   */
  refreshForReading(day: string | null = null): Promise<RefreshOutcome> {
    return this.bringUpToDate('reader', day);
  }

  private async bringUpToDate(who: Refresher, day: string | null): Promise<RefreshOutcome> {
    const state = await this.readState(this.db, day);
    const fingerprint = this.statementsFor(state.rules).fingerprint;
    if (!state.stale && state.day === state.today && state.fingerprint === fingerprint) return { kind: 'current' };
    // Figures of another statement are still figures; none at all (a new database) must be built.
    if (who === 'reader' && state.fingerprint !== fingerprint && state.fingerprint !== null) return { kind: 'behind', asOf: state.refreshedAt };
    try {
      return await this.db.transaction(async (tx) => {
        if (who === 'reader') await tx.query(`SET LOCAL lock_timeout = ${READER_LOCK_WAIT_MS}`);
        await tx.query(`SELECT pg_advisory_xact_lock($1)`, [REFRESH_LOCK]);
        if (who === 'reader') await tx.query(`SET LOCAL lock_timeout = 0`);
        const locked = await this.readState(tx, day);
        const statements = this.statementsFor(locked.rules);
        if (locked.fingerprint !== statements.fingerprint) {
          return who === 'worker' || locked.fingerprint === null ? this.rebuild(tx, statements, locked.today) : { kind: 'behind', asOf: locked.refreshedAt };
        }
        if (locked.day !== locked.today) {
          await tx.query(DAY_CHANGE_SQL, [locked.day, locked.today]);
          await tx.query(`UPDATE site_figures_state SET evaluation_day = $1`, [locked.today]);
        }
        return this.recomputeStale(tx, statements, locked, who);
      });
    } catch (error) {
      if (who === 'reader' && (error as { code?: string }).code === LOCK_NOT_AVAILABLE) return { kind: 'behind', asOf: state.refreshedAt };
      throw error;
    }
  }

  /** Recomputes every site, whatever the state says (after a bulk load that bypassed the triggers). */
  async rebuildAll(day: string | null = null): Promise<RefreshOutcome> {
    return this.db.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock($1)`, [REFRESH_LOCK]);
      const state = await this.readState(tx, day);
      return this.rebuild(tx, this.statementsFor(state.rules), state.today);
    });
  }

  private async rebuild(tx: SqlSession, statements: FiguresStatements, today: string): Promise<RefreshOutcome> {
    // Marks taken before computing: a write committed after this statement's snapshot stays marked.
    await tx.query(`DELETE FROM site_figures_stale`);
    // Through a table of its own: PostgreSQL plans CREATE TABLE … AS in parallel, INSERT … SELECT on one core.
    await tx.query(`CREATE TEMP TABLE site_figures_rebuilt ON COMMIT DROP AS ${statements.all}`, [today]);
    await tx.query(`DELETE FROM site_figures`);
    await tx.query(`INSERT INTO site_figures (site_id, ${COLUMNS}) SELECT site_id, ${COLUMNS} FROM site_figures_rebuilt`);
    await sumCounties(tx, null);
    await tx.query(`UPDATE site_figures_state SET evaluation_day = $1, fingerprint = $2, refreshed_at = now()`, [today, statements.fingerprint]);
    const [{ sites }] = await tx.query<{ sites: number }>(`SELECT count(*)::int AS sites FROM site_figures`);
    return { kind: 'rebuilt', sites };
  }

  private async recomputeStale(tx: SqlSession, statements: FiguresStatements, state: FiguresState, who: Refresher): Promise<RefreshOutcome> {
    const today = state.today;
    const [{ marked, sites }] = await tx.query<{ marked: number; sites: number }>(
      `SELECT count(DISTINCT site_id)::int AS marked, (SELECT count(*)::int FROM ${R.site}) AS sites FROM site_figures_stale`,
    );
    if (marked > Math.max(this.threshold.minSites, this.threshold.share * sites)) {
      // The marks stay for the worker, which rebuilds; the day change above is kept either way.
      return who === 'worker' ? this.rebuild(tx, statements, today) : { kind: 'behind', asOf: state.refreshedAt };
    }
    const [{ ids }] = await tx.query<{ ids: string[] }>(
      `WITH taken AS (DELETE FROM site_figures_stale RETURNING site_id) SELECT coalesce(array_agg(DISTINCT site_id), '{}') AS ids FROM taken`,
    );
    if (ids.length > 0) {
      // A site may have moved to another county: both counties' sums change.
      const countiesBefore = await countiesOf(tx, ids);
      // The ids are a real parameter, not a subquery: the planner then sees how few sites there are.
      await tx.query(UPSERT_SOME(statements.some), [today, ids]);
      await tx.query(`DELETE FROM site_figures f WHERE f.site_id = ANY($1::uuid[]) AND NOT EXISTS (SELECT 1 FROM ${R.site} s WHERE s.id = f.site_id)`, [ids]);
      await sumCounties(tx, [...new Set([...countiesBefore, ...(await countiesOf(tx, ids))])]);
    }
    await tx.query(`UPDATE site_figures_state SET refreshed_at = now()`);
    return { kind: 'refreshed', sites: ids.length };
  }

  private readState(session: SqlSession, day: string | null): Promise<FiguresState> {
    return session.query<FiguresState>(STATE_SQL, [day]).then(([state]) => state);
  }

  private statementsFor(rules: readonly ClaimRuleRow[]): FiguresStatements {
    const key = JSON.stringify(rules);
    if (this.cached?.rules !== key) {
      const all = siteFiguresSql({ sources: LIVE_SOURCES, day: '$1', siteIds: null, claimRules: rules });
      const some = siteFiguresSql({ sources: LIVE_SOURCES, day: '$1', siteIds: '$2::uuid[]', claimRules: rules });
      this.cached = { rules: key, statements: { all, some, fingerprint: createHash('sha256').update(all).digest('hex') } };
    }
    return this.cached.statements;
  }
}
