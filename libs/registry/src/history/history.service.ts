import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { HistoryEntry } from './history-entry.type';
import { recordChanges } from './record-changes';

export type VersionedTable = 'site' | 'household' | 'person';

interface VersionRow {
  id: string;
  at: Date;
  actor: string;
  via: string | null;
  row: Record<string, unknown>;
}

/** The audit trail of versioned records, read from the history the triggers keep. */
@Injectable()
export class HistoryService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Oldest first, for records the caller has already been allowed to see (HistoryEntry.changes masks personal numbers). */
  async historyOf(table: VersionedTable, ids: readonly string[]): Promise<Map<string, HistoryEntry[]>> {
    const versions: VersionRow[] = await this.dataSource.query(
      `SELECT id, lower(sys_period) AS at, written_by AS actor, written_via AS via, to_jsonb(t) AS row FROM ${table} t WHERE id = ANY($1)
       UNION ALL
       SELECT id, lower(sys_period), written_by, written_via, to_jsonb(h) FROM ${table}_history h WHERE id = ANY($1)
       ORDER BY id, at`,
      [ids],
    );
    const byRecord = new Map<string, HistoryEntry[]>(ids.map((id) => [id, []]));
    let previous: VersionRow | null = null;
    for (const version of versions) {
      const entries = byRecord.get(version.id) ?? [];
      const prior = previous && previous.id === version.id ? previous.row : null;
      entries.push({ at: version.at, actor: version.actor, via: version.via, operation: prior ? 'UPDATE' : 'CREATE', changes: recordChanges(prior, version.row) });
      byRecord.set(version.id, entries);
      previous = version;
    }
    return byRecord;
  }
}
