import { DataSource, EntityManager } from 'typeorm';
import { INSERT_BATCH } from '../runs/problem-store';
import type { RowResolution, RowSink, StoredRow } from './import-session';

/**
 * The rows that passed their own checks, written to `import_row` in batches as the file streams
 * past, so the worker never holds a file's inputs. Until the run is VALIDATED they are not an
 * import: commitImport waits for that status, a failed run deletes them, a retry starts over.
 */
export class ImportRowStore implements RowSink {
  private pending: StoredRow[] = [];

  constructor(
    private readonly dataSource: DataSource,
    private readonly runId: string,
  ) {}

  async store(row: StoredRow): Promise<void> {
    this.pending.push(row);
    if (this.pending.length >= INSERT_BATCH) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    // Each input is JSON already, so it is spliced into the batch, not parsed and written again.
    const records = batch.map(({ inputJson, ...row }) => {
      const record = JSON.stringify({ seq: row.seq, sheet: row.sheet, row: row.row, kind: row.kind, household_code: row.householdCode });
      return `${record.slice(0, -1)},"input":${inputJson}}`;
    });
    await this.dataSource.query(
      `INSERT INTO import_row (run_id, seq, sheet, "row", kind, household_code, input)
       SELECT $1, r.seq, r.sheet, r."row", r.kind, r.household_code, r.input
       FROM jsonb_to_recordset($2::jsonb) AS r(seq int, sheet text, "row" int, kind text, household_code text, input jsonb)`,
      [this.runId, `[${records.join(',')}]`],
    );
  }
}

/** Gives each stored row what the end of the file found: the record it updates, a household's site. */
export async function resolveRows(manager: EntityManager, runId: string, resolutions: readonly RowResolution[]): Promise<void> {
  for (let at = 0; at < resolutions.length; at += INSERT_BATCH) {
    await manager.query(
      `UPDATE import_row r SET target_id = x.target_id,
         input = CASE WHEN x.site_id IS NULL THEN r.input ELSE r.input || jsonb_build_object('siteId', x.site_id) END
       FROM jsonb_to_recordset($2::jsonb) AS x(seq int, target_id uuid, site_id uuid)
       WHERE r.run_id = $1 AND r.seq = x.seq`,
      [runId, JSON.stringify(resolutions.slice(at, at + INSERT_BATCH).map((r) => ({ seq: r.seq, target_id: r.targetId, site_id: r.siteId })))],
    );
  }
}
