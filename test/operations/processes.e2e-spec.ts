/**
 * The system as an operator runs it: two API processes (API_PROCESSES=2) and two workers as
 * operating-system processes, on a private Redis, an SMTP server and a database of their own.
 * Health and metrics on their ports, settings from .env files, JSON logs that follow a request
 * into its jobs and never carry personal data, one report per month and each mail once, and
 * SIGTERM: in-flight work finished, exit 0 — also with Redis down.
 */
import * as argon2 from 'argon2';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { Queue } from 'bullmq';
import { lastEndedPeriod, reportPeriod } from '@app/reports';
import { QueueName } from '@app/jobs';
import { backdate } from '../support/backdate';
import { eventually, pause } from '../support/eventually';
import { freePort, PrivateRedis } from '../support/private-redis';
import { openQueue, uniqueQueuePrefix } from '../support/queues';
import { residentId } from '../support/resident-ids';
import { SmtpSink } from '../support/smtp-sink';
import { createTestDatabase } from '../support/test-database';
import { AppProcess, WorkerProcess } from '../support/worker-process';

const PASSWORD = 'process-test-password';
const SHUTDOWN_TIMEOUT_MS = 5000;
const SCHEDULES = ['redlines-monthly-scan', 'monthly-report', 'spot-checks-monthly-draw', 'certification-county-reminder', 'certification-city-reminder', 'site-figures-refresh', 'mail-outbox-sweep'];

describe('API and worker processes', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: Pool;
  let redis: PrivateRedis;
  let sink: SmtpSink;
  let envDir: string;
  let api: AppProcess;
  let workers: WorkerProcess[] = [];
  let queues: Queue[] = [];
  let apiUrl: string;
  let apiMetrics: number;
  const workerPorts: Array<{ health: number; metrics: number }> = [];
  let adminToken: string;
  let site: string;
  const secrets = { residentId: residentId('450123', '1968-05-04', 'MALE', 7), phone: '13907715678' };

  const graphql = async (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) => {
    const response = await fetch(`${apiUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}`, ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as { data?: Record<string, any>; errors?: unknown[] } };
  };
  const runStatus = async (id: string) => (await db.query(`SELECT status FROM report_run WHERE id = $1`, [id])).rows[0]?.status as string;

  beforeAll(async () => {
    database = await createTestDatabase();
    db = new Pool({ connectionString: database.url, max: 2 });
    redis = await PrivateRedis.start();
    sink = await SmtpSink.start();
    envDir = await mkdtemp(join(tmpdir(), 'process-env-'));
    const port = await freePort();
    apiUrl = `http://127.0.0.1:${port}`;
    apiMetrics = await freePort();
    const shared = {
      PATH: process.env.PATH,
      DATABASE_URL: database.url,
      REDIS_URL: redis.url,
      SMTP_URL: sink.url,
      QUEUE_PREFIX: uniqueQueuePrefix(),
      JWT_SECRET: 'process-test-signing-key-0123456789abcdef',
      DEMO_DATA: 'false',
      LOG_FORMAT: 'json',
      SHUTDOWN_TIMEOUT_MS: String(SHUTDOWN_TIMEOUT_MS),
      JOB_LOCK_DURATION_MS: '3000',
      MAIL_SWEEP_INTERVAL_MS: '1000',
      RECONCILE_INTERVAL_MS: '1000',
      EVIDENCE_DIR: join(envDir, 'evidence'),
      DATA_DIR: envDir,
    };
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO app_user (username, email, password_hash, role, jurisdiction) VALUES ('admin', 'admin@example.org', $1, 'REGION_ADMIN', '450000') RETURNING id`,
      [await argon2.hash(PASSWORD, { type: argon2.argon2id })],
    );
    await db.query(`INSERT INTO alert_subscription (user_id, division_code) VALUES ($1, '450000')`, [rows[0].id]).catch(async () => undefined);

    // Each worker reads its ports from its own .env file, as the README says settings may come.
    for (const name of ['a', 'b']) {
      const ports = { health: await freePort(), metrics: await freePort() };
      workerPorts.push(ports);
      await writeFile(join(envDir, `${name}.env`), `WORKER_HEALTH_PORT=${ports.health}\nWORKER_METRICS_PORT=${ports.metrics}\n# the real environment wins:\nQUEUE_PREFIX=not-this-one\n`);
    }
    // Each kept as soon as it runs, so the teardown stops it even if another fails to start.
    const keep = <T extends AppProcess>(started: T, list: T[]) => (list.push(started), started);
    const apis: AppProcess[] = [];
    await Promise.all([
      AppProcess.spawn('apps/api/src/main.ts', { ...shared, PORT: String(port), METRICS_PORT: String(apiMetrics), API_PROCESSES: '2' }, /GraphQL API at[\s\S]*GraphQL API at/).then((started) => keep(started, apis)),
      ...['a', 'b'].map((name) => WorkerProcess.spawn('apps/worker/src/main.ts', { ...shared, ENV_FILE: join(envDir, `${name}.env`) }, /Worker ready/).then((started) => keep(started, workers))),
    ]).finally(() => (api = apis[0]));
    queues = Object.values(QueueName).map((name) => openQueue(name, shared.QUEUE_PREFIX, redis.url).on('error', () => undefined));

    const login = await fetch(`${apiUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation($p: String!) { login(username: "admin", password: $p) { token } }`, variables: { p: PASSWORD } }),
    });
    adminToken = ((await login.json()) as { data: { login: { token: string } } }).data.login.token;
    const created = await graphql(`mutation($i: CreateSiteInput!) { createSite(input: $i) { id } }`, {
      i: { countyCode: '450123', code: 'PROC', name: '进程测试安置点', placementType: 'TOWN', leaderName: '覃主任', leaderPhone: secrets.phone },
    });
    site = created.body.data?.createSite.id;
    if (!site) throw new Error(`createSite failed: ${JSON.stringify(created.body.errors)}`);
    // Entered years ago: the past months the tests report are not before the first record.
    await backdate({ db }, 'site', [site], '2020-01-01T00:00:00+08:00');
  }, 600_000);

  afterAll(async () => {
    // Each step on its own: one failing must not leave processes or a redis-server behind.
    const steps = [
      () => redis?.up(),
      () => Promise.all([api, ...workers].filter(Boolean).map((process) => process.kill())),
      () => Promise.all(queues.map((queue) => queue.disconnect())),
      () => redis?.stop(),
      () => sink?.stop(),
      () => db?.end(),
      () => database?.drop(),
      () => (envDir ? rm(envDir, { recursive: true, force: true }) : undefined),
    ];
    for (const step of steps) await Promise.race([Promise.resolve(step()).catch(() => undefined), pause(15_000)]);
  }, 180_000);

  it('answers health without a token, on the API port and each worker’s port from its .env file', async () => {
    const ready = await fetch(`${apiUrl}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ok', info: { database: { status: 'up' }, redis: { status: 'up' }, migrations: { status: 'up' } } });
    expect((await fetch(`${apiUrl}/health/live`)).status).toBe(200);
    for (const { health } of workerPorts) {
      expect((await fetch(`http://127.0.0.1:${health}/health/ready`)).status).toBe(200);
      expect((await fetch(`http://127.0.0.1:${health}/health/live`)).status).toBe(200);
    }
  });

  it('writes JSON log lines that follow a request into its jobs and carry no personal data or credentials', async () => {
    expect(site).toBeDefined();
    const created = await graphql(`mutation($i: CreateHouseholdInput!) { createHousehold(input: $i) { id } }`, {
      i: {
        siteId: site, code: 'PROC-1', headName: '韦建国', headIdNumber: secrets.residentId, headEthnicity: 'ZHUANG', householdType: 'REGISTERED_POOR', beneficiaryCount: 4,
        laborCount: 2, relocationYear: 2018, originType: 'STONY_DESERTIFIED', housingArea: 80, selfFunding: 3000, movedIn: true,
      },
    });
    expect(created.body.errors).toBeUndefined();
    // A bad write with the same personal data: its error path must not log it either.
    await graphql(`mutation($i: CreateHouseholdInput!) { createHousehold(input: $i) { id } }`, { i: { siteId: site, code: 'PROC-1', headIdNumber: secrets.residentId } });

    const requestId = 'req-operations-test-0001';
    const period = lastEndedPeriod();
    const requested = await graphql(`mutation($p: String!) { generateMonthlyReport(period: $p) { id } }`, { p: period }, { 'x-request-id': requestId });
    const runId = requested.body.data?.generateMonthlyReport.id as string;
    await eventually(async () => (await runStatus(runId)) === 'COMPLETED', 'the report to complete', 60_000);

    const apiLines = api.log.split('\n').filter((line) => line.startsWith('{'));
    const workerLines = workers.flatMap((worker) => worker.log.split('\n').filter((line) => line.startsWith('{')));
    const requestLine = apiLines.map((line) => JSON.parse(line) as Record<string, unknown>).find((line) => line.requestId === requestId && line.msg === 'POST /graphql 200');
    expect(requestLine).toMatchObject({ service: 'api', requestId, operation: 'anonymous', durationMs: expect.any(Number) });
    const jobLines = workerLines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((line) => line.requestId === requestId);
    expect(jobLines).toEqual(expect.arrayContaining([expect.objectContaining({ service: 'worker', job: 'start-monthly-report', jobId: expect.stringMatching(/^outbox-/), durationMs: expect.any(Number) })]));

    const everything = `${api.log}\n${workers.map((worker) => worker.log).join('\n')}`;
    expect(everything).not.toContain(secrets.residentId);
    expect(everything).not.toContain(secrets.phone);
    expect(everything).not.toContain(adminToken);
    expect(everything).not.toContain(PASSWORD);
    // Every line the processes wrote is JSON (a log shipper can read them all).
    for (const line of everything.split('\n').filter(Boolean)) expect(() => JSON.parse(line)).not.toThrow();
  });

  it('builds one report per month and sends each mail once across two API processes and two workers, with one of each schedule', async () => {
    const period = reportPeriod(lastEndedPeriod()).previous;
    const [first, second] = await Promise.all([0, 1].map(() => graphql(`mutation($p: String!) { generateMonthlyReport(period: $p) { id } }`, { p: period })));
    const runs = [first.body.data?.generateMonthlyReport.id, second.body.data?.generateMonthlyReport.id] as string[];
    await eventually(async () => (await Promise.all(runs.map(runStatus))).every((status) => status === 'COMPLETED'), 'both runs to complete', 60_000);
    expect((await db.query(`SELECT count(*)::int AS n FROM monthly_report WHERE period = $1`, [period])).rows[0].n).toBe(1);

    const arrived = sink.received.length;
    const crossing = await graphql(`mutation($i: CreateHouseholdInput!) { createHousehold(input: $i) { id } }`, {
      i: { siteId: site, code: 'PROC-2', headName: '黄美兰', headIdNumber: residentId('450123', '1970-02-03', 'FEMALE', 9), headEthnicity: 'ZHUANG', householdType: 'REGISTERED_POOR',
        beneficiaryCount: 4, laborCount: 2, relocationYear: 2018, originType: 'STONY_DESERTIFIED', housingArea: 130, selfFunding: 3000 },
    });
    expect(crossing.body.errors).toBeUndefined();
    const outbox = await eventually(async () => {
      const { rows } = await db.query(`SELECT status FROM mail_outbox`);
      return rows.length > 0 && rows.every((row) => row.status === 'SENT') && rows;
    }, 'the alert mail to be sent');
    await pause(2000);
    expect(sink.received.length - arrived).toBe(outbox.length);

    const schedulers = (await Promise.all(queues.map((queue) => queue.getJobSchedulers()))).flat().map((s) => s.key ?? s.id);
    expect(schedulers.sort()).toEqual([...SCHEDULES].sort());
  });

  it('serves Prometheus metrics on their own ports: operations, errors, queues, jobs, outbox, report builds', async () => {
    await graphql(`{ nothingHere }`);
    const apiText = await (await fetch(`http://127.0.0.1:${apiMetrics}/metrics`)).text();
    expect(apiText).toMatch(/graphql_operation_duration_seconds_count\{operation="anonymous",type="mutation"\} \d+/);
    expect(apiText).toMatch(/api_errors_total\{code="GRAPHQL_VALIDATION_FAILED",operation="unknown"\} [1-9]/);
    expect(apiText).toMatch(/http_request_duration_seconds_count\{method="POST",route="\/graphql",status="200"\} \d+/);
    expect(apiText).toMatch(/nodejs_heap_size_used_bytes/);
    const workerTexts = await Promise.all(workerPorts.map(async ({ metrics }) => (await fetch(`http://127.0.0.1:${metrics}/metrics`)).text()));
    for (const text of workerTexts) {
      expect(text).toMatch(/queue_jobs\{queue="reports",state="waiting"\} \d+/);
      expect(text).toMatch(/outbox_backlog\{kind="mail"\} \d+/);
    }
    const all = workerTexts.join('\n');
    expect(all).toMatch(/job_duration_seconds_count\{queue="reports",job="build-report-part",outcome="completed"\} [1-9]/);
    expect(all).toMatch(/report_build_duration_seconds_count [1-9]/);
  });

  it('on SIGTERM, a worker finishes the job step it is running and exits 0; the report completes', async () => {
    const blocker = await db.connect();
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE report_staging_figures, report_staging_previous_figures, report_staging_population IN ACCESS EXCLUSIVE MODE');
    const period = reportPeriod(reportPeriod(lastEndedPeriod()).previous).previous;
    const requested = await graphql(`mutation($p: String!) { generateMonthlyReport(period: $p) { id } }`, { p: period });
    const reportsQueue = queues[Object.values(QueueName).indexOf(QueueName.REPORTS)];
    const parts = await eventually(async () => {
      const active = (await reportsQueue.getActive()).filter((job) => job.name === 'build-report-part');
      return active.length > 0 && active;
    }, 'a report part to be running');
    const holder = workers.find((worker) => parts.some((job) => job.processedBy?.endsWith(`:${worker.pid}`)))!;
    const stopping = holder.signal('SIGTERM');
    await pause(1000);
    expect(holder.child.exitCode).toBeNull(); // still finishing its step
    await blocker.query('COMMIT');
    blocker.release();
    const { code, ms } = await stopping;
    console.info(`worker stopped ${ms} ms after SIGTERM, finishing its report part (held for 1 s)`);
    expect(code).toBe(0);
    expect(ms).toBeLessThan(SHUTDOWN_TIMEOUT_MS + 2000);
    expect(holder.log).toMatch(/build-report-part [^ ]+ completed/);
    expect(holder.log).toMatch(/Stopped cleanly/);
    workers = workers.filter((worker) => worker !== holder);
    await eventually(async () => (await runStatus(requested.body.data?.generateMonthlyReport.id)) === 'COMPLETED', 'the report to complete', 60_000);
  });

  it('on SIGTERM with Redis down, the API answers its in-flight request and both API and worker exit 0 promptly', async () => {
    await redis.down();
    const blocker = await db.connect();
    await blocker.query('BEGIN');
    await blocker.query('SELECT 1 FROM site WHERE id = $1 FOR UPDATE', [site]);
    const version = (await db.query(`SELECT version FROM site WHERE id = $1`, [site])).rows[0].version as number;
    const inFlight = graphql(`mutation($id: ID!, $v: Int!) { updateSite(id: $id, version: $v, input: { name: "停机前改名" }) { name } }`, { id: site, v: version });
    await eventually(async () => {
      const { rows } = await db.query(`SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`);
      return rows.length > 0;
    }, 'the update to wait');
    const apiStopped = api.signal('SIGTERM');
    const workerStopped = workers[0].signal('SIGTERM');
    await pause(1000);
    await blocker.query('COMMIT');
    blocker.release();
    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect(answer.body.data?.updateSite.name).toBe('停机前改名');
    const [apiExit, workerExit] = await Promise.all([apiStopped, workerStopped]);
    console.info(`with Redis down: API stopped ${apiExit.ms} ms after SIGTERM (a request in flight for 1 s), idle worker ${workerExit.ms} ms`);
    expect(apiExit.code).toBe(0);
    expect(workerExit.code).toBe(0);
    // At the latest at the deadline (SHUTDOWN_TIMEOUT_MS and two seconds to close), plus a loaded machine's slack.
    expect(apiExit.ms).toBeLessThan(SHUTDOWN_TIMEOUT_MS + 5000);
    expect(workerExit.ms).toBeLessThan(SHUTDOWN_TIMEOUT_MS + 5000);
  });
});
