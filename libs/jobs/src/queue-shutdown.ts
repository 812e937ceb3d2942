import { BeforeApplicationShutdown, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { logConnectionErrors } from './connection-errors';
import { QueueName } from './job-catalog';
import { JobQueue } from './job-queue.service';

/** How long a stopping process asks Redis whether it is there: stopping must not wait on it. */
export const SHUTDOWN_PROBE_MS = 500;

/**
 * The queues' connections over their life: Redis going away is logged (throttled), and on
 * shutdown an unreachable Redis is let go — closing a queue politely waits for Redis to
 * acknowledge, which with Redis down never happens, so the process could not stop.
 */
@Injectable()
export class QueueShutdown implements OnModuleInit, BeforeApplicationShutdown {
  private readonly logger = new Logger('Redis');

  constructor(private readonly jobs: JobQueue) {}

  onModuleInit(): void {
    for (const name of Object.values(QueueName)) this.jobs.queue(name).on('error', logConnectionErrors(this.logger, `queue ${name}`));
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (await this.jobs.reachable(SHUTDOWN_PROBE_MS)) return;
    this.logger.warn('Redis is not answering: dropping its connections instead of closing them');
    await this.jobs.disconnect();
  }
}
