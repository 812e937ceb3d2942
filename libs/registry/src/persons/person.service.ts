import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository, SelectQueryBuilder } from 'typeorm';
import { badInput, conflict, FieldProblem, notFound, Properties, propertiesToLoad, todayInShanghai } from '@app/common';
import { AuditedTransaction, EntityRows, loadableProperties } from '@app/db';
import { Viewer } from '@app/access';
import { LeaveReason } from '../enums/person.enums';
import { followHeads, personConflict } from '../households/household-head';
import { Household } from '../households/household.entity';
import { assertExchangesRosters, assertWritesRecords, noSuchReference, UUID_PATTERN } from '../registry.errors';
import { Site } from '../sites/site.entity';
import { AddPersonInput, UpdatePersonInput } from './dtos/add-person.input';
import { Person } from './person.entity';
import { changedMember, newMember } from './member-changes';

/**
 * Members in register order: the head first, then those there from the start before those who
 * joined later, eldest first; the id settles ties, so an update never reshuffles the list.
 */
const registerOrder = (alias: string) => `${alias}.relation <> 'HEAD', ${alias}.joined_on ASC NULLS FIRST, ${alias}.birth_date, ${alias}.id`;

@Injectable()
export class PersonService {
  private readonly rows: EntityRows<Person>;

  constructor(
    @InjectRepository(Person) private readonly persons: Repository<Person>,
    private readonly tx: AuditedTransaction,
  ) {
    this.rows = new EntityRows(persons.metadata);
  }

  private visiblePersons(viewer: Viewer, manager?: EntityManager): SelectQueryBuilder<Person> {
    const scope = viewer.siteScopeSql('site');
    const repository = manager ? manager.getRepository(Person) : this.persons;
    return repository
      .createQueryBuilder('person')
      .innerJoin(Household, 'household', 'household.id = person.household_id')
      .innerJoin(Site, 'site', 'site.id = household.site_id')
      .where(scope.sql, scope.params);
  }

  /** Which properties loading members must read to answer the selected GraphQL fields (null: all). */
  propertiesFor(fields: ReadonlySet<string>): Properties {
    return propertiesToLoad(Person, fields, loadableProperties(this.persons.metadata), ['id', 'householdId']);
  }

  /** Members of households the caller has already been allowed to see (DataLoader batch), in register order. */
  async byHouseholds(householdIds: readonly string[], properties: Properties = null): Promise<Person[]> {
    const rows: Record<string, unknown>[] = await this.persons.query(
      `SELECT ${this.rows.selectList('person', properties)} FROM person WHERE household_id = ANY($1) ORDER BY ${registerOrder('person')}`,
      [householdIds],
    );
    return this.rows.hydrate(rows, properties);
  }

  /**
   * A household's members as one JSON array in register order, an expression for a list of
   * households to select beside each one (`householdIdSql` names its id), so a page and its
   * members are one statement; read back with readMembers. The members' household is the row
   * they come with, so its id is not repeated for each of them: a UUID per member was two fifths
   * of the array, and reading a page's members took the driver 0.49 → 0.42 ms of CPU without it
   * (median of twenty alternating rounds over every site's first page, Guangxi data).
   */
  membersJsonSql(householdIdSql: string, properties: Properties): string {
    return `(SELECT coalesce(json_agg(${this.rows.jsonArray('member', this.besideHousehold(properties))} ORDER BY ${registerOrder('member')}), '[]')
      FROM person member WHERE member.household_id = ${householdIdSql})`;
  }

  /** Members selected with membersJsonSql(…, properties) beside the household `householdId`. */
  readMembers(json: readonly (readonly unknown[])[], properties: Properties, householdId: string): Person[] {
    const members = this.rows.hydrateJson(json, this.besideHousehold(properties));
    for (const member of members) member.householdId = householdId;
    return members;
  }

  /** The properties to carry in a household's members array: all those asked for but the household's id. */
  private besideHousehold(properties: Properties): string[] {
    return [...(properties ?? loadableProperties(this.persons.metadata))].filter((property) => property !== 'householdId');
  }

  async findVisible(viewer: Viewer, id: string): Promise<Person> {
    const person = UUID_PATTERN.test(id) ? await this.visiblePersons(viewer).andWhere('person.id = :id', { id }).getOne() : null;
    if (!person) throw notFound('Person', id);
    return person;
  }

  async add(viewer: Viewer, input: AddPersonInput): Promise<Person> {
    assertWritesRecords(viewer);
    return this.tx.run(viewer.username, async (manager) => {
      const scope = viewer.siteScopeSql('site');
      const household = await manager
        .getRepository(Household)
        .createQueryBuilder('household')
        .innerJoin(Site, 'site', 'site.id = household.site_id')
        .where('household.id = :id', { id: input.householdId })
        .andWhere(scope.sql, scope.params)
        .getOne();
      if (!household) throw noSuchReference('householdId', 'household');
      return this.saveUnique(manager, newMember(manager.getRepository(Person), input));
    });
  }

  async update(viewer: Viewer, id: string, version: number, input: UpdatePersonInput): Promise<Person> {
    return this.write(viewer, id, version, input, assertWritesRecords);
  }

  /**
   * A department roster's values for a person (employment, insurance, schooling), applied by the
   * region or city staff who exchange rosters but do not enter records by hand: the same scope,
   * checks and history as `update`. The roster's provenance is the caller's AuditedTransaction `via`.
   */
  async applyRoster(viewer: Viewer, id: string, version: number, input: UpdatePersonInput): Promise<Person> {
    return this.write(viewer, id, version, input, assertExchangesRosters);
  }

  private async write(viewer: Viewer, id: string, version: number, input: UpdatePersonInput, mayWrite: (viewer: Viewer) => void): Promise<Person> {
    return this.tx.run(viewer.username, async (manager) => {
      const person = await this.lockVisible(viewer, manager, id);
      mayWrite(viewer);
      if (person.version !== version) throw conflict('Person', id, version, person.version);
      return this.saveUnique(manager, changedMember(manager.getRepository(Person), person, input));
    });
  }

  /** Nobody is deleted: a person who leaves keeps their record, with why and when. */
  async recordLeft(viewer: Viewer, id: string, reason: LeaveReason, date: string): Promise<Person> {
    return this.tx.run(viewer.username, async (manager) => {
      const person = await this.lockVisible(viewer, manager, id);
      assertWritesRecords(viewer);
      const problems: FieldProblem[] = [];
      if (person.leftOn) problems.push({ field: 'id', reason: `this person already left on ${person.leftOn}` });
      if (date > todayInShanghai()) problems.push({ field: 'date', reason: 'must not be in the future' });
      if (date < person.birthDate) problems.push({ field: 'date', reason: `must not be before the birth date ${person.birthDate}` });
      if (person.joinedOn && date < person.joinedOn) problems.push({ field: 'date', reason: `must not be before joining on ${person.joinedOn}` });
      if (problems.length > 0) throw badInput(problems);
      person.leaveReason = reason;
      person.leftOn = date;
      return manager.getRepository(Person).save(person);
    });
  }

  private async lockVisible(viewer: Viewer, manager: EntityManager, id: string): Promise<Person> {
    const person = UUID_PATTERN.test(id)
      ? await this.visiblePersons(viewer, manager).andWhere('person.id = :id', { id }).setLock('pessimistic_write', undefined, ['person']).getOne()
      : null;
    if (!person) throw notFound('Person', id);
    return person;
  }

  /** Saves a member; the household's head fields follow its head. */
  private async saveUnique(manager: EntityManager, person: Person): Promise<Person> {
    let saved: Person;
    try {
      saved = await manager.getRepository(Person).save(person);
    } catch (error) {
      throw personConflict(error, { idNumber: 'idNumber', relation: 'relation' });
    }
    await followHeads(manager, [saved]);
    return saved;
  }
}
