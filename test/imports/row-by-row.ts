import { plainToInstance } from 'class-transformer';
import { Viewer } from '@app/access';
import { AuditedTransaction } from '@app/db';
import { AddPersonInput, CreateHouseholdInput, HouseholdService, PersonService, UpdateHouseholdInput, UpdatePersonInput } from '@app/registry';
import { ApiHarness } from '../support/api-harness';

interface ValidatedRow {
  kind: 'HOUSEHOLD' | 'PERSON';
  target_id: string | null;
  household_code: string | null;
  input: Record<string, unknown>;
}

/**
 * The outcome commitImport is held to: a validated run's rows written through the registry's
 * single writes (createHousehold / updateHousehold, then addPerson / updatePerson), one row after
 * another, in one audited transaction under the importer's name — as a clerk typing the rows in
 * would, and as commitImport wrote before it wrote sets.
 */
export async function commitRowByRow(api: ApiHarness, viewer: Viewer, runId: string): Promise<void> {
  const households = api.get(HouseholdService);
  const persons = api.get(PersonService);
  await api.get(AuditedTransaction).run(viewer.username, async (manager) => {
    const rows: ValidatedRow[] = await manager.query(`SELECT kind, target_id, household_code, input FROM import_row WHERE run_id = $1 ORDER BY seq`, [runId]);
    for (const row of rows) {
      if (row.kind === 'HOUSEHOLD' && !row.target_id) {
        await households.create(viewer, plainToInstance(CreateHouseholdInput, row.input));
      } else if (row.kind === 'HOUSEHOLD') {
        const { siteId: _site, ...changes } = row.input;
        const [{ version }] = await manager.query(`SELECT version FROM household WHERE id = $1`, [row.target_id]);
        await households.update(viewer, row.target_id!, version, plainToInstance(UpdateHouseholdInput, changes));
      } else {
        const [household] = await manager.query(`SELECT id FROM household WHERE code = $1`, [row.household_code]);
        const [member] = await manager.query(`SELECT id, version FROM person WHERE household_id = $1 AND id_number = $2 AND left_on IS NULL`, [household.id, row.input.idNumber]);
        if (member) await persons.update(viewer, member.id, member.version, plainToInstance(UpdatePersonInput, row.input));
        else await persons.add(viewer, plainToInstance(AddPersonInput, { ...row.input, householdId: household.id }));
      }
    }
  });
}
