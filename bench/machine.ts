import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { Client } from 'pg';

export interface Machine {
  nproc: number;
  cpu: string;
  memory_gib: number;
  postgres: string;
  /** Server settings that shape the plans, as they were during the run. */
  postgres_settings: Record<string, string>;
  node: string;
  date: string;
}

const SETTINGS = ['shared_buffers', 'work_mem', 'maintenance_work_mem', 'effective_cache_size', 'max_parallel_workers_per_gather', 'jit', 'random_page_cost'];

export async function describeMachine(db: Client): Promise<Machine> {
  const memKb = Number(/MemTotal:\s+(\d+)/.exec(readFileSync('/proc/meminfo', 'utf8'))?.[1] ?? 0);
  const version = (await db.query<{ v: string }>(`SELECT current_setting('server_version') AS v`)).rows[0].v;
  const settings: Record<string, string> = {};
  for (const name of SETTINGS) settings[name] = (await db.query<{ v: string }>(`SELECT current_setting($1) AS v`, [name])).rows[0].v;
  return {
    nproc: Number(execFileSync('nproc').toString().trim()),
    cpu: cpus()[0]?.model ?? 'unknown',
    memory_gib: Math.round((memKb / 1024 / 1024) * 10) / 10,
    postgres: `PostgreSQL ${version}`,
    postgres_settings: settings,
    node: process.version,
    date: new Date().toISOString(),
  };
}
