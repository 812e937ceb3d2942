import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { badInput } from '@app/common';
import { Viewer } from '@app/access';
import { Relation } from '../enums/person.enums';
import { personConflict } from '../households/household-head';
import { Household } from '../households/household.entity';
import { changedMember, newMember } from '../persons/member-changes';
import { Person } from '../persons/person.entity';
import { noSuchReference } from '../registry.errors';
import { Site } from '../sites/site.entity';
import { conflictRefusal, judged, MemberEntry } from './register-set';
import { RecordsetTable } from './recordset-table';

const MEMBER_FIELDS = { idNumber: 'idNumber', relation: 'relation' };

/**
 * Updates or adds the members of a set, judged as updatePerson and addPerson judge one; returns
 * the members written (whose households may have to follow a head).
 */
export async function writeMembers(manager: EntityManager, viewer: Viewer, entries: readonly MemberEntry[], table: RecordsetTable<Person>): Promise<Person[]> {
  if (entries.length === 0) return [];
  const households = await householdsByCode(manager, viewer, [...new Set(entries.map((entry) => entry.householdCode))]);
  const householdIds = entries.map((entry, index) =>
    judged('members', index, () => {
      const household = households.get(entry.householdCode);
      if (!household) throw badInput([{ field: 'householdCode', reason: 'names no household' }]);
      if (!household.writable) throw noSuchReference('householdId', 'household');
      return household.id;
    }),
  );
  const current = await activeMembers(manager, householdIds, entries.map((entry) => entry.input.idNumber));
  const repository = manager.getRepository(Person);
  const changed: Person[] = [];
  const added: Person[] = [];
  const holders = new Map<string, number>();
  entries.forEach((entry, index) => {
    const householdId = householdIds[index];
    const member = current.get(memberKey(householdId, entry.input.idNumber));
    const person = judged('members', index, () => (member ? changedMember(repository, member, entry.input) : newMember(repository, { ...entry.input, householdId })));
    if (member) changed.push(person);
    else added.push(Object.assign(person, { id: randomUUID() }));
    holders.set(`id_number=${person.idNumber}`, index);
    if (person.relation === Relation.HEAD) holders.set(`household_id=${householdId}`, index);
  });
  try {
    await table.update(manager, changed);
    await table.insert(manager, added);
  } catch (error) {
    throw conflictRefusal(error, 'members', holders, (e) => personConflict(e, MEMBER_FIELDS));
  }
  return [...changed, ...added];
}

const memberKey = (householdId: string, idNumber: string) => `${householdId}\u0000${idNumber}`;

/** Households by code, wherever they are, and whether the caller may write to them. */
async function householdsByCode(manager: EntityManager, viewer: Viewer, codes: string[]): Promise<Map<string, { id: string; writable: boolean }>> {
  const scope = viewer.siteScopeSql('site');
  const rows = await manager
    .getRepository(Household)
    .createQueryBuilder('household')
    .innerJoin(Site, 'site', 'site.id = household.site_id')
    .select(['household.id AS id', 'household.code AS code'])
    .addSelect(`(${scope.sql})`, 'writable')
    .where('household.code = ANY(:codes)', { codes })
    .setParameters(scope.params)
    .getRawMany<{ id: string; code: string; writable: boolean }>();
  return new Map(rows.map((row) => [row.code, { id: row.id, writable: row.writable === true }]));
}

/** The members who have not left with these ID numbers in these households, locked for the write. */
async function activeMembers(manager: EntityManager, householdIds: string[], idNumbers: string[]): Promise<Map<string, Person>> {
  const members = await manager
    .getRepository(Person)
    .createQueryBuilder('person')
    .where('person.left_on IS NULL AND (person.household_id, person.id_number) IN (SELECT * FROM unnest(CAST(:householdIds AS uuid[]), CAST(:idNumbers AS text[])))', {
      householdIds,
      idNumbers,
    })
    .setLock('pessimistic_write')
    .getMany();
  return new Map(members.map((member) => [memberKey(member.householdId, member.idNumber), member]));
}
