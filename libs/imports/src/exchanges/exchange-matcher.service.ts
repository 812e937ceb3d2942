import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '@app/common';
import { Role, Viewer } from '@app/access';
import { EvidenceStorage } from '@app/evidence';
import { readDataRows } from '../reading/data-rows';
import type { ImportFormat } from '../reading/sheet-reader';
import { ImportProblem } from '../runs/import-problem.entity';
import { ImportRun, ImportStatus } from '../runs/import-run.entity';
import { INSERT_BATCH, insertProblems } from '../runs/problem-store';
import { ExchangeEntry, ExchangeOutcome } from './exchange-entry.entity';
import { judge } from './exchange-judgement';
import { matchPersons } from './person-matches';
import { rosterColumnsOf, RosterKind } from './roster-kind';
import { RosterReading, rosterRecogniser } from './roster-reading';

/**
 * The worker's half of an exchange (job validate-import on a roster run): reads the roster as a
 * stream, checks every row, matches the rows to active persons in the exchanger's jurisdiction
 * and records the preview — one entry per row, matched, unmatched, conflicting or unchanged —
 * or the problems that keep the roster from being exchanged. A retried job starts over.
 */
@Injectable()
export class ExchangeMatcher {
  private readonly logger = new Logger(ExchangeMatcher.name);

  constructor(
    private readonly storage: EvidenceStorage,
    private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async match(run: ImportRun): Promise<void> {
    const kind = run.kind as RosterKind;
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(ImportProblem, { runId: run.id });
      await manager.delete(ExchangeEntry, { runId: run.id });
      await manager.update(ImportRun, { id: run.id }, { status: ImportStatus.VALIDATING, rowsTotal: 0, rowsDone: 0, rowsValid: 0 });
    });
    const reading = new RosterReading(kind);
    let rowsRead = 0;
    const problems = await readDataRows(await this.storage.open(run.storageKey), run.format as ImportFormat, {
      maxRows: this.config.IMPORT_MAX_ROWS,
      recognise: rosterRecogniser(kind),
      take: (sheet, row, layout) => ((rowsRead += 1), reading.take(sheet, row, layout)),
    });
    problems.push(...reading.problems);
    if (rowsRead === 0 && problems.length === 0) problems.push({ sheet: null, row: null, column: null, value: null, reason: '名单中没有数据行' });

    const viewer = new Viewer(run.importerId, run.importedBy, run.importerRole as Role, run.importerJurisdiction);
    const matches = problems.length ? new Map() : await matchPersons(this.dataSource, viewer, reading.rows.map((row) => row.idNumber), rosterColumnsOf(kind));
    const entries = problems.length ? [] : reading.rows.map((row, seq) => ({ seq, sheet: row.sheet, row: row.row, id_number: row.idNumber, name: row.name, person_id: matches.get(row.idNumber)?.id ?? null, person_version: matches.get(row.idNumber)?.version ?? null, ...judge(row, matches.get(row.idNumber), run.asOf as string) }));

    await this.dataSource.transaction(async (manager) => {
      await insertProblems(manager, run.id, problems);
      for (let at = 0; at < entries.length; at += INSERT_BATCH) {
        await manager.query(
          `INSERT INTO exchange_entry (run_id, seq, sheet, "row", id_number, name, outcome, person_id, person_version, changes, conflicts)
           SELECT $1, e.seq, e.sheet, e."row", e.id_number, e.name, e.outcome, e.person_id, e.person_version, e.changes, e.conflicts
           FROM jsonb_to_recordset($2::jsonb) AS e(seq int, sheet text, "row" int, id_number text, name text, outcome text, person_id uuid, person_version int, changes jsonb, conflicts jsonb)`,
          [run.id, JSON.stringify(entries.slice(at, at + INSERT_BATCH))],
        );
      }
      const [counts] = await manager.query(
        `SELECT count(*) FILTER (WHERE outcome = '${ExchangeOutcome.MATCHED}')::int AS "personsMatched",
                count(*) FILTER (WHERE outcome = '${ExchangeOutcome.UNMATCHED}')::int AS "personsUnmatched",
                count(*) FILTER (WHERE outcome = '${ExchangeOutcome.CONFLICTING}')::int AS "personsConflicting",
                count(*) FILTER (WHERE outcome = '${ExchangeOutcome.UNCHANGED}')::int AS "personsUnchanged"
         FROM exchange_entry WHERE run_id = $1`,
        [run.id],
      );
      await manager.update(ImportRun, { id: run.id }, {
        ...counts,
        status: problems.length === 0 ? ImportStatus.VALIDATED : ImportStatus.FAILED,
        rowsTotal: rowsRead,
        rowsDone: rowsRead,
        rowsValid: reading.rows.length,
        validatedAt: new Date(),
      });
    });
    this.logger.log(`exchange ${run.id}: ${rowsRead} rows, ${entries.length} entries, ${problems.length} problems`);
  }
}
