import { EntityManager } from 'typeorm';
import { badInput, DomainError } from '@app/common';
import { isUniqueViolation } from '@app/db';
import { Ethnicity, Relation } from '../enums/person.enums';
import { Person } from '../persons/person.entity';
import { parseResidentId } from '../resident-id/resident-id';
import { Household } from './household.entity';

/** Resident IDs are unique among persons who have not left (SPEC §2.3): heads included. */
export const ACTIVE_ID_NUMBER_CONSTRAINT = 'person_active_id_number_key';
/** A household has at most one head who has not left. */
export const ONE_ACTIVE_HEAD_CONSTRAINT = 'person_one_active_head_key';

/** The error a write of a person meets when its ID or its headship is already taken; others pass through. */
export function personConflict(error: unknown, fields: { idNumber: string; relation: string }): DomainError | unknown {
  if (isUniqueViolation(error, ACTIVE_ID_NUMBER_CONSTRAINT)) {
    return badInput([{ field: fields.idNumber, reason: 'is already registered to another person who has not left' }]);
  }
  if (isUniqueViolation(error, ONE_ACTIVE_HEAD_CONSTRAINT)) {
    return badInput([{ field: fields.relation, reason: 'the household already has a head (户主): change the head through updateHousehold' }]);
  }
  return error;
}

/** The household's head who has not left, if any, locked for the write in progress. */
export function activeHead(manager: EntityManager, householdId: string): Promise<Person | null> {
  return manager
    .getRepository(Person)
    .createQueryBuilder('person')
    .where('person.household_id = :householdId AND person.relation = :head AND person.left_on IS NULL', { householdId, head: Relation.HEAD })
    .setLock('pessimistic_write')
    .getOne();
}

/**
 * Keeps the head of household a person of it (户主 is a member, SPEC §2.2–2.3): creates the head
 * from the household's head fields, or brings the head up to date with them. Gender and birth
 * date are the ones the resident ID encodes. Conflicts are the household's input errors.
 */
export async function writeHead(manager: EntityManager, household: Household, ethnicity: Ethnicity | undefined): Promise<void> {
  const parsed = parseResidentId(household.headIdNumber);
  if (!parsed.ok) throw badInput([{ field: 'headIdNumber', reason: parsed.message }]);
  const repository = manager.getRepository(Person);
  const head = (await activeHead(manager, household.id)) ?? undefined;
  if (!head && !ethnicity) throw badInput([{ field: 'headEthnicity', reason: 'is required to record the head of household as a member' }]);
  const fields = { name: household.headName, idNumber: parsed.value.normalized, gender: parsed.value.gender, birthDate: parsed.value.birthDate } as Partial<Person>;
  const changed = !head || Object.entries(fields).some(([key, value]) => head[key as keyof Person] !== value) || (ethnicity !== undefined && head.ethnicity !== ethnicity);
  if (!changed) return;
  const person = head ? repository.merge(head, fields, ethnicity ? { ethnicity } : {}) : repository.create({ ...fields, householdId: household.id, relation: Relation.HEAD, ethnicity });
  if (person.joinedOn && person.joinedOn < person.birthDate) throw badInput([{ field: 'headIdNumber', reason: `gives a birth date after the head joined (${person.joinedOn})` }]);
  try {
    await repository.save(person);
  } catch (error) {
    throw personConflict(error, { idNumber: 'headIdNumber', relation: 'headIdNumber' });
  }
}

/** After a member's write: if it is the household's head, the household's head fields follow it. */
export async function followHead(manager: EntityManager, person: Person): Promise<void> {
  if (person.relation !== Relation.HEAD || person.leftOn) return;
  const households = manager.getRepository(Household);
  const household = await households.findOneByOrFail({ id: person.householdId });
  if (household.headName === person.name && household.headIdNumber === person.idNumber) return;
  await households.save(households.merge(household, { headName: person.name, headIdNumber: person.idNumber }));
}
