import { Client } from 'pg';
import { indicatorRollupSql } from '@app/indicators/live/indicator-query';
import { LIVE_SOURCES } from '@app/indicators/live/indicator-sources';
import { cityIndicatorPartSql } from '@app/reports/snapshot/report-sql';
import { floorParams, floorSql } from './floor';

async function explain(db: Client, title: string, sql: string, params: unknown[]): Promise<string> {
  // EXPLAIN ANALYZE runs the statement: writes are rolled back. JIT is off as on the
  // application's own connections (libs/db/src/data-source.options.ts).
  await db.query('BEGIN');
  try {
    await db.query('SET LOCAL jit = off');
    const { rows } = await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS, SETTINGS) ${sql}`, params);
    return `## ${title}\n\n${rows.map((r) => r['QUERY PLAN']).join('\n')}\n`;
  } finally {
    await db.query('ROLLBACK');
  }
}

/**
 * The plans that decide the figures: the live rollup the region platform runs on every
 * request, the report's part for its largest city (Hechi), and the floor.
 */
export async function explainPlans(db: Client, period: string, endExclusive: string): Promise<string> {
  const plans = [
    await explain(db, 'Live indicator rollup, whole region (what division(code: "450000") runs)', indicatorRollupSql(LIVE_SOURCES, 'true'), []),
    await explain(db, 'Report part for Hechi (451200), as of the month end', cityIndicatorPartSql(), [period, endExclusive, '451200']),
    await explain(db, 'Floor, every site, as of the month end', floorSql(), await floorParams(db, endExclusive)),
  ];
  return plans.join('\n');
}
