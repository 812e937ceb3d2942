import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { EntityManager } from 'typeorm';
import { badInput, forbidden } from '@app/common';
import { AuditedTransaction } from '@app/db';
import { Viewer } from '@app/access';
import { AddPersonInput, CreateHouseholdInput, HouseholdEntry, REGISTRY_RELATIONS, RegisterSetWrites, SetEntryRefused, UpdateHouseholdInput } from '@app/registry';
import { ImportRow, ImportRowKind } from '../runs/import-row.entity';
import { ImportRun, ImportStatus } from '../runs/import-run.entity';
import { lockValidated, refuseCommit, RowRefused } from './row-refused';
import { ImportRuns } from '../runs/import-runs.service';

/**
 * commitImport: writes every validated row as one set through the registry (RegisterSetWrites),
 * inside one audited transaction under the importer's name, so history, red-line checks and their
 * alert mail, and the live figures follow exactly as for the rows' single writes — and a row the
 * registry refuses now (the records changed since validation) rolls every row back.
 */
@Injectable()
export class ImportCommitter {
  constructor(
    private readonly tx: AuditedTransaction,
    private readonly runs: ImportRuns,
    private readonly registry: RegisterSetWrites,
  ) {}

  async commit(viewer: Viewer, id: string): Promise<ImportRun> {
    const run = await this.runs.findVisible(viewer, id);
    if (run.importerId !== viewer.userId) throw forbidden('Only the importer commits an import: history names them as the author of every row');
    try {
      return await this.tx.run(viewer.username, async (manager) => {
        await lockValidated(manager, id);
        const rows = await manager.getRepository(ImportRow).find({ where: { runId: id }, order: { seq: 'ASC' } });
        const households = rows.filter((row) => row.kind === ImportRowKind.HOUSEHOLD);
        const members = rows.filter((row) => row.kind === ImportRowKind.PERSON);
        const entries = await householdEntries(manager, households);
        await rowsNamed({ households, members }, () =>
          this.registry.write(viewer, {
            households: entries,
            members: members.map((row) => ({ householdCode: row.householdCode!, input: plainToInstance(AddPersonInput, row.input) })),
          }),
        );
        await manager.update(ImportRun, { id }, { status: ImportStatus.COMMITTED, committedAt: new Date() });
        await manager.delete(ImportRow, { runId: id });
        return manager.getRepository(ImportRun).findOneByOrFail({ id });
      });
    } catch (error) {
      if (!(error instanceof RowRefused)) throw error;
      throw await refuseCommit(this.tx, id, error);
    }
  }
}

/**
 * Household rows as the registry's entries: a new household, or the one with its code in that
 * site updated at the version it has now (read in one statement, under the set write's lock).
 */
async function householdEntries(manager: EntityManager, rows: ImportRow[]): Promise<HouseholdEntry[]> {
  const targets = rows.flatMap((row) => (row.targetId ? [row.targetId] : []));
  const current: Array<{ id: string; version: number }> = targets.length ? await manager.query(`SELECT id, version FROM ${REGISTRY_RELATIONS.household} WHERE id = ANY($1)`, [targets]) : [];
  const versions = new Map(current.map((household) => [household.id, household.version]));
  return rows.map((row) => {
    if (!row.targetId) return { input: plainToInstance(CreateHouseholdInput, row.input) };
    const version = versions.get(row.targetId);
    if (version === undefined) throw new RowRefused(row.sheet, row.row, badInput([{ field: 'code', reason: 'the household was removed after validation' }]));
    const { siteId: _site, ...changes } = row.input;
    return { id: row.targetId, version, input: plainToInstance(UpdateHouseholdInput, changes) };
  });
}

/** Runs the set write, turning the registry's refusal of an entry into one naming its sheet and row. */
async function rowsNamed(rows: { households: ImportRow[]; members: ImportRow[] }, write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (error) {
    if (!(error instanceof SetEntryRefused)) throw error;
    const row = rows[error.list][error.index];
    throw new RowRefused(row.sheet, row.row, error.cause);
  }
}
