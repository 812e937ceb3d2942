import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { HistoryEntry, recordChanges } from '@app/registry';

interface VersionRow {
  id: string;
  at: Date;
  actor: string;
  row: Record<string, unknown>;
}

/** Who uploaded a file and who rejected it, from the versions the history trigger keeps. */
@Injectable()
export class EvidenceHistoryService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async historyOf(ids: readonly string[]): Promise<Map<string, HistoryEntry[]>> {
    // The storage key is an implementation detail of the storage, not something staff changed.
    const versions: VersionRow[] = await this.dataSource.query(
      `SELECT v.id, lower(v.sys_period) AS at, v.written_by AS actor, to_jsonb(v) - 'storage_key' AS row
       FROM (SELECT * FROM evidence WHERE id = ANY($1) UNION ALL SELECT * FROM evidence_history WHERE id = ANY($1)) v
       ORDER BY v.id, lower(v.sys_period)`,
      [ids],
    );
    return new Map(
      ids.map((id) => {
        const own = versions.filter((version) => version.id === id);
        const entries = own.map((version, i) => ({
          at: version.at,
          actor: version.actor,
          operation: i === 0 ? 'CREATE' : 'UPDATE',
          changes: recordChanges(i === 0 ? null : own[i - 1].row, version.row),
        }));
        return [id, entries];
      }),
    );
  }
}
