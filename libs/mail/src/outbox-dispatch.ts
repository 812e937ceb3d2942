import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AfterCommit, JobName, JobQueue, QueueName } from '@app/jobs';

/**
 * Hands outbox rows to the mail queue once the transaction that wrote them has committed.
 * Redis being away at that moment loses nothing — the periodic sweep finds every pending row.
 */
@Injectable()
export class OutboxDispatch {
  private readonly logger = new Logger(OutboxDispatch.name);

  constructor(
    private readonly afterCommit: AfterCommit,
    private readonly jobs: JobQueue,
  ) {}

  /** Queues the rows after the manager's transaction commits (at once when there is none). */
  queueAfterCommit(manager: EntityManager, outboxIds: string[]): void {
    if (outboxIds.length > 0) this.afterCommit.run(manager, () => this.enqueueInBackground(outboxIds));
  }

  /** One delivery job per row, keyed by the row, so queueing a row twice runs it once. */
  async enqueue(outboxIds: readonly string[]): Promise<void> {
    if (outboxIds.length === 0) return;
    await this.jobs.enqueueMany(
      JobName.DELIVER_MAIL,
      outboxIds.map((outboxId) => ({ data: { outboxId }, jobId: outboxId })),
    );
  }

  /** Delivery jobs waiting out a retry delay run now instead; returns how many. */
  async retryWaitingNow(): Promise<number> {
    const queue = this.jobs.queue(QueueName.MAIL);
    const delayed = (await this.jobs.withinTimeout(queue.getDelayed())).filter((job) => job.name === JobName.DELIVER_MAIL);
    // One may have started or been promoted by another worker meanwhile: that is what we wanted anyway.
    await Promise.all(delayed.map((job) => job.promote().catch(() => undefined)));
    return delayed.length;
  }

  // The write has committed and its caller is waiting for the answer: never hold it up on Redis.
  private enqueueInBackground(outboxIds: string[]): void {
    this.enqueue(outboxIds).catch((error: unknown) =>
      this.logger.warn(`Could not queue ${outboxIds.length} outbox mail(s) now (${String(error)}); the outbox sweep will deliver them`),
    );
  }
}
