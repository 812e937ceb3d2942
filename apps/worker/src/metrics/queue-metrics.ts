import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { JobOutbox, JobQueue, QueueName } from '@app/jobs';
import { MailOutbox } from '@app/mail';
import { scrapedGauge } from '@app/operations';

const STATES = ['waiting', 'active', 'delayed', 'prioritized', 'waiting-children', 'failed'] as const;

/**
 * What is waiting, read when Prometheus scrapes: jobs per queue and state (Redis), and the
 * outbox backlog per kind (PostgreSQL: mail not yet delivered, jobs asked for and not yet run).
 * A backlog that grows while queues stay empty means jobs are not reaching Redis.
 */
@Injectable()
export class QueueMetrics implements OnApplicationBootstrap {
  constructor(
    private readonly jobs: JobQueue,
    private readonly jobOutbox: JobOutbox,
    private readonly mailOutbox: MailOutbox,
  ) {}

  onApplicationBootstrap(): void {
    scrapedGauge('queue_jobs', 'Jobs in each BullMQ queue, by state', ['queue', 'state'] as const, async () => {
      const counts = await Promise.all(
        Object.values(QueueName).map(async (queue) => [queue, await this.jobs.withinTimeout(this.jobs.queue(queue).getJobCounts(...STATES))] as const),
      );
      return counts.flatMap(([queue, byState]) => STATES.map((state): [Record<'queue' | 'state', string>, number] => [{ queue, state }, byState[state] ?? 0]));
    });
    scrapedGauge('outbox_backlog', 'Outbox rows not yet done, by kind (mail, or the job asked for)', ['kind'] as const, async () => {
      const [jobs, mail] = await Promise.all([this.jobOutbox.backlog(), this.mailOutbox.pendingCount()]);
      return [[{ kind: 'mail' }, mail], ...Object.entries(jobs).map(([kind, count]): [Record<'kind', string>, number] => [{ kind }, count])];
    });
  }
}
