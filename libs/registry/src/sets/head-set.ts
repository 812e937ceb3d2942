import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { activeHeads, HEAD_FIELDS, headFor, personConflict } from '../households/household-head';
import { Person } from '../persons/person.entity';
import { WrittenHousehold } from './household-set';
import { conflictRefusal, judged } from './register-set';
import { RecordsetTable } from './recordset-table';

/**
 * The heads of the households a set wrote, as createHousehold and updateHousehold keep each
 * household's head a member of it (headFor): created, brought up to date, or left as they are.
 */
export async function writeHeads(manager: EntityManager, households: readonly WrittenHousehold[], table: RecordsetTable<Person>): Promise<void> {
  const due = households.filter((written) => written.headGiven);
  if (due.length === 0) return;
  const current = await activeHeads(manager, due.map((written) => written.household.id));
  const repository = manager.getRepository(Person);
  const created: Person[] = [];
  const changed: Person[] = [];
  const holders = new Map<string, number>();
  for (const { index, household, ethnicity } of due) {
    const head = current.get(household.id);
    const person = judged('households', index, () => headFor(repository, household, head, ethnicity));
    if (!person) continue;
    if (head) changed.push(person);
    else created.push(Object.assign(person, { id: randomUUID() }));
    holders.set(`id_number=${person.idNumber}`, index).set(`household_id=${household.id}`, index);
  }
  try {
    await table.update(manager, changed);
    await table.insert(manager, created);
  } catch (error) {
    throw conflictRefusal(error, 'households', holders, (e) => personConflict(e, HEAD_FIELDS));
  }
}
