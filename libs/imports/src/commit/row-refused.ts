import { EntityManager } from 'typeorm';
import { badInput, DomainError } from '@app/common';
import { AuditedTransaction } from '@app/db';
import { ImportProblem } from '../runs/import-problem.entity';
import { ImportRun, ImportStatus } from '../runs/import-run.entity';

/** A registry write of one row refused at commit time (of an import or an exchange), with where the row is. */
export class RowRefused extends Error {
  constructor(
    readonly sheet: string,
    readonly row: number,
    override readonly cause: DomainError,
  ) {
    super(cause.message);
  }

  /** Runs a row's write, turning the registry's refusal into one that says which row it was. */
  static async of<T>(origin: { sheet: string; row: number }, write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      throw error instanceof DomainError ? new RowRefused(origin.sheet, origin.row, error) : error;
    }
  }
}

/**
 * After the rolled-back transaction of a refused commit: the run stays FAILED, with why, and the
 * caller is told which row it was and that nothing was written.
 */
export async function refuseCommit(tx: AuditedTransaction, id: string, refusal: RowRefused): Promise<DomainError> {
  await tx.run('import', async (manager) => {
    const reasons = (refusal.cause.fields ?? []).map((f) => f.reason).join('；') || refusal.cause.message;
    await manager.insert(ImportProblem, { runId: id, sheet: refusal.sheet, row: refusal.row, column: null, value: null, reason: `提交时被拒绝，未写入任何数据：${reasons}` });
    await manager.update(ImportRun, { id }, { status: ImportStatus.FAILED });
  });
  const reasons = (refusal.cause.fields ?? []).map((f) => `${f.field} ${f.reason}`).join('; ') || refusal.cause.message;
  return badInput([{ field: 'id', reason: `row ${refusal.row} of sheet ${refusal.sheet} was refused (${reasons}); nothing was written` }]);
}

/** Locks a run for its commit; only a VALIDATED one may be committed. */
export async function lockValidated(manager: EntityManager, id: string): Promise<ImportRun> {
  const locked = await manager.getRepository(ImportRun).createQueryBuilder('run').where('run.id = :id', { id }).setLock('pessimistic_write').getOneOrFail();
  if (locked.status !== ImportStatus.VALIDATED) {
    throw badInput([{ field: 'id', reason: `the run is ${locked.status}: only a VALIDATED one can be committed` }], 409);
  }
  return locked;
}
