import { EntityManager, Repository } from 'typeorm';
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

/** The heads who have not left of the households, locked for the write in progress, by household. */
export async function activeHeads(manager: EntityManager, householdIds: readonly string[]): Promise<Map<string, Person>> {
  const heads = await manager
    .getRepository(Person)
    .createQueryBuilder('person')
    .where('person.household_id = ANY(:householdIds) AND person.relation = :head AND person.left_on IS NULL', { householdIds, head: Relation.HEAD })
    .setLock('pessimistic_write')
    .getMany();
  return new Map(heads.map((head) => [head.householdId, head]));
}

/** Where a head's conflicts are reported: the household's head fields. */
export const HEAD_FIELDS = { idNumber: 'headIdNumber', relation: 'headIdNumber' };

/**
 * The head of household as the household's head fields describe them (户主 is a member, SPEC
 * §2.2–2.3): a new head, the current one brought up to date, or null when they already agree.
 * Gender and birth date are the ones the resident ID encodes. Refusals are the household's input errors.
 */
export function headFor(repository: Repository<Person>, household: Household, head: Person | undefined, ethnicity: Ethnicity | undefined): Person | null {
  const parsed = parseResidentId(household.headIdNumber);
  if (!parsed.ok) throw badInput([{ field: 'headIdNumber', reason: parsed.message }]);
  if (!head && !ethnicity) throw badInput([{ field: 'headEthnicity', reason: 'is required to record the head of household as a member' }]);
  const fields = { name: household.headName, idNumber: parsed.value.normalized, gender: parsed.value.gender, birthDate: parsed.value.birthDate } as Partial<Person>;
  const changed = !head || Object.entries(fields).some(([key, value]) => head[key as keyof Person] !== value) || (ethnicity !== undefined && head.ethnicity !== ethnicity);
  if (!changed) return null;
  const person = head ? repository.merge(head, fields, ethnicity ? { ethnicity } : {}) : repository.create({ ...fields, householdId: household.id, relation: Relation.HEAD, ethnicity });
  if (person.joinedOn && person.joinedOn < person.birthDate) throw badInput([{ field: 'headIdNumber', reason: `gives a birth date after the head joined (${person.joinedOn})` }]);
  return person;
}

/** Keeps the head of household a person of it (see headFor), in the household write's transaction. */
export async function writeHead(manager: EntityManager, household: Household, ethnicity: Ethnicity | undefined): Promise<void> {
  const repository = manager.getRepository(Person);
  const person = headFor(repository, household, (await activeHeads(manager, [household.id])).get(household.id), ethnicity);
  if (!person) return;
  try {
    await repository.save(person);
  } catch (error) {
    throw personConflict(error, HEAD_FIELDS);
  }
}

/**
 * After members' writes: the households whose head was written take the head's name and ID
 * number, as a new version of the household, where they differ.
 */
export async function followHeads(manager: EntityManager, persons: readonly Person[]): Promise<void> {
  const heads = persons.filter((person) => person.relation === Relation.HEAD && !person.leftOn).map((person) => person.id);
  if (heads.length === 0) return;
  await manager.query(
    `UPDATE household h SET head_name = p.name, head_id_number = p.id_number, version = h.version + 1, updated_at = now()
     FROM person p
     WHERE p.id = ANY ($1) AND h.id = p.household_id AND (h.head_name, h.head_id_number) IS DISTINCT FROM (p.name, p.id_number)`,
    [heads],
  );
}
