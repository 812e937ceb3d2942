import { Client } from 'pg';
import { monthPartition, reportPeriod } from '@app/reports';
import { GraphQLClient } from './graphql-client';
import { samplePeakMemory } from './processes';

export interface ReportMeasurement {
  status: string;
  /** requested_at → finished_at of the run, as the database recorded them: enqueue to stored. */
  seconds: number;
  /** The same, seen by the client polling reportRun every 100 ms. */
  client_seconds: number;
  /** Largest resident set of the worker process while it ran, MB. */
  worker_peak_rss_mb: number;
}

const REPORT_TABLES = ['report_unit_summary', 'report_staging_figures', 'report_staging_previous_figures', 'report_staging_population', 'monthly_report'];

/**
 * A month's report is built once and never again (SPEC §6), so measuring it twice means
 * taking the first one away: its snapshot rows (the flow's ended jobs left in Redis are cleared
 * by the next run itself, as for any month without a published report). Only the bench
 * database is touched.
 * The deleted rows are vacuumed away too: in production a month is written into tables that
 * never held it, while each dead row left here would cost the next run's unique-key checks
 * a heap visit (when report_row was one table, its national rows took 38 s to insert instead
 * of 14 s).
 */
export async function forgetReport(db: Client, period: string): Promise<void> {
  for (const table of REPORT_TABLES) await db.query(`DELETE FROM ${table} WHERE period = $1`, [period]);
  // The month's rows are its own partition of report_row: dropped whole, as the next run's
  // first publication makes it again.
  await db.query(`DROP TABLE IF EXISTS ${monthPartition(reportPeriod(period))}`);
  await db.query(`VACUUM ${REPORT_TABLES.join(', ')}`);
}

export async function measureReport(gql: GraphQLClient, db: Client, period: string, workerPid: number): Promise<ReportMeasurement> {
  const memory = samplePeakMemory(workerPid);
  const started = Date.now();
  try {
    const { generateMonthlyReport: run } = await gql.request<{ generateMonthlyReport: { id: string; status: string } }>(
      `mutation($p: String!) { generateMonthlyReport(period: $p) { id status } }`,
      { p: period },
    );
    let status = run.status;
    while (status !== 'COMPLETED' && status !== 'FAILED') {
      await new Promise((r) => setTimeout(r, 100));
      status = (await gql.request<{ reportRun: { status: string } }>(`query($id: ID!) { reportRun(id: $id) { status } }`, { id: run.id })).reportRun.status;
    }
    const clientSeconds = (Date.now() - started) / 1000;
    const { rows } = await db.query<{ seconds: number; note: string | null }>(
      `SELECT extract(epoch FROM finished_at - requested_at)::float8 AS seconds, note FROM report_run WHERE id = $1`,
      [run.id],
    );
    if (status === 'FAILED') throw new Error(`the report failed: ${rows[0]?.note}`);
    return { status, seconds: rows[0].seconds, client_seconds: clientSeconds, worker_peak_rss_mb: memory.peakMb() };
  } finally {
    memory.stop();
  }
}
