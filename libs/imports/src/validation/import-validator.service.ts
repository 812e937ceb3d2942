import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '@app/common';
import { Role, Viewer } from '@app/access';
import { EvidenceStorage } from '@app/evidence';
import { ExchangeMatcher } from '../exchanges/exchange-matcher.service';
import { readDataRows } from '../reading/data-rows';
import type { ImportFormat } from '../reading/sheet-reader';
import { insertProblems } from '../runs/problem-store';
import { ImportProblem } from '../runs/import-problem.entity';
import { ImportRow } from '../runs/import-row.entity';
import { HOUSEHOLDS_KIND, ImportRun, ImportStatus } from '../runs/import-run.entity';
import { ImportRowStore, resolveRows } from './import-row-store';
import { ImportSession } from './import-session';
import { Problem } from './import-problem';
import { registryLookups } from './registry-lookups';
import { layoutOf, SheetLayout } from './sheet-layout';

/** Progress is written this often, so a client polling importRun sees the run move. */
const PROGRESS_EVERY_ROWS = 1000;

/**
 * The worker's half of an import: reads the stored file as a stream, judges every row
 * (ImportSession), and records the outcome (a roster exchange's run goes to ExchangeMatcher) — the problems, or the validated rows waiting for
 * commitImport. A retried job starts over and replaces what an earlier attempt recorded.
 */
@Injectable()
export class ImportValidator {
  private readonly logger = new Logger(ImportValidator.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: EvidenceStorage,
    private readonly config: AppConfig,
    private readonly exchanges: ExchangeMatcher,
  ) {}

  async validate(runId: string): Promise<void> {
    const runs = this.dataSource.getRepository(ImportRun);
    const run = await runs.findOneBy({ id: runId });
    if (!run || (run.status !== ImportStatus.QUEUED && run.status !== ImportStatus.VALIDATING)) return;
    if (run.kind !== HOUSEHOLDS_KIND) return this.exchanges.match(run);
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(ImportProblem, { runId });
      await manager.delete(ImportRow, { runId });
      await manager.update(ImportRun, { id: runId }, { status: ImportStatus.VALIDATING, rowsTotal: 0, rowsDone: 0, rowsValid: 0 });
    });
    const viewer = new Viewer(run.importerId, run.importedBy, run.importerRole as Role, run.importerJurisdiction);
    const rows = new ImportRowStore(this.dataSource, runId);
    const session = new ImportSession(rows);
    const fileProblems = await this.read(run, session);
    await rows.flush();
    const outcome = await session.finish(registryLookups(this.dataSource, viewer));
    const problems = [...fileProblems, ...outcome.problems];
    if (session.rowsRead === 0 && problems.length === 0) {
      problems.push({ sheet: null, row: null, column: null, value: null, reason: '没有找到可导入的数据：请使用模板的“搬迁户”“搬迁人口”表，表头须与模板一致' });
    }
    await this.dataSource.transaction(async (manager) => {
      await insertProblems(manager, runId, problems);
      if (problems.length === 0) await resolveRows(manager, runId, outcome.resolutions);
      else await manager.delete(ImportRow, { runId });
      await manager.update(ImportRun, { id: runId }, {
        status: problems.length === 0 ? ImportStatus.VALIDATED : ImportStatus.FAILED,
        rowsTotal: session.rowsRead,
        rowsDone: session.rowsRead,
        rowsValid: outcome.rowsValid,
        ...outcome.preview,
        validatedAt: new Date(),
      });
    });
    this.logger.log(`import ${runId}: ${session.rowsRead} rows, ${problems.length} problems`);
  }

  /** Streams every sheet into the session; what makes the file unreadable is a problem of the file. */
  private async read(run: ImportRun, session: ImportSession): Promise<Problem[]> {
    return readDataRows(await this.storage.open(run.storageKey), run.format as ImportFormat, {
      maxRows: this.config.IMPORT_MAX_ROWS,
      recognise: layoutOf,
      take: async (sheet, row, layout: SheetLayout) => {
        await session.addRow(sheet, row.number, row.cells, layout);
        if (session.rowsRead % PROGRESS_EVERY_ROWS === 0) await this.dataSource.getRepository(ImportRun).update({ id: run.id }, { rowsDone: session.rowsRead, rowsTotal: session.rowsRead });
      },
    });
  }
}
