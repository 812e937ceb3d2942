import { Queue } from 'bullmq';
import { Client } from 'pg';
import { AppConfig, redisConnectionOptions } from '@app/common';
import { JobName, QueueName } from '@app/jobs';
import { lastEndedPeriod, reportPeriod } from '@app/reports';

const POLL_MS = 500;
const TIMEOUT_MS = 180_000;
// Fixed ids, so a job left over from an earlier install on the same Redis would make these
// additions no-ops: none is left over, whether it succeeded or failed.
const GONE_WHEN_ENDED = { removeOnComplete: true, removeOnFail: true } as const;

/**
 * On a fresh demo install, asks the worker for a red-line scan and for the reports of the last
 * few months, oldest first (each month's change is measured against the one before), so
 * rankings and month-over-month changes are there from the first login. The loader already
 * recorded the year's violations when they happened, without alert mail (those alerts belong
 * to the past), so the scan finds nothing new: it is the same check a deployment runs monthly.
 */
export async function reportDemoMonths(config: AppConfig, databaseUrl: string, months: number, log: (line: string) => void): Promise<void> {
  const periods: string[] = [lastEndedPeriod()];
  while (periods.length < months) periods.unshift(reportPeriod(periods[0]).previous);
  const connection = redisConnectionOptions(config.REDIS_URL);
  const scans = new Queue(QueueName.REDLINES, { connection, prefix: config.QUEUE_PREFIX });
  await scans.add(JobName.SCAN_REDLINES, { requestedBy: 'demo-loader' }, { jobId: 'demo-redline-scan', ...GONE_WHEN_ENDED });
  await scans.close();
  const queue = new Queue(QueueName.REPORTS, { connection, prefix: config.QUEUE_PREFIX });
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    for (const period of periods) {
      await queue.add(JobName.START_MONTHLY_REPORT, { period, runId: null }, { jobId: `demo-report-${period}`, ...GONE_WHEN_ENDED });
      const deadline = Date.now() + TIMEOUT_MS;
      while ((await db.query(`SELECT 1 FROM monthly_report WHERE period = $1`, [period])).rowCount === 0) {
        if (Date.now() > deadline) throw new Error(`the worker did not publish the ${period} report in time`);
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
      log(`demo: monthly report ${period} published`);
    }
  } finally {
    await db.end();
    await queue.close();
  }
}
