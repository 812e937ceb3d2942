import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, EntitySubscriberInterface, QueryRunner, TransactionCommitEvent, TransactionRollbackEvent } from 'typeorm';
import { JobName, JobQueue } from '@app/jobs';

/**
 * Hands outbox rows to the mail queue once the transaction that wrote them has committed:
 * not before (the worker could not see them yet), and not at all after a rollback. Redis
 * being away at that moment loses nothing — the periodic sweep finds every pending row.
 */
@Injectable()
export class OutboxDispatch implements EntitySubscriberInterface {
  private readonly logger = new Logger(OutboxDispatch.name);
  private readonly waitingForCommit = new WeakMap<QueryRunner, string[]>();

  constructor(
    @InjectDataSource() dataSource: DataSource,
    private readonly jobs: JobQueue,
  ) {
    dataSource.subscribers.push(this);
  }

  /** Queues the rows after the manager's transaction commits (at once when there is none). */
  afterCommit(manager: EntityManager, outboxIds: string[]): void {
    const runner = manager.queryRunner;
    if (!runner?.isTransactionActive) {
      this.enqueueInBackground(outboxIds);
      return;
    }
    this.waitingForCommit.set(runner, [...(this.waitingForCommit.get(runner) ?? []), ...outboxIds]);
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    // Still active: only a savepoint was released; the outer transaction may yet roll back.
    if (event.queryRunner.isTransactionActive) return;
    const ids = this.waitingForCommit.get(event.queryRunner);
    this.waitingForCommit.delete(event.queryRunner);
    if (ids) this.enqueueInBackground(ids);
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    // A savepoint rollback keeps the ids: a row it undid is simply not found when its job runs.
    if (!event.queryRunner.isTransactionActive) this.waitingForCommit.delete(event.queryRunner);
  }

  /** One delivery job per row, keyed by the row, so queueing a row twice runs it once. */
  async enqueue(outboxIds: readonly string[]): Promise<void> {
    if (outboxIds.length === 0) return;
    await this.jobs.enqueueMany(
      JobName.DELIVER_MAIL,
      outboxIds.map((outboxId) => ({ data: { outboxId }, jobId: outboxId })),
    );
  }

  // The write has committed and its caller is waiting for the answer: never hold it up on Redis.
  private enqueueInBackground(outboxIds: string[]): void {
    this.enqueue(outboxIds).catch((error: unknown) =>
      this.logger.warn(`Could not queue ${outboxIds.length} outbox mail(s) now (${String(error)}); the outbox sweep will deliver them`),
    );
  }
}
