import { INestApplicationContext, LoggerService } from '@nestjs/common';
import { ShutdownState } from './shutdown-state';

export interface ShutdownOptions {
  /** How long in-flight requests and the current job step may take (SHUTDOWN_TIMEOUT_MS). */
  timeoutMs: number;
  logger: LoggerService;
  /** Called just before exiting, e.g. to flush a log destination. */
  beforeExit?: () => void;
}

/** Extra time, past the deadline, for closing what is left (pools, sockets) before exiting regardless. */
const CLOSING_MARGIN_MS = 2000;

/**
 * SIGTERM or SIGINT: report not ready, stop taking work, let in-flight requests and the current
 * job step finish, close queues, pools and servers (Nest's shutdown hooks), and exit 0. Should
 * something hang — Redis or PostgreSQL down, a request that does not end — the process exits 0
 * at the deadline all the same: whatever was cut off is retried (a job by another worker, a
 * request by its client, which got no answer). Nest's own enableShutdownHooks would re-raise
 * the signal after closing, so the exit status would be 143.
 */
export function stopOnSignals(app: INestApplicationContext, { timeoutMs, logger, beforeExit }: ShutdownOptions): void {
  let stopping = false;
  const exit = (code: number) => {
    beforeExit?.();
    process.exit(code);
  };
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    const started = Date.now();
    app.get(ShutdownState, { strict: false }).stopping = true;
    logger.log(`${signal} received: finishing in-flight work (at most ${timeoutMs} ms), then stopping`, 'Shutdown');
    setTimeout(() => {
      logger.warn(`Still stopping after ${Date.now() - started} ms: exiting now; unfinished work is retried elsewhere`, 'Shutdown');
      exit(0);
    }, timeoutMs + CLOSING_MARGIN_MS);
    app.close().then(
      () => {
        logger.log(`Stopped cleanly in ${Date.now() - started} ms`, 'Shutdown');
        exit(0);
      },
      (error: unknown) => {
        logger.error(`Error while stopping: ${String(error)}`, 'Shutdown');
        exit(0);
      },
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
