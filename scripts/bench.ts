/**
 * `npm run bench -- --scale <guangxi|national> [--database-url URL] [--report-runs N] [--live-runs N] [--api-processes N] [--skip-build] [--skip-floor] [--skip-imports | --imports-only | --page-only | --report-only | --city-imports] [--explain]`
 *
 * Measures the system on a dataset built by `npm run gen` (issue 8): the monthly report through
 * the worker against the hand-written floor (and the month's bulletins the worker builds after
 * it), the region platform's live indicators, a households page under load, and a county's
 * spreadsheet import (issue 15; `--skip-imports` leaves it out: it adds 5,000 households to the
 * data; `--imports-only` measures only it, into the figures of the last full run; `--city-imports`
 * imports one file per city, as many households as each city has, one after another, into
 * bench/imports-cities-<scale>.json). Starts the built API and worker as child processes on their own queue prefix, writes
 * bench/results-<scale>.json and the table in BENCHMARKS.md. The machine's load average is
 * recorded after each part: on a shared machine it says how far to trust the figures.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';
import { Client } from 'pg';
import { runMigrations, SESSION_OPTIONS } from '@app/db';
import { lastEndedPeriod, reportPeriod } from '@app/reports';
import { DEFAULT_SERVER_URL, databaseUrlOn, parseArgs } from '../bench/cli-args';
import { explainPlans } from '../bench/explain';
import { compareWithReport, timeFloor } from '../bench/floor';
import { GraphQLClient } from '../bench/graphql-client';
import { measureLiveRegion, projectPage, peerPage } from '../bench/http-load';
import { comparePageWithPeer, PageSideBySide } from '../bench/page-vs-peer';
import { RunningPeer } from '../bench/peer';
import { describeMachine, waitForQuiet } from '../bench/machine';
import { RunningApps } from '../bench/processes';
import { BulletinMeasurement, forgetBulletins, measureBulletins } from '../bench/bulletins';
import { ImportMeasurement, measureCityImports, measureImport } from '../bench/imports';
import { forgetReport, measureReport, ReportMeasurement } from '../bench/report-run';
import { BenchResults, readResults, targetsFor, updateBenchmarksTable, writeResults } from '../bench/results';
import { median, round } from '../bench/stats';
import { ensureBenchUser } from '../bench/users';

const ROOT = join(__dirname, '..');
const BENCH_USER = 'bench-admin';
const BENCH_PASSWORD = 'bench-password-1';
const PAGE_CONNECTIONS = 16;
// Rounds of PAGE_SECONDS per server, the project and its peer taking turns.
const PAGE_SECONDS = 20;
const PAGE_ROUNDS = 3;

const log = (line: string) => console.log(`[bench] ${line}`);

/** The queue prefix is the bench's own: its keys are removed afterwards, nobody else's. */
async function dropQueueKeys(redisUrl: string, prefix: string): Promise<void> {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 2 });
  try {
    let cursor = '0';
    do {
      const [nextCursor, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      if (keys.length > 0) await redis.del(...keys);
      cursor = nextCursor;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

const importFigures = (imported: ImportMeasurement) => ({
  import_run: { ...imported, file_mb: round(imported.file_mb, 1), validation_seconds: round(imported.validation_seconds, 1), validation_client_seconds: round(imported.validation_client_seconds, 1), commit_seconds: round(imported.commit_seconds, 1), worker_peak_rss_mb: round(imported.worker_peak_rss_mb, 0) },
  import_validation_seconds: round(imported.validation_seconds, 1),
  import_commit_seconds: round(imported.commit_seconds, 1),
  import_worker_peak_rss_mb: round(imported.worker_peak_rss_mb, 0),
});

const pageFigures = (page: PageSideBySide) => ({
  households_page_rps: page.project.rps,
  households_page_p50_ms: page.project.p50_ms,
  households_page_p95_ms: page.project.p95_ms,
  households_page_requests: page.project.requests,
  households_page_peer: page.peer,
  households_page_peer_ratio: page.ratio,
  households_page_rounds: page.rounds,
  households_page_sites_differing: page.differing_sites,
  errors: page.project.errors,
});

/**
 * The last full run's figures with one part measured again on its own (`--imports-only`,
 * `--page-only`): `figures` replace that part's, noted as measured apart.
 */
function withPartMeasuredApart(scale: string, part: { name: string; loadKey: string; figures: Partial<BenchResults> }, load: number[]): BenchResults {
  const previous = readResults(scale);
  if (!previous) throw new Error(`no bench/results-${scale}.json to add ${part.name} to: run the whole bench first`);
  const next: BenchResults = { ...previous, ...part.figures, load_averages: { ...previous.load_averages, [part.loadKey]: load } };
  next.notes = [...previous.notes.filter((note) => !note.startsWith(part.name)), `${part.name} was measured apart, at ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`];
  return { ...next, targets: targetsFor(scale, next) };
}

function generation(scale: string): { generate_seconds: number | null; seed: number | null; today: string | null; database: string | null } {
  const file = join(ROOT, 'bench', `gen-${scale}.json`);
  if (!existsSync(file)) return { generate_seconds: null, seed: null, today: null, database: null };
  const gen = JSON.parse(readFileSync(file, 'utf8'));
  return { generate_seconds: gen.generate_seconds, seed: gen.seed, today: gen.today, database: gen.database };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), ['scale', 'database-url', 'redis-url', 'report-runs', 'live-runs', 'skip-build', 'skip-floor', 'skip-imports', 'imports-only', 'page-only', 'report-only', 'city-imports', 'explain', 'api-processes']);
  const scale = args.scale ?? '';
  if (!['guangxi', 'national'].includes(scale)) throw new Error('--scale must be guangxi or national');
  const databaseUrl = args['database-url'] ?? databaseUrlOn(DEFAULT_SERVER_URL, `relocation_bench_${scale}`);
  const redisUrl = args['redis-url'] ?? process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  // Floor and report runs alternate, so whatever the machine does meanwhile weighs on both alike.
  const pairedRuns = Number(args['report-runs'] ?? (scale === 'national' ? 3 : 5));
  const liveRuns = Number(args['live-runs'] ?? 30);
  // One API process per core, as a deployment on this machine would run it.
  const apiProcesses = Number(args['api-processes'] ?? availableParallelism());
  const month = reportPeriod(lastEndedPeriod());
  const { period } = month;

  if (args['skip-build'] !== 'true') {
    log('npm run build');
    execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  }
  // The build may carry migrations newer than the dataset: the apps expect the schema they were built with.
  const applied = await runMigrations(databaseUrl);
  if (applied.length > 0) log(`applied ${applied.length} newer migration(s) to the bench database`);
  const db = new Client({ connectionString: databaseUrl, application_name: 'bench', options: SESSION_OPTIONS });
  await db.connect();
  const rows: Record<string, number> = {};
  for (const table of ['site', 'household', 'person', 'evidence', 'household_history', 'person_history']) {
    rows[table] = Number((await db.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);
  }
  if (rows.household === 0) throw new Error(`${databaseUrl} has no households: run \`npm run gen -- --scale ${scale}\` first`);
  const machine = await describeMachine(db);
  await ensureBenchUser(db, BENCH_USER, BENCH_PASSWORD, 'REGION_ADMIN', '450000');

  const queuePrefix = `bench-${scale}-${Date.now()}`;
  const workDir = mkdtempSync(join(tmpdir(), `bench-${scale}-`));
  const logDir = join(ROOT, 'bench', 'logs');
  mkdirSync(logDir, { recursive: true });
  log(`starting API and worker (queue prefix ${queuePrefix}, logs in bench/logs)`);
  const apps = await RunningApps.start({ databaseUrl, redisUrl, queuePrefix, dataDir: workDir, logDir, apiProcesses });
  let peer: RunningPeer | null = null;
  const notes: string[] = [];
  // 1-, 5- and 15-minute load averages as each part ended.
  const loads: Record<string, number[]> = { start: loadavg().map((l) => round(l, 2)) };
  const noteLoad = (part: string) => {
    loads[part] = loadavg().map((l) => round(l, 2));
    log(`load average after ${part}: ${loads[part].join(', ')}`);
  };
  try {
    if (args['city-imports'] === 'true') {
      const cities = await measureCityImports(db, apps.url, apps.worker.pid as number, log);
      noteLoad('city imports');
      const file = join(ROOT, 'bench', `imports-cities-${scale}.json`);
      writeFileSync(file, JSON.stringify({ measured_at: new Date().toISOString(), machine, load_averages: loads, files: cities.map((city) => importFigures(city).import_run) }, null, 2) + '\n');
      log(`wrote ${file}`);
      return;
    }
    if (args['imports-only'] === 'true') {
      const imported = await measureImport(db, apps.url, apps.worker.pid as number, log);
      noteLoad('import');
      log(`wrote ${writeResults(withPartMeasuredApart(scale, { name: 'the spreadsheet import', loadKey: 'import', figures: importFigures(imported) }, loads['import']))}`);
      updateBenchmarksTable(join(ROOT, 'BENCHMARKS.md'));
      return;
    }
    const gql = new GraphQLClient(apps.url);
    await gql.login(BENCH_USER, BENCH_PASSWORD);
    // Every site's first page, with PostGraphile serving the same page beside the project.
    const measurePage = async (): Promise<PageSideBySide> => {
      const siteIds = (await db.query<{ id: string }>(`SELECT id FROM site ORDER BY md5(id::text)`)).rows.map((r) => r.id);
      peer = await RunningPeer.start(databaseUrl, apiProcesses, logDir);
      log(`households page: ${PAGE_CONNECTIONS} connections, ${PAGE_ROUNDS} rounds of ${PAGE_SECONDS} s for the project and for PostGraphile over ${siteIds.length} sites`);
      log(`households page: waited ${(await waitForQuiet()).toFixed(0)} s for an idle machine`);
      const page = await comparePageWithPeer(projectPage(apps.url, gql.authorization), peerPage(peer.url), siteIds, { connections: PAGE_CONNECTIONS, seconds: PAGE_SECONDS, rounds: PAGE_ROUNDS, log });
      await peer.stop();
      log(`households_page ${page.project.rps} req/s (p95 ${page.project.p95_ms} ms), PostGraphile ${page.peer.rps} req/s (p95 ${page.peer.p95_ms} ms): ratio ${page.ratio}`);
      return page;
    };
    if (args['page-only'] === 'true') {
      const page = await measurePage();
      noteLoad('households_page');
      log(`wrote ${writeResults(withPartMeasuredApart(scale, { name: 'the households page', loadKey: 'households_page', figures: pageFigures(page) }, loads['households_page']))}`);
      updateBenchmarksTable(join(ROOT, 'BENCHMARKS.md'));
      return;
    }

    // The report against the floor, alternating, and the bulletins the worker builds after each run.
    const measureReportRuns = async (): Promise<Partial<BenchResults>> => {
      // --skip-floor: the report and its bulletins alone, when the machine's time is short (national scale under load).
      const skipFloor = args['skip-floor'] === 'true';
      log(skipFloor ? `report for ${period}: ${pairedRuns} runs, no floor` : `report for ${period} and the floor: ${pairedRuns} runs of each, alternating, after one floor run to warm up`);
      if (!skipFloor) await timeFloor(db, month);
      // Production built the previous month a month ago, keeping its figures, which this month's
      // change is computed against: so here too, untimed, once.
      const previousKept = await db.query(`SELECT 1 FROM month_figures_basis WHERE period = $1`, [month.previous]);
      if (previousKept.rowCount === 0) {
        log(`the previous month ${month.previous}: built once, untimed, as production did a month ago`);
        await measureReport(gql, db, month.previous, apps.worker.pid as number);
        await measureBulletins(db, month.previous, apps.worker.pid as number);
      }
      notes.push(`the report took the previous month's (${month.previous}) figures kept when that month was built, untimed, before the runs`);
      const floorRuns: number[] = [];
      const reports: ReportMeasurement[] = [];
      const bulletins: BulletinMeasurement[] = [];
      for (let i = 0; i < pairedRuns; i++) {
        if (!skipFloor) floorRuns.push(await timeFloor(db, month));
        await forgetBulletins(db, period);
        await forgetReport(db, period);
        const measured = await measureReport(gql, db, period, apps.worker.pid as number);
        log(`floor_seconds ${floorRuns[i]?.toFixed(2) ?? '—'}, report_seconds ${measured.seconds.toFixed(2)} (client ${measured.client_seconds.toFixed(2)}), worker peak RSS ${measured.worker_peak_rss_mb.toFixed(0)} MB`);
        reports.push(measured);
        // The worker goes on to the month's bulletins by itself; they finish before anything else is measured.
        const built = await measureBulletins(db, period, apps.worker.pid as number);
        log(`bulletins: ${built.divisions} divisions in ${built.all_seconds.toFixed(1)} s; region PDF ${built.region_pdf_seconds.toFixed(2)} s, workbook ${built.region_xlsx_seconds.toFixed(2)} s; county PDF median ${built.county_pdf_seconds_median.toFixed(2)} s, max ${built.county_pdf_seconds_max.toFixed(2)} s; worker peak RSS ${built.worker_peak_rss_mb.toFixed(0)} MB`);
        bulletins.push(built);
        noteLoad(`report_run_${i + 1}`);
      }
      const comparison = skipFloor ? null : await compareWithReport(db, period);
      if (comparison) log(`floor vs report: ${comparison.mismatched} of ${comparison.compared} site figures differ`);
      if (comparison && comparison.mismatched > 0) notes.push(`the floor and the report disagree on ${comparison.mismatched} of ${comparison.compared} site figures`);
      if (skipFloor) notes.push('the floor was not run (--skip-floor): no report_floor_ratio');
      const reportSeconds = reports.length > 0 ? median(reports.map((r) => r.seconds)) : null;
      const floorSeconds = floorRuns.length > 0 ? median(floorRuns) : null;
      return {
        period,
        report_seconds: reportSeconds === null ? null : round(reportSeconds, 2),
        report_runs: reports.map((r) => ({ seconds: round(r.seconds, 2), client_seconds: round(r.client_seconds, 2), worker_peak_rss_mb: round(r.worker_peak_rss_mb, 0) })),
        floor_seconds: floorSeconds === null ? null : round(floorSeconds, 2),
        floor_runs: floorRuns.map((s) => round(s, 2)),
        floor_matches_report: comparison,
        report_floor_ratio: reportSeconds === null || floorSeconds === null ? null : round(reportSeconds / floorSeconds, 2),
        worker_peak_rss_mb: reports.length > 0 ? round(Math.max(...reports.map((r) => r.worker_peak_rss_mb)), 0) : null,
        bulletin_runs: bulletins.map((b) => ({
          divisions: b.divisions, all_seconds: round(b.all_seconds, 1), region_pdf_seconds: round(b.region_pdf_seconds, 2), region_xlsx_seconds: round(b.region_xlsx_seconds, 2),
          county_pdf_seconds_median: round(b.county_pdf_seconds_median, 2), county_pdf_seconds_max: round(b.county_pdf_seconds_max, 2), worker_peak_rss_mb: round(b.worker_peak_rss_mb, 0),
        })),
        bulletin_region_pdf_seconds: bulletins.length > 0 ? round(median(bulletins.map((b) => b.region_pdf_seconds)), 2) : null,
        bulletin_region_xlsx_seconds: bulletins.length > 0 ? round(median(bulletins.map((b) => b.region_xlsx_seconds)), 2) : null,
        bulletin_county_pdf_seconds_max: bulletins.length > 0 ? round(Math.max(...bulletins.map((b) => b.county_pdf_seconds_max)), 2) : null,
        bulletin_worker_peak_rss_mb: bulletins.length > 0 ? round(Math.max(...bulletins.map((b) => b.worker_peak_rss_mb)), 0) : null,
        bulletins_all_seconds: bulletins.length > 0 ? round(median(bulletins.map((b) => b.all_seconds)), 1) : null,
      };
    };
    if (args['report-only'] === 'true') {
      const report = await measureReportRuns();
      const last = `report_run_${pairedRuns}`;
      const apart = withPartMeasuredApart(scale, { name: 'the report', loadKey: last, figures: report }, loads[last]);
      log(`wrote ${writeResults({ ...apart, notes: [...new Set([...apart.notes, ...notes])] })}`);
      updateBenchmarksTable(join(ROOT, 'BENCHMARKS.md'));
      return;
    }
    const report = await measureReportRuns();

    log(`live region indicators: ${liveRuns} runs, after ${(await waitForQuiet()).toFixed(0)} s waiting for an idle machine`);
    // Two untimed requests per API process: the processes take requests in turn, and a fresh
    // process's first two answers to this query are cold (measured: 112 and 59 ms, then 15–20).
    // With one warm-up in all, the other process's cold answers fell among the thirty timed.
    const live = await measureLiveRegion(gql, liveRuns, 2 * apiProcesses);
    if (liveRuns !== 30) notes.push(`live region measured over ${liveRuns} runs (not 30)`);
    log(`live_region p50 ${live.p50.toFixed(0)} ms, p95 ${live.p95.toFixed(0)} ms`);
    noteLoad('live_region');

    const page = await measurePage();
    noteLoad('households_page');

    let imported: ImportMeasurement | null = null;
    if (args['skip-imports'] !== 'true') {
      // A failed import is reported with the figures measured before it, not instead of them.
      imported = await measureImport(db, apps.url, apps.worker.pid as number, log).catch((error: Error) => {
        notes.push(`the spreadsheet import failed: ${error.message.slice(0, 300)}`);
        log(`import failed: ${error.message}`);
        return null;
      });
      noteLoad('import');
    }

    const gen = generation(scale);
    const measured = {
      report_floor_ratio: report.report_floor_ratio ?? null,
      worker_peak_rss_mb: report.worker_peak_rss_mb ?? null,
      bulletin_region_pdf_seconds: report.bulletin_region_pdf_seconds ?? null,
      bulletin_county_pdf_seconds_max: report.bulletin_county_pdf_seconds_max ?? null,
      bulletin_worker_peak_rss_mb: report.bulletin_worker_peak_rss_mb ?? null,
      live_region_p95_ms: round(live.p95, 1),
      households_page_p95_ms: page.project.p95_ms,
      households_page_peer_ratio: page.ratio,
      ...(imported ? importFigures(imported) : { import_run: null, import_validation_seconds: null, import_commit_seconds: null, import_worker_peak_rss_mb: null }),
    };
    const results: BenchResults = {
      scale,
      machine,
      load_averages: loads,
      database: new URL(databaseUrl).pathname.slice(1),
      period,
      dataset: { seed: gen.seed, today: gen.today, rows },
      generate_seconds: gen.generate_seconds,
      report_seconds: null,
      report_runs: [],
      floor_seconds: null,
      floor_runs: [],
      floor_matches_report: null,
      bulletin_runs: [],
      bulletin_region_xlsx_seconds: null,
      bulletins_all_seconds: null,
      ...report,
      live_region_p50_ms: round(live.p50, 1),
      api_processes: apiProcesses,
      ...pageFigures(page),
      ...measured,
      targets: targetsFor(scale, measured),
      notes,
    };
    log(`wrote ${writeResults(results)}`);
    updateBenchmarksTable(join(ROOT, 'BENCHMARKS.md'));
    log('updated BENCHMARKS.md');

    if (args.explain === 'true') {
      const plans = await explainPlans(db, period);
      const file = join(ROOT, 'bench', `plans-${scale}.txt`);
      writeFileSync(file, plans);
      log(`wrote ${file}`);
    }
  } finally {
    await (peer as RunningPeer | null)?.stop();
    await apps.stop();
    await dropQueueKeys(redisUrl, queuePrefix);
    rmSync(workDir, { recursive: true, force: true });
    await db.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
