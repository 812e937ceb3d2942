import { ExchangeEntry } from './exchanges/exchange-entry.entity';
import { ImportProblem } from './runs/import-problem.entity';
import { ImportRow } from './runs/import-row.entity';
import { ImportRun } from './runs/import-run.entity';

export const IMPORT_ENTITIES = [ImportRun, ImportProblem, ImportRow, ExchangeEntry] as const;
