import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/**
 * An app (the worker, the API) as a separate operating-system process, the way production
 * runs it, with the environment the test gives it: for tests of crashes, signals, logs and of
 * several processes.
 */
export class AppProcess {
  private output = '';

  protected constructor(readonly child: ChildProcess) {
    child.stdout?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
  }

  /** Starts `entry` (e.g. apps/api/src/main.ts) and waits until its output matches `ready`. */
  static async spawn(entry: string, env: Record<string, string | undefined>, ready: RegExp, flags: string[] = []): Promise<AppProcess> {
    const child = spawn(process.execPath, [...flags, '-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', entry], {
      cwd: ROOT,
      env: { ...env, TS_NODE_PROJECT: join(ROOT, 'tsconfig.json') },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group: kill() takes the API's cluster processes down with it, so none is
      // orphaned holding the output pipe open (which would keep jest from exiting).
      detached: true,
    });
    const started = new AppProcess(child);
    try {
      // ts-node compiles the app as it starts: slow on a loaded 2-core machine (minutes when several
      // start at once). The log shows how far it got.
      await started.waitFor(ready, 400_000);
    } catch (error) {
      await started.kill();
      throw error;
    }
    return started;
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  get log(): string {
    return this.output;
  }

  async waitFor(pattern: RegExp, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!pattern.test(this.output)) {
      if (this.child.exitCode !== null) throw new Error(`process exited with ${this.child.exitCode}:\n${this.output}`);
      if (Date.now() > deadline) throw new Error(`process did not print ${pattern} in time:\n${this.output}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** Sends a signal and resolves with the exit code and how long it took to exit. */
  signal(signal: NodeJS.Signals): Promise<{ code: number | null; ms: number }> {
    const started = Date.now();
    return new Promise((resolve) => {
      if (this.child.exitCode !== null) return resolve({ code: this.child.exitCode, ms: 0 });
      this.child.once('exit', (code) => resolve({ code, ms: Date.now() - started }));
      this.child.kill(signal);
    });
  }

  /** Dies at once, mid-job if it has one, with every process it started: no cleanup, no graceful shutdown. */
  kill(): Promise<void> {
    const group = () => {
      try {
        process.kill(-this.pid, 'SIGKILL');
      } catch {
        // the group is gone already
      }
    };
    if (this.child.exitCode !== null || this.child.signalCode !== null) {
      group();
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      this.child.once('exit', () => resolve());
      group();
    });
  }
}

/** A worker process sharing the environment the API harness set up (process.env) unless told otherwise. */
export class WorkerProcess extends AppProcess {
  static async start(env: Record<string, string> = {}): Promise<WorkerProcess> {
    // Readiness is read from the log, so the harness's silent level must not reach the worker.
    return AppProcess.spawn('apps/worker/src/main.ts', { ...process.env, LOG_LEVEL: 'info', ...env }, /Worker ready/);
  }

  /** Several workers started together; if one fails to start, the others are stopped, not left behind. */
  static async startMany(count: number, env: Record<string, string> = {}): Promise<WorkerProcess[]> {
    const started = await Promise.allSettled(Array.from({ length: count }, () => WorkerProcess.start(env)));
    const failed = started.find((result): result is PromiseRejectedResult => result.status === 'rejected');
    const workers = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
    if (failed) {
      await Promise.all(workers.map((worker) => worker.kill()));
      throw failed.reason;
    }
    return workers;
  }
}
