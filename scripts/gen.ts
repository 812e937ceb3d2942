/**
 * `npm run gen -- --scale <demo|guangxi|national> --seed N [--database-url URL] [--today YYYY-MM-DD]`
 *
 * Builds a reproducible benchmark dataset (SPEC §11): by default into a fresh database
 * `relocation_bench_<scale>` on the local server (dropped and re-created), migrated, then
 * loaded by COPY. Prints the row counts and generate_seconds, and writes them to
 * bench/gen-<scale>.json, where the benchmark picks them up.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { runMigrations } from '@app/db';
import { todayInShanghai } from '@app/common';
import { generateScaleDataset, SCALE_NAMES, ScaleName } from '@app/demo';
import { DEFAULT_SERVER_URL, databaseUrlOn, parseArgs } from '../bench/cli-args';

async function ensureDatabase(url: string, fresh: boolean): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unexpected database name '${name}'`);
  const admin = new Client({ connectionString: databaseUrlOn(url, 'postgres') });
  await admin.connect();
  try {
    if (fresh) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    const { rows } = await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name]);
    if (rows.length === 0) await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), ['scale', 'seed', 'database-url', 'today']);
  const scale = args.scale as ScaleName;
  if (!SCALE_NAMES.includes(scale)) throw new Error(`--scale must be one of ${SCALE_NAMES.join(', ')}`);
  const seed = Number(args.seed ?? 1);
  if (!Number.isInteger(seed)) throw new Error('--seed must be an integer');
  const today = args.today ?? todayInShanghai();
  const url = args['database-url'] ?? databaseUrlOn(DEFAULT_SERVER_URL, `relocation_bench_${scale}`);

  const started = Date.now();
  const log = (line: string) => console.log(`[gen ${((Date.now() - started) / 1000).toFixed(0).padStart(5)} s] ${line}`);
  // The default database is ours to replace; a given one must be empty (checked before loading).
  await ensureDatabase(url, args['database-url'] === undefined);
  const applied = await runMigrations(url);
  log(`migrated ${new URL(url).pathname.slice(1)} (${applied.length} migrations)`);
  const summary = await generateScaleDataset(url, { scale, seed, today, log });
  const generateSeconds = Math.round((Date.now() - started) / 100) / 10;

  const result = { ...summary, database: new URL(url).pathname.slice(1), generate_seconds: generateSeconds, finished_at: new Date().toISOString() };
  const dir = join(__dirname, '..', 'bench');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `gen-${scale}.json`), JSON.stringify(result, null, 2) + '\n');
  for (const [table, count] of Object.entries(summary.rows)) console.log(`${table.padEnd(20)} ${String(count).padStart(12)}`);
  console.log(`redline crossings ${summary.redline_crossings} (+${summary.corrected_crossings} corrected), violations written: ${summary.redline_violations ?? 'n/a (no redline tables yet)'}`);
  console.log(`generate_seconds ${generateSeconds}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
