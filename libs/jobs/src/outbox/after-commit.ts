import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, EntitySubscriberInterface, QueryRunner, TransactionCommitEvent, TransactionRollbackEvent } from 'typeorm';

/**
 * Runs work once the transaction of a manager has committed: not before (a worker could not
 * see its rows yet), and not at all after a rollback. The outboxes hand their rows to Redis
 * this way, so a job never names a row that does not exist.
 */
@Injectable()
export class AfterCommit implements EntitySubscriberInterface {
  private readonly waiting = new WeakMap<QueryRunner, Array<() => void>>();

  constructor(@InjectDataSource() dataSource: DataSource) {
    dataSource.subscribers.push(this);
  }

  /** `work` runs after the manager's transaction commits, or at once when there is none. */
  run(manager: EntityManager, work: () => void): void {
    const runner = manager.queryRunner;
    if (!runner?.isTransactionActive) {
      work();
      return;
    }
    this.waiting.set(runner, [...(this.waiting.get(runner) ?? []), work]);
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    // Still active: only a savepoint was released; the outer transaction may yet roll back.
    if (event.queryRunner.isTransactionActive) return;
    const work = this.waiting.get(event.queryRunner);
    this.waiting.delete(event.queryRunner);
    for (const item of work ?? []) item();
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    // A savepoint rollback keeps the work: a row it undid is simply not found when its job runs.
    if (!event.queryRunner.isTransactionActive) this.waiting.delete(event.queryRunner);
  }
}
