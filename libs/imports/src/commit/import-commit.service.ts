import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { EntityManager } from 'typeorm';
import { badInput, forbidden } from '@app/common';
import { AuditedTransaction } from '@app/db';
import { Viewer } from '@app/access';
import { AddPersonInput, CreateHouseholdInput, HouseholdService, PersonService, REGISTRY_RELATIONS, UpdateHouseholdInput, UpdatePersonInput } from '@app/registry';
import { ImportRow, ImportRowKind } from '../runs/import-row.entity';
import { ImportRun, ImportStatus } from '../runs/import-run.entity';
import { lockValidated, refuseCommit, RowRefused } from './row-refused';
import { ImportRuns } from '../runs/import-runs.service';

/**
 * commitImport: writes every validated row through the registry's own services, inside one
 * audited transaction under the importer's name, so history, red-line checks and their alert
 * mail, and the live figures follow exactly as for single writes — and a row the registry
 * refuses now (the records changed since validation) rolls every row back.
 */
@Injectable()
export class ImportCommitter {
  constructor(
    private readonly tx: AuditedTransaction,
    private readonly runs: ImportRuns,
    private readonly households: HouseholdService,
    private readonly persons: PersonService,
  ) {}

  async commit(viewer: Viewer, id: string): Promise<ImportRun> {
    const run = await this.runs.findVisible(viewer, id);
    if (run.importerId !== viewer.userId) throw forbidden('Only the importer commits an import: history names them as the author of every row');
    try {
      return await this.tx.run(viewer.username, async (manager) => {
        await lockValidated(manager, id);
        const rows = await manager.getRepository(ImportRow).find({ where: { runId: id }, order: { seq: 'ASC' } });
        for (const row of rows) {
          await RowRefused.of(row, () => (row.kind === ImportRowKind.HOUSEHOLD ? this.writeHousehold(viewer, manager, row) : this.writePerson(viewer, manager, row)));
        }
        await manager.update(ImportRun, { id }, { status: ImportStatus.COMMITTED, committedAt: new Date() });
        await manager.delete(ImportRow, { runId: id });
        return manager.getRepository(ImportRun).findOneByOrFail({ id });
      });
    } catch (error) {
      if (!(error instanceof RowRefused)) throw error;
      throw await refuseCommit(this.tx, id, error);
    }
  }

  private async writeHousehold(viewer: Viewer, manager: EntityManager, row: ImportRow): Promise<void> {
    if (!row.targetId) {
      await this.households.create(viewer, plainToInstance(CreateHouseholdInput, row.input));
      return;
    }
    const { siteId: _site, ...changes } = row.input;
    const [current] = await manager.query(`SELECT version FROM ${REGISTRY_RELATIONS.household} WHERE id = $1`, [row.targetId]);
    if (!current) throw badInput([{ field: 'code', reason: 'the household was removed after validation' }]);
    await this.households.update(viewer, row.targetId, current.version, plainToInstance(UpdateHouseholdInput, changes));
  }

  /** A person updates the member with their ID in the household (the head, created with it), or joins it. */
  private async writePerson(viewer: Viewer, manager: EntityManager, row: ImportRow): Promise<void> {
    const [household] = await manager.query(`SELECT id FROM ${REGISTRY_RELATIONS.household} WHERE code = $1`, [row.householdCode]);
    if (!household) throw badInput([{ field: 'householdCode', reason: 'names no household' }]);
    const [member] = await manager.query(
      `SELECT id, version FROM ${REGISTRY_RELATIONS.person} WHERE household_id = $1 AND id_number = $2 AND left_on IS NULL`,
      [household.id, row.input.idNumber],
    );
    if (member) await this.persons.update(viewer, member.id, member.version, plainToInstance(UpdatePersonInput, row.input));
    else await this.persons.add(viewer, plainToInstance(AddPersonInput, { ...row.input, householdId: household.id }));
  }
}
