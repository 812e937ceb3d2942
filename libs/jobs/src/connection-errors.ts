import { Logger } from '@nestjs/common';

const QUIET_MS = 10_000;

/**
 * A listener for the 'error' events BullMQ queues, workers and flow producers emit while Redis
 * is away (once per reconnection attempt): one log line per connection every ten seconds,
 * instead of BullMQ's raw console.error for each attempt.
 */
export function logConnectionErrors(logger: Logger, what: string): (error: Error) => void {
  let last = 0;
  let missed = 0;
  return (error: Error) => {
    const now = Date.now();
    if (now - last < QUIET_MS) {
      missed += 1;
      return;
    }
    logger.warn(`${what}: ${error.message}${missed > 0 ? ` (and ${missed} more since)` : ''}`);
    last = now;
    missed = 0;
  };
}
