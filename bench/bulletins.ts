import { Client } from 'pg';
import { samplePeakMemory } from './processes';

export interface BulletinMeasurement {
  /** Publish (the report's finish) to every division's PDF and workbook stored. */
  all_seconds: number;
  divisions: number;
  /** Build times the worker recorded (bulletin_file.build_ms), seconds. */
  region_pdf_seconds: number;
  region_xlsx_seconds: number;
  county_pdf_seconds_median: number;
  county_pdf_seconds_max: number;
  /** Largest resident set of the worker while it built them, MB. */
  worker_peak_rss_mb: number;
}

/** Built files go with the report they were made from (the bench forgets and rebuilds it). */
export async function forgetBulletins(db: Client, period: string): Promise<void> {
  await db.query(`DELETE FROM bulletin_file WHERE period = $1`, [period]);
}

/**
 * After a report is published the worker builds the region's, every city's and every county's
 * bulletin and workbook by itself: waits for all of them and reads the build times it recorded.
 */
export async function measureBulletins(db: Client, period: string, workerPid: number, timeoutSeconds = 900): Promise<BulletinMeasurement> {
  const { rows: [{ divisions }] } = await db.query<{ divisions: number }>(
    `SELECT count(*)::int AS divisions FROM report_row WHERE period = $1 AND indicator = 'COMPOSITE' AND level <> 'SITE'`,
    [period],
  );
  const memory = samplePeakMemory(workerPid);
  const deadline = Date.now() + timeoutSeconds * 1000;
  let peak: number;
  try {
    for (;;) {
      peak = memory.peakMb();
      const { rows: [{ built }] } = await db.query<{ built: number }>(`SELECT count(*)::int AS built FROM bulletin_file WHERE period = $1`, [period]);
      if (built >= divisions * 2) break;
      if (Date.now() > deadline) throw new Error(`only ${built} of ${divisions * 2} bulletin files built after ${timeoutSeconds} s`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    memory.stop();
  }
  const { rows: [figures] } = await db.query<Omit<BulletinMeasurement, 'divisions' | 'worker_peak_rss_mb'>>(
    `SELECT extract(epoch FROM max(f.built_at) - m.generated_at)::float8 AS all_seconds,
       (max(f.build_ms) FILTER (WHERE f.division_code = '450000' AND f.format = 'PDF') / 1000.0)::float8 AS region_pdf_seconds,
       (max(f.build_ms) FILTER (WHERE f.division_code = '450000' AND f.format = 'XLSX') / 1000.0)::float8 AS region_xlsx_seconds,
       (percentile_cont(0.5) WITHIN GROUP (ORDER BY f.build_ms) FILTER (WHERE right(f.division_code, 2) <> '00' AND f.format = 'PDF') / 1000.0)::float8 AS county_pdf_seconds_median,
       (max(f.build_ms) FILTER (WHERE right(f.division_code, 2) <> '00' AND f.format = 'PDF') / 1000.0)::float8 AS county_pdf_seconds_max
     FROM bulletin_file f JOIN monthly_report m ON m.period = f.period
     WHERE f.period = $1 GROUP BY m.generated_at`,
    [period],
  );
  return { ...figures, divisions, worker_peak_rss_mb: peak };
}
