import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Machine } from './machine';

export interface BenchResults {
  scale: string;
  machine: Machine;
  /** The machine's 1-, 5- and 15-minute load averages at the start and as each part ended. */
  load_averages?: Record<string, number[]>;
  database: string;
  period: string;
  dataset: { seed: number | null; today: string | null; rows: Record<string, number> };
  generate_seconds: number | null;
  report_seconds: number | null;
  report_runs: Array<{ seconds: number; client_seconds: number; worker_peak_rss_mb: number }>;
  floor_seconds: number | null;
  floor_runs: number[];
  report_floor_ratio: number | null;
  floor_matches_report: { compared: number; mismatched: number; sites: number } | null;
  live_region_p50_ms: number;
  live_region_p95_ms: number;
  /** API processes serving the port during the measurements (API_PROCESSES). */
  api_processes: number;
  households_page_rps: number;
  households_page_p50_ms: number;
  households_page_p95_ms: number;
  households_page_requests: number;
  /** The same page from PostGraphile v4 on the same database, its rounds alternating with the project's (bench/page-vs-peer.ts). */
  households_page_peer?: { rps: number; p50_ms: number; p95_ms: number; requests: number; errors: number } | null;
  /** The project's requests per second over the peer's: the target is at least 1. */
  households_page_peer_ratio?: number | null;
  households_page_rounds?: Array<{ project: { rps: number; p95_ms: number }; peer: { rps: number; p95_ms: number } }>;
  households_page_sites_differing?: number;
  errors: number;
  worker_peak_rss_mb: number | null;
  /** The month's bulletins, built by the worker after each report run (bench/bulletins.ts). */
  bulletin_runs?: Array<{
    divisions: number; all_seconds: number; region_pdf_seconds: number; region_xlsx_seconds: number;
    county_pdf_seconds_median: number; county_pdf_seconds_max: number; worker_peak_rss_mb: number;
  }>;
  bulletin_region_pdf_seconds?: number | null;
  bulletin_region_xlsx_seconds?: number | null;
  bulletin_county_pdf_seconds_max?: number | null;
  bulletin_worker_peak_rss_mb?: number | null;
  bulletins_all_seconds?: number | null;
  /** A county's spreadsheet import (issue 15, bench/imports.ts). */
  import_run?: {
    county: string; sites: number; households: number; persons: number; file_mb: number;
    validation_seconds: number; validation_client_seconds: number; commit_seconds: number; worker_peak_rss_mb: number;
  } | null;
  import_validation_seconds?: number | null;
  import_commit_seconds?: number | null;
  import_worker_peak_rss_mb?: number | null;
  targets: Array<{ figure: string; target: string; met: boolean | null }>;
  notes: string[];
}

const RESULTS_DIR = __dirname;
const MARK_START = '<!-- bench:results:start (written by `npm run bench`; edit outside these marks) -->';
const MARK_END = '<!-- bench:results:end -->';

/** Issue 8's targets, per scale; the figure is compared as measured (null when it could not be). */
export function targetsFor(
  scale: string,
  r: Pick<
    BenchResults,
    | 'report_floor_ratio' | 'worker_peak_rss_mb' | 'live_region_p95_ms' | 'households_page_p95_ms' | 'households_page_peer_ratio' | 'bulletin_region_pdf_seconds' | 'bulletin_county_pdf_seconds_max' | 'bulletin_worker_peak_rss_mb'
    | 'import_validation_seconds' | 'import_commit_seconds' | 'import_worker_peak_rss_mb'
  >,
): BenchResults['targets'] {
  const check = (value: number | null, limit: number) => (value === null ? null : value <= limit);
  const targets: BenchResults['targets'] = [];
  // Issue 20's targets (issue 8 asked for 1.5 and 2 × the floor, and 300 ms at Guangxi scale).
  if (scale === 'guangxi') {
    targets.push({ figure: 'report_floor_ratio', target: '≤ 1.1', met: check(r.report_floor_ratio, 1.1) });
    targets.push({ figure: 'live_region_p95_ms', target: '< 50', met: r.live_region_p95_ms < 50 });
  } else {
    targets.push({ figure: 'report_floor_ratio', target: '≤ 1.25', met: check(r.report_floor_ratio, 1.25) });
    targets.push({ figure: 'worker_peak_rss_mb', target: '< 512', met: r.worker_peak_rss_mb === null ? null : r.worker_peak_rss_mb < 512 });
    targets.push({ figure: 'live_region_p95_ms', target: '< 100', met: r.live_region_p95_ms < 100 });
  }
  targets.push({ figure: 'households_page_p95_ms', target: '< 50', met: r.households_page_p95_ms < 50 });
  // Issue 20: at least the peer's throughput on the same page and database.
  const ratio = r.households_page_peer_ratio;
  targets.push({ figure: 'households_page_peer_ratio', target: '≥ 1', met: ratio === null || ratio === undefined ? null : ratio >= 1 });
  // Issue 17: the region's bulletin at national scale, and any county's, at every scale.
  const below = (value: number | null | undefined, limit: number) => (value === null || value === undefined ? null : value < limit);
  if (scale === 'national') {
    targets.push({ figure: 'bulletin_region_pdf_seconds', target: '< 60', met: below(r.bulletin_region_pdf_seconds, 60) });
    targets.push({ figure: 'bulletin_worker_peak_rss_mb', target: '< 512', met: below(r.bulletin_worker_peak_rss_mb, 512) });
  }
  targets.push({ figure: 'bulletin_county_pdf_seconds_max', target: '< 2', met: below(r.bulletin_county_pdf_seconds_max, 2) });
  // Issue 15: a county file of 5,000 households and 22,000 persons.
  targets.push({ figure: 'import_validation_seconds', target: '< 30', met: below(r.import_validation_seconds, 30) });
  targets.push({ figure: 'import_commit_seconds', target: '< 60', met: below(r.import_commit_seconds, 60) });
  targets.push({ figure: 'import_worker_peak_rss_mb', target: '< 512', met: below(r.import_worker_peak_rss_mb, 512) });
  return targets;
}

export function writeResults(results: BenchResults): string {
  const file = join(RESULTS_DIR, `results-${results.scale}.json`);
  writeFileSync(file, JSON.stringify(results, null, 2) + '\n');
  return file;
}

export function readResults(scale: string): BenchResults | null {
  const file = join(RESULTS_DIR, `results-${scale}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as BenchResults) : null;
}

const show = (value: number | null | undefined, digits = 1) => (value === null || value === undefined ? '—' : value.toLocaleString('en-US', { maximumFractionDigits: digits }));
const verdict = (met: boolean | null | undefined) => (met === undefined ? '' : met === null ? 'not measured' : met ? 'met' : '**not met**');

const withTarget = (value: string, target: { target: string; met: boolean | null } | undefined) => (target ? `${value} (target ${target.target}: ${verdict(target.met)})` : value);

/** The table of BENCHMARKS.md between its marks, from every results-<scale>.json present. */
export function updateBenchmarksTable(benchmarksFile: string): void {
  const all = ['guangxi', 'national'].map(readResults).filter((r): r is BenchResults => r !== null);
  const targetOf = (r: BenchResults, figure: string) => r.targets.find((t) => t.figure === figure);
  const rows: Array<[string, (r: BenchResults) => string]> = [
    ['persons / households / sites', (r) => `${show(r.dataset.rows.person, 0)} / ${show(r.dataset.rows.household, 0)} / ${show(r.dataset.rows.site, 0)}`],
    ['generate_seconds', (r) => show(r.generate_seconds)],
    ['report_seconds (median)', (r) => show(r.report_seconds, 2)],
    ['floor_seconds (median)', (r) => show(r.floor_seconds, 2)],
    ['report_floor_ratio', (r) => `${show(r.report_floor_ratio, 2)} (target ${targetOf(r, 'report_floor_ratio')?.target ?? '—'}: ${verdict(targetOf(r, 'report_floor_ratio')?.met)})`],
    ['floor = report, site by site', (r) => (r.floor_matches_report ? `${r.floor_matches_report.mismatched} of ${show(r.floor_matches_report.compared, 0)} figures differ` : '—')],
    ['worker_peak_rss_mb', (r) => `${show(r.worker_peak_rss_mb, 0)}${targetOf(r, 'worker_peak_rss_mb') ? ` (target < 512: ${verdict(targetOf(r, 'worker_peak_rss_mb')?.met)})` : ''}`],
    ['live_region_p50_ms', (r) => show(r.live_region_p50_ms, 0)],
    ['live_region_p95_ms', (r) => withTarget(show(r.live_region_p95_ms, 0), targetOf(r, 'live_region_p95_ms'))],
    ['households_page_rps (16 connections)', (r) => `${show(r.households_page_rps, 0)} (${r.api_processes} API processes)`],
    ['households_page_p95_ms', (r) => `${show(r.households_page_p95_ms, 1)} (target < 50: ${verdict(targetOf(r, 'households_page_p95_ms')?.met)})`],
    ['PostGraphile v4, same page: req/s, p95 ms', (r) => (r.households_page_peer ? `${show(r.households_page_peer.rps, 0)}, ${show(r.households_page_peer.p95_ms, 1)}` : '—')],
    ['households_page_peer_ratio (project / PostGraphile req/s)', (r) => withTarget(show(r.households_page_peer_ratio, 2), targetOf(r, 'households_page_peer_ratio'))],
    ['pages answered alike (sites)', (r) => (r.households_page_sites_differing === undefined ? '—' : `${show(r.dataset.rows.site - r.households_page_sites_differing, 0)} of ${show(r.dataset.rows.site, 0)}`)],
    ['errors', (r) => show(r.errors, 0)],
    ['bulletins: divisions, all built (s, median)', (r) => (r.bulletin_runs?.length ? `${r.bulletin_runs[0].divisions}, ${show(r.bulletins_all_seconds, 1)}` : '—')],
    ['bulletin_region_pdf_seconds (median)', (r) => withTarget(show(r.bulletin_region_pdf_seconds, 2), targetOf(r, 'bulletin_region_pdf_seconds'))],
    ['bulletin_region_xlsx_seconds (median)', (r) => show(r.bulletin_region_xlsx_seconds, 2)],
    ['bulletin_county_pdf_seconds_max', (r) => withTarget(show(r.bulletin_county_pdf_seconds_max, 2), targetOf(r, 'bulletin_county_pdf_seconds_max'))],
    ['bulletin_worker_peak_rss_mb', (r) => withTarget(show(r.bulletin_worker_peak_rss_mb, 0), targetOf(r, 'bulletin_worker_peak_rss_mb'))],
    ['import: county file (households / persons, MB)', (r) => (r.import_run ? `${show(r.import_run.households, 0)} / ${show(r.import_run.persons, 0)}, ${show(r.import_run.file_mb, 1)} MB` : '—')],
    ['import_validation_seconds', (r) => withTarget(show(r.import_validation_seconds, 1), targetOf(r, 'import_validation_seconds'))],
    ['import_commit_seconds', (r) => withTarget(show(r.import_commit_seconds, 1), targetOf(r, 'import_commit_seconds'))],
    ['import_worker_peak_rss_mb', (r) => withTarget(show(r.import_worker_peak_rss_mb, 0), targetOf(r, 'import_worker_peak_rss_mb'))],
    ['load average (1 min): start … end', (r) => (r.load_averages ? Object.values(r.load_averages).map((l) => show(l[0], 1)).join(' … ') : '—')],
    ['measured', (r) => `${r.machine.date.slice(0, 16).replace('T', ' ')} UTC`],
  ];
  const header = `| figure | ${all.map((r) => r.scale).join(' | ')} |\n|---|${all.map(() => '---').join('|')}|`;
  const body = rows.map(([label, cell]) => `| ${label} | ${all.map(cell).join(' | ')} |`).join('\n');
  const machine = all[0]?.machine;
  const machineLine = machine
    ? `Machine: ${machine.nproc} cores (${machine.cpu}), ${machine.memory_gib} GiB, ${machine.postgres} (shared_buffers ${machine.postgres_settings.shared_buffers}, work_mem ${machine.postgres_settings.work_mem}), Node ${machine.node}.`
    : '';
  const notes = all.flatMap((r) => r.notes.map((n) => `- ${r.scale}: ${n}`)).join('\n');
  const section = [MARK_START, '', machineLine, '', header, body, '', notes, '', MARK_END].join('\n');
  const current = existsSync(benchmarksFile) ? readFileSync(benchmarksFile, 'utf8') : '# Benchmarks\n\n';
  const start = current.indexOf(MARK_START);
  const end = current.indexOf(MARK_END);
  const next = start >= 0 && end > start ? current.slice(0, start) + section + current.slice(end + MARK_END.length) : `${current.trimEnd()}\n\n${section}\n`;
  writeFileSync(benchmarksFile, next);
}
