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

/** Clock ticks the machine's CPUs spent busy and in all since boot (/proc/stat). */
function cpuTicks(): { busy: number; total: number } {
  const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
  const [user, nice, system, idle, iowait, irq, softirq, steal] = fields.map(Number);
  const busy = user + nice + system + irq + softirq + steal;
  return { busy, total: busy + idle + iowait };
}

/**
 * Waits until the machine has been nearly idle (under `threshold` of its CPU time busy) for a
 * whole second, at most `maxSeconds`, and returns the seconds waited. A latency measured while the
 * step before it is still winding down (the worker after the last bulletin, its collector, the
 * database writing behind) measures that step: with the live region asked straight after the
 * bulletins, both API processes answered two requests in 40–60 ms at the same moment, as none
 * did on an idle machine.
 */
export async function waitForQuiet(threshold = 0.2, maxSeconds = 30): Promise<number> {
  const started = Date.now();
  let before = cpuTicks();
  while (Date.now() - started < maxSeconds * 1000) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const now = cpuTicks();
    const busy = (now.busy - before.busy) / Math.max(1, now.total - before.total);
    before = now;
    if (busy < threshold) break;
  }
  return (Date.now() - started) / 1000;
}
