import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import type { ReportPeriod } from '@app/reports';

/** The hand-written floor statement (bench/floor.sql). */
export function floorSql(): string {
  return readFileSync(join(__dirname, 'floor.sql'), 'utf8');
}

/** The floor's parameters for a month: its last instant and day, and the two age limits on that day. */
export async function floorParams(db: Client, month: ReportPeriod): Promise<string[]> {
  const { rows } = await db.query<{ born16: string; born6: string }>(
    `SELECT ($1::date - interval '16 years')::date::text AS born16, ($1::date - interval '6 years')::date::text AS born6`,
    [month.lastDay],
  );
  return [month.lastInstant, month.lastDay, rows[0].born16, rows[0].born6];
}

/**
 * Runs the floor into a temporary table (the report, too, writes its figures rather than
 * sending them to a client) and returns the seconds it took. The table stays for
 * `compareWithReport`. `db` is opened with the application's session settings
 * (SESSION_OPTIONS), so both sides run with the same ones.
 */
export async function timeFloor(db: Client, month: ReportPeriod): Promise<number> {
  const params = await floorParams(db, month);
  await db.query(`DROP TABLE IF EXISTS floor_result`);
  const started = process.hrtime.bigint();
  await db.query(`CREATE TEMP TABLE floor_result AS ${floorSql()}`, params);
  return Number(process.hrtime.bigint() - started) / 1e9;
}

/**
 * Site by site and indicator by indicator, whether the stored report says what the floor
 * says: a floor that computed something else would make the ratio meaningless.
 */
export async function compareWithReport(db: Client, period: string): Promise<{ compared: number; mismatched: number; sites: number }> {
  const { rows } = await db.query<{ compared: string; mismatched: string; sites: string }>(
    `WITH fl AS (
       SELECT f.site_id::text AS unit_code, upper(left(kv.key, -2)) AS indicator, right(kv.key, 1) AS part, kv.value::float8 AS v
         FROM floor_result f CROSS JOIN LATERAL jsonb_each_text(to_jsonb(f) - 'site_id' - 'city_code' - 'county_code') kv
     )
     SELECT count(*) AS compared,
            count(*) FILTER (WHERE r.numerator IS DISTINCT FROM n.v OR r.denominator IS DISTINCT FROM d.v) AS mismatched,
            (SELECT count(*) FROM floor_result) AS sites
       FROM fl n
       JOIN fl d ON d.unit_code = n.unit_code AND d.indicator = n.indicator AND d.part = 'd'
       LEFT JOIN report_row r ON r.period = $1 AND r.level = 'SITE' AND r.unit_code = n.unit_code AND r.indicator = n.indicator
      WHERE n.part = 'n'`,
    [period],
  );
  return { compared: Number(rows[0].compared), mismatched: Number(rows[0].mismatched), sites: Number(rows[0].sites) };
}
