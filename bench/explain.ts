import { Client } from 'pg';
import { clientDatabase } from '@app/db';
import { readClaimRules } from '@app/evidence';
import { indicatorRollupSql, LIVE_SOURCES, siteFiguresSql } from '@app/indicators';
import { POPULATION_PART_SQL, reportPeriod, siteFiguresPartSql } from '@app/reports';
import { floorParams, floorSql } from './floor';

async function explain(db: Client, title: string, sql: string, params: unknown[]): Promise<string> {
  // EXPLAIN ANALYZE runs the statement: writes are rolled back.
  await db.query('BEGIN');
  try {
    const { rows } = await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS, SETTINGS) ${sql}`, params);
    return `## ${title}\n\n${rows.map((r) => r['QUERY PLAN']).join('\n')}\n`;
  } finally {
    await db.query('ROLLBACK');
  }
}

/**
 * The plans that decide the figures: what the region platform runs on every request, what a
 * write costs the next reader (one site recomputed), the report's two parts and the floor.
 */
export async function explainPlans(db: Client, period: string): Promise<string> {
  const month = reportPeriod(period);
  const rules = await readClaimRules(clientDatabase(db));
  const { rows: sites } = await db.query<{ id: string }>(`SELECT id FROM site ORDER BY md5(id::text) LIMIT 1`);
  const oneSite = siteFiguresSql({ sources: LIVE_SOURCES, day: '$1', siteIds: '$2::uuid[]', claimRules: rules });
  const plans = [
    await explain(db, 'Live indicators, whole region: the rollup over site_figures that division(code: "450000") runs', indicatorRollupSql('true', null), []),
    await explain(db, 'One site recomputed after a write (what the next reader pays)', oneSite, [month.lastDay, [sites[0].id]]),
    await explain(db, 'Report part FIGURES: every site as of the month end', siteFiguresPartSql(rules), [month.lastInstant, month.lastDay]),
    await explain(db, 'Report part POPULATION: deaths and additions of the month', POPULATION_PART_SQL, [month.period, month.lastInstant, month.firstDay, month.lastDay]),
    await explain(db, 'Floor, every site, as of the month end', floorSql(), await floorParams(db, month)),
  ];
  return plans.join('\n');
}
