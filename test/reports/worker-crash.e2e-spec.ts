/**
 * Two worker processes share one Redis: one job schedule between them, and a report that
 * survives one of them dying in the middle of it (SIGKILL: no thrown error, no cleanup).
 */
import { Queue } from 'bullmq';
import { redisConnectionOptions } from '@app/common';
import { lastEndedPeriod } from '@app/reports';
import { ApiHarness } from '../support/api-harness';
import { backdate } from '../support/backdate';
import { createHousehold, createSite, householdInput, siteInput } from '../support/registry-fixtures';
import { WorkerProcess } from '../support/worker-process';

describe('reports across worker processes', () => {
  let api: ApiHarness;
  let workers: WorkerProcess[];
  let queue: Queue;

  beforeAll(async () => {
    api = await ApiHarness.start();
    await api.createUser('admin', 'REGION_ADMIN', '450000');
    const monthAgo = new Date(Date.now() - 62 * 24 * 3600 * 1000).toISOString();
    for (const county of ['450123', '450923', '451228']) {
      const site = await createSite(api, 'admin', siteInput(county, `W-${county}`));
      const household = await createHousehold(api, 'admin', householdInput(site.id, `W-${county}-1`, { movedIn: true }));
      await backdate(api, 'site', [site.id], monthAgo);
      await backdate(api, 'household', [household.id], monthAgo);
    }
    const env = { JOB_LOCK_DURATION_MS: '1500' };
    workers = await WorkerProcess.startMany(2, env);
    queue = new Queue('reports', { connection: redisConnectionOptions(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'), prefix: process.env.QUEUE_PREFIX });
  }, 300_000);

  // Guarded: when beforeAll failed part-way, its own error is the one worth reading.
  afterAll(async () => {
    await Promise.all((workers ?? []).map((worker) => worker.kill()));
    await queue?.close();
    await api?.stop();
  });

  it('registers the monthly schedule once, however many workers boot', async () => {
    const schedulers = await queue.getJobSchedulers();
    expect(schedulers.filter((s) => s.key === 'monthly-report' || s.id === 'monthly-report')).toHaveLength(1);
    expect(schedulers.find((s) => s.id === 'monthly-report' || s.key === 'monthly-report')).toMatchObject({ pattern: '0 0 1 * *', tz: 'Asia/Shanghai' });
  });

  it('completes a report exactly once when a worker dies in the middle of it', async () => {
    // Hold the staging tables so every part blocks mid-statement, then kill a worker holding a part.
    const blocker = await api.db.connect();
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE report_staging_figures, report_staging_previous_figures, report_staging_population IN ACCESS EXCLUSIVE MODE');
    const period = lastEndedPeriod();
    const started = await api.as('admin', `mutation($p: String!) { generateMonthlyReport(period: $p) { id } }`, { p: period });
    const runId = started.data?.generateMonthlyReport.id;

    let parts: Awaited<ReturnType<Queue['getActive']>> = [];
    // Three parts (the month's figures, its population, the previous month's figures) on two workers of two slots each.
    for (let i = 0; i < 200 && parts.length < 3; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      parts = (await queue.getActive()).filter((job) => job.name === 'build-report-part');
    }
    expect(parts).toHaveLength(3);
    // Workers name themselves host:pid, and BullMQ records the name on the jobs they take.
    const holder = workers.find((worker) => parts.some((job) => job.processedBy?.endsWith(`:${worker.pid}`)));
    expect(holder).toBeDefined();
    await holder!.kill();
    const survivor = workers.find((worker) => worker !== holder)!;
    await blocker.query('COMMIT');
    blocker.release();

    let status = 'RUNNING';
    for (let i = 0; i < 300 && !['COMPLETED', 'FAILED'].includes(status); i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      status = (await api.as('admin', `query($id: ID!) { reportRun(id: $id) { status } }`, { id: runId })).data?.reportRun.status;
    }
    expect(status).toBe('COMPLETED');
    const { rows } = await api.db.query(
      `SELECT (SELECT count(*) FROM monthly_report WHERE period = $1)::int AS reports,
              (SELECT count(*) FROM report_row WHERE period = $1 AND level = 'SITE' AND indicator = 'MOVE_IN_RATE')::int AS sites,
              (SELECT count(*) FROM report_staging_figures)::int + (SELECT count(*) FROM report_staging_previous_figures)::int
                + (SELECT count(*) FROM report_staging_population)::int AS staging`,
      [period],
    );
    expect(rows[0]).toEqual({ reports: 1, sites: 3, staging: 0 });
    // The parts the dead worker held were taken over by the surviving one.
    expect(survivor.log).not.toMatch(/failed \(attempt 5/);
  });
});
