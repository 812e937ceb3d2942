import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/** The transaction open in the current async context, shared by every AuditedTransaction. */
const ambient = new AsyncLocalStorage<EntityManager>();

/**
 * Runs a write in one transaction that names its actor, so the history triggers can record
 * who made each change (ARCHITECTURE decisions 2 and 5).
 *
 * A write started inside another one joins it instead of opening a second transaction: a
 * feature can call another lib's validated, audited write (e.g. a spot check applying its
 * corrections through HouseholdService.update) and have both commit or roll back together.
 */
@Injectable()
export class AuditedTransaction {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * `via` is the provenance of what the write records when it is not a manual edit (a department
   * roster and its date): history keeps it with each version. Writes joining this one keep it.
   */
  async run<T>(actor: string, work: (manager: EntityManager) => Promise<T>, via?: string): Promise<T> {
    const outer = ambient.getStore();
    if (outer) {
      await outer.query(`SELECT set_config('app.actor', $1, true)`, [actor]);
      return work(outer);
    }
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT set_config('app.actor', $1, true), set_config('app.via', $2, true)`, [actor, via ?? '']);
      return ambient.run(manager, () => work(manager));
    });
  }
}

/** Whether a database error is a unique violation, optionally of one named constraint. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const driverError = (error as { driverError?: { code?: string; constraint?: string } }).driverError ?? (error as { code?: string; constraint?: string });
  return driverError?.code === '23505' && (!constraint || driverError.constraint === constraint);
}
