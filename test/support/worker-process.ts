import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/**
 * A worker as a separate operating-system process (the way production runs it), sharing the
 * environment the API harness set up: for tests of crashes and of several workers.
 */
export class WorkerProcess {
  private output = '';

  private constructor(readonly child: ChildProcess) {
    child.stdout?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
  }

  static async start(env: Record<string, string> = {}): Promise<WorkerProcess> {
    const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'apps/worker/src/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, ...env, TS_NODE_PROJECT: join(ROOT, 'tsconfig.json') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const worker = new WorkerProcess(child);
    try {
      // ts-node compiles the worker as it starts: slow on a loaded 2-core machine. The log shows how far it got.
      await worker.waitFor(/Worker ready/, 120_000);
    } catch (error) {
      await worker.kill();
      throw error;
    }
    return worker;
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

  get pid(): number {
    return this.child.pid ?? -1;
  }

  get log(): string {
    return this.output;
  }

  async waitFor(pattern: RegExp, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!pattern.test(this.output)) {
      if (this.child.exitCode !== null) throw new Error(`worker exited with ${this.child.exitCode}:\n${this.output}`);
      if (Date.now() > deadline) throw new Error(`worker did not print ${pattern} in time:\n${this.output}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** Dies at once, mid-job if it has one: no cleanup, no graceful shutdown. */
  kill(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
      this.child.once('exit', () => resolve());
      this.child.kill('SIGKILL');
    });
  }
}
