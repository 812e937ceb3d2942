import { ChildProcess } from 'node:child_process';

export interface SupervisedChild {
  name: string;
  /** Starts (or restarts) the child process. */
  start: () => ChildProcess;
}

export interface SupervisorOptions {
  log: (line: string) => void;
  /** First restart delay; doubled after each crash that came soon after a start, up to maxBackoffMs. */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** A child that ran this long before crashing is restarted after the first delay again. */
  stableAfterMs?: number;
  /** How long children may take to stop after SIGTERM before they are killed. */
  stopTimeoutMs?: number;
}

/**
 * Keeps the quick start's children running: a child that crashes is started again after a
 * delay that grows while it keeps crashing (logged, with the exit status), and SIGTERM or
 * SIGINT to the quick start is passed on to every child; once all have stopped, `stop` cleans
 * up and the promise resolves with 0 — a clean stop is a success, whatever signal asked for it.
 */
export class Supervisor {
  private readonly running = new Map<string, ChildProcess>();
  private readonly restarts = new Map<string, NodeJS.Timeout>();
  private stopping = false;
  private readonly backoff = new Map<string, number>();
  private readonly options: Required<SupervisorOptions>;

  constructor(
    private readonly children: SupervisedChild[],
    options: SupervisorOptions,
  ) {
    this.options = { backoffMs: 1000, maxBackoffMs: 30_000, stableAfterMs: 60_000, stopTimeoutMs: 30_000, ...options };
  }

  /** Starts every child; resolves with the exit code the quick start should end with. */
  run(signals: NodeJS.Signals[] = ['SIGTERM', 'SIGINT']): Promise<number> {
    return new Promise((resolve) => {
      for (const signal of signals) process.once(signal, () => void this.stop(signal).then(resolve));
      for (const child of this.children) this.launch(child);
    });
  }

  private launch(child: SupervisedChild): void {
    const started = Date.now();
    const process = child.start();
    this.running.set(child.name, process);
    process.once('exit', (code, signal) => {
      this.running.delete(child.name);
      if (this.stopping) return;
      const ranFor = Date.now() - started;
      const previous = this.backoff.get(child.name);
      const delay = previous === undefined || ranFor >= this.options.stableAfterMs ? this.options.backoffMs : Math.min(previous * 2, this.options.maxBackoffMs);
      this.backoff.set(child.name, delay);
      this.options.log(`${child.name} exited (${signal ?? `code ${code}`}) after ${Math.round(ranFor / 1000)} s; restarting in ${delay} ms`);
      this.restarts.set(
        child.name,
        setTimeout(() => {
          this.restarts.delete(child.name);
          if (!this.stopping) this.launch(child);
        }, delay),
      );
    });
  }

  /** Passes the signal on as SIGTERM and waits for every child to stop (killing stragglers at the deadline). */
  async stop(signal: NodeJS.Signals): Promise<number> {
    if (this.stopping) return 0;
    this.stopping = true;
    for (const timer of this.restarts.values()) clearTimeout(timer);
    this.options.log(`${signal}: stopping ${[...this.running.keys()].join(' and ') || 'nothing'}`);
    await Promise.all(
      [...this.running.entries()].map(
        ([name, child]) =>
          new Promise<void>((resolve) => {
            const kill = setTimeout(() => {
              this.options.log(`${name} did not stop within ${this.options.stopTimeoutMs} ms: killing it`);
              child.kill('SIGKILL');
            }, this.options.stopTimeoutMs);
            child.once('exit', (code, exitSignal) => {
              clearTimeout(kill);
              this.options.log(`${name} stopped (${exitSignal ?? `code ${code}`})`);
              resolve();
            });
            child.kill('SIGTERM');
          }),
      ),
    );
    return 0;
  }
}
