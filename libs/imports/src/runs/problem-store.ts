import { EntityManager } from 'typeorm';
import type { Problem } from '../validation/import-problem';
import { ImportProblem } from './import-problem.entity';

/** Stored problems per run: enough to fix a file; past it one more says how many were left out. */
const MAX_STORED_PROBLEMS = 5000;
export const INSERT_BATCH = 1000;

/** Records a run's problems (of an import or an exchange) in batches, capped. */
export async function insertProblems(manager: EntityManager, runId: string, problems: readonly Problem[]): Promise<void> {
  const kept = problems.slice(0, MAX_STORED_PROBLEMS);
  if (problems.length > kept.length) {
    kept.push({ sheet: null, row: null, column: null, value: null, reason: `另有 ${problems.length - kept.length} 个问题未列出：请先修改以上问题后重新上传` });
  }
  for (let at = 0; at < kept.length; at += INSERT_BATCH) {
    await manager.insert(ImportProblem, kept.slice(at, at + INSERT_BATCH).map((problem) => ({ ...problem, runId })));
  }
}
