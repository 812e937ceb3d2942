import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { JobQueue } from './job-queue.service';

/**
 * Closing a queue politely waits for Redis to acknowledge; with Redis down that never happens
 * and the process could not stop. So on shutdown an unreachable Redis is simply let go.
 */
@Injectable()
export class QueueShutdown implements BeforeApplicationShutdown {
  private readonly logger = new Logger(QueueShutdown.name);

  constructor(private readonly jobs: JobQueue) {}

  async beforeApplicationShutdown(): Promise<void> {
    if (await this.jobs.reachable()) return;
    this.logger.warn('Redis is not answering: dropping its connections instead of closing them');
    await this.jobs.disconnect();
  }
}
