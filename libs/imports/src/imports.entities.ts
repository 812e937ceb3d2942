import { ImportProblem } from './runs/import-problem.entity';
import { ImportRow } from './runs/import-row.entity';
import { ImportRun } from './runs/import-run.entity';

export const IMPORT_ENTITIES = [ImportRun, ImportProblem, ImportRow] as const;
