import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { forbidden } from '@app/common';
import { AuditedTransaction } from '@app/db';
import { Viewer } from '@app/access';
import { PersonService, UpdatePersonInput } from '@app/registry';
import { lockValidated, refuseCommit, RowRefused } from '../commit/row-refused';
import { ImportRun, ImportStatus } from '../runs/import-run.entity';
import { ExchangeEntry } from './exchange-entry.entity';
import { ExchangeRuns } from './exchange-runs.service';
import { rosterProvenance } from './roster-kind';

/** Entries written per statement batch of the commit's read. */
const PAGE = 1000;

/**
 * commitExchange: writes the changes of every matched and conflicting entry (never a field in
 * conflict) through the registry's audited person update path, in one transaction under the
 * exchanger's name with the roster's provenance, so history says where each value came from. A
 * person changed since the preview, or a write the registry refuses, rolls every write back.
 */
@Injectable()
export class ExchangeCommitter {
  constructor(
    private readonly tx: AuditedTransaction,
    private readonly runs: ExchangeRuns,
    private readonly persons: PersonService,
  ) {}

  async commit(viewer: Viewer, id: string): Promise<ImportRun> {
    const run = await this.runs.findVisible(viewer, id);
    if (run.importerId !== viewer.userId) throw forbidden('Only who ran the exchange commits it: history names them as the author of every change');
    try {
      return await this.tx.run(
        viewer.username,
        async (manager) => {
          await lockValidated(manager, id);
          for (let offset = 0; ; offset += PAGE) {
            const entries = await manager
              .getRepository(ExchangeEntry)
              .createQueryBuilder('entry')
              .where('entry.run_id = :id AND entry.changes <> :empty', { id, empty: {} })
              .orderBy('entry.seq')
              .take(PAGE)
              .skip(offset)
              .getMany();
            for (const entry of entries) await RowRefused.of(entry, () => this.write(viewer, entry));
            if (entries.length < PAGE) break;
          }
          await manager.update(ImportRun, { id }, { status: ImportStatus.COMMITTED, committedAt: new Date() });
          return manager.getRepository(ImportRun).findOneByOrFail({ id });
        },
        rosterProvenance(run.kind, run.asOf as string),
      );
    } catch (error) {
      if (!(error instanceof RowRefused)) throw error;
      throw await refuseCommit(this.tx, id, error);
    }
  }

  /** The version seen at the preview: an edit since then makes the registry refuse (CONFLICT), and all is rolled back. */
  private async write(viewer: Viewer, entry: ExchangeEntry): Promise<void> {
    const values = Object.fromEntries(Object.entries(entry.changes).map(([field, change]) => [field, change.to]));
    await this.persons.applyRoster(viewer, entry.personId as string, entry.personVersion as number, plainToInstance(UpdatePersonInput, values));
  }
}
