import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/**
 * Runs a write in one transaction that names its actor, so the history triggers can record
 * who made each change (ARCHITECTURE decisions 2 and 5).
 */
@Injectable()
export class AuditedTransaction {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  run<T>(actor: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT set_config('app.actor', $1, true)`, [actor]);
      return work(manager);
    });
  }
}

/** Whether a database error is a unique violation, optionally of one named constraint. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const driverError = (error as { driverError?: { code?: string; constraint?: string } }).driverError ?? (error as { code?: string; constraint?: string });
  return driverError?.code === '23505' && (!constraint || driverError.constraint === constraint);
}
