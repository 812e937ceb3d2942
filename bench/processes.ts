import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { API_NODE_FLAGS } from '../apps/api/src/node-flags';
import { WORKER_NODE_FLAGS } from '../apps/worker/src/node-flags';

const DIST = join(__dirname, '..', 'dist', 'apps');

export interface AppSettings {
  databaseUrl: string;
  redisUrl: string;
  queuePrefix: string;
  dataDir: string;
  /** API processes sharing the port (API_PROCESSES). */
  apiProcesses: number;
  logDir: string;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Resident-set figures of a process, in MB, from /proc (VmHWM is its peak since start). */
export function memoryOf(pid: number): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}

/**
 * A process's largest resident set from now on, sampled every 100 ms (and its kernel peak at the
 * end). `peakMb()` throws once the process has gone, so a measurement whose worker died fails with
 * that reason instead of a stray read of /proc from a timer, which left the bench's API running.
 */
export function samplePeakMemory(pid: number): { peakMb: () => number; stop: () => void } {
  resetPeakMemory(pid);
  let peak = memoryOf(pid).rssMb;
  let gone = false;
  const read = () => {
    try {
      peak = Math.max(peak, memoryOf(pid).rssMb, memoryOf(pid).peakMb);
    } catch {
      gone = true;
    }
  };
  const timer = setInterval(read, 100);
  return {
    peakMb: () => {
      read();
      if (gone) throw new Error(`the worker (pid ${pid}) exited while it was measured: see bench/logs/worker.log`);
      return peak;
    },
    stop: () => clearInterval(timer),
  };
}

/**
 * Starts a process's peak (VmHWM) afresh, so a measurement reports its own peak rather than one
 * of the work before it (Linux: writing 5 to clear_refs).
 */
export function resetPeakMemory(pid: number): void {
  writeFileSync(`/proc/${pid}/clear_refs`, '5');
}

function launch(name: 'api' | 'worker', env: NodeJS.ProcessEnv, logDir: string, flags: readonly string[]): ChildProcess {
  const main = join(DIST, name, 'src', 'main.js');
  if (!existsSync(main)) throw new Error(`${main} is missing: run \`npm run build\` first`);
  const child = spawn(process.execPath, [...flags, main], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const log = createWriteStream(join(logDir, `${name}.log`));
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  return child;
}

export async function waitFor(what: string, ready: () => Promise<boolean>, child: ChildProcess, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} exited with code ${child.exitCode} before it was ready (see its log)`);
    if (await ready().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what} was not ready within ${timeoutMs / 1000} s`);
}

/**
 * The built API and worker as two child processes, as a deployment runs them: the worker's
 * memory can be watched on its own, and the load generator does not share the API's event loop.
 */
export class RunningApps {
  private constructor(
    readonly api: ChildProcess,
    readonly worker: ChildProcess,
    readonly url: string,
  ) {}

  static async start(settings: AppSettings): Promise<RunningApps> {
    const port = await freePort();
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      DATABASE_URL: settings.databaseUrl,
      REDIS_URL: settings.redisUrl,
      QUEUE_PREFIX: settings.queuePrefix,
      PORT: String(port),
      // Ports of their own, like PORT: a quick start or another checkout's bench may hold the defaults.
      METRICS_PORT: String(await freePort()),
      WORKER_METRICS_PORT: String(await freePort()),
      WORKER_HEALTH_PORT: String(await freePort()),
      DATA_DIR: settings.dataDir,
      JWT_SECRET: 'benchmark-only-secret-0123456789',
      DEMO_DATA: 'false',
      API_PROCESSES: String(settings.apiProcesses),
    };
    const api = launch('api', env, settings.logDir, API_NODE_FLAGS);
    // BENCH_WORKER_NODE_OPTIONS: V8 flags for the worker alone, after (so overriding) its own, to see how its memory answers to them.
    const workerOverrides = (process.env.BENCH_WORKER_NODE_OPTIONS ?? '').split(/\s+/).filter(Boolean);
    const worker = launch('worker', env, settings.logDir, [...WORKER_NODE_FLAGS, ...workerOverrides]);
    const apps = new RunningApps(api, worker, `http://127.0.0.1:${port}`);
    try {
      let workerReady = false;
      worker.stdout?.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('Worker ready')) workerReady = true;
      });
      await waitFor('the API', async () => (await fetch(`${apps.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' })).ok, api);
      await waitFor('the worker', async () => workerReady, worker);
    } catch (error) {
      await apps.stop();
      throw error;
    }
    return apps;
  }

  async stop(): Promise<void> {
    await Promise.all(
      [this.api, this.worker].map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            const force = setTimeout(() => child.kill('SIGKILL'), 15_000);
            child.once('exit', () => {
              clearTimeout(force);
              resolve();
            });
            child.kill('SIGTERM');
          }),
      ),
    );
  }
}
