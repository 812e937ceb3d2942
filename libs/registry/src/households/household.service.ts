import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository, SelectQueryBuilder } from 'typeorm';
import { badInput, conflict, Connection, keysetPage, notFound, PageArgs, Properties, propertiesToLoad, RowReader } from '@app/common';
import { AuditedTransaction, EntityRows, isUniqueViolation, loadableProperties } from '@app/db';
import { Viewer } from '@app/access';
import { assertWritesRecords, noSuchReference, UUID_PATTERN } from '../registry.errors';
import { Site } from '../sites/site.entity';
import { CreateHouseholdInput, UpdateHouseholdInput } from './dtos/create-household.input';
import { HouseholdFilter } from './dtos/household.filter';
import { consistentHousehold } from './household-consistency';
import { writeHead } from './household-head';
import { applyHouseholdFilter } from './household-filter.query';
import { HouseholdWriteHooks } from './household-write-hooks';
import { Household } from './household.entity';
import { Person } from '../persons/person.entity';
import { PersonService } from '../persons/person.service';

/** A list's households' members, read in the same statement and handed over household by household. */
export interface MembersAlongside {
  properties: Properties;
  receive(householdId: string, members: Person[]): void;
}

@Injectable()
export class HouseholdService {
  private readonly rows: EntityRows<Household>;

  constructor(
    @InjectRepository(Household) private readonly households: Repository<Household>,
    private readonly tx: AuditedTransaction,
    private readonly hooks: HouseholdWriteHooks,
    private readonly persons: PersonService,
  ) {
    this.rows = new EntityRows(households.metadata);
  }

  /** Households the caller may see, joined to their site for scoping and filtering. */
  visibleHouseholds(viewer: Viewer, manager?: EntityManager): SelectQueryBuilder<Household> {
    const scope = viewer.siteScopeSql('site');
    const repository = manager ? manager.getRepository(Household) : this.households;
    return repository
      .createQueryBuilder('household')
      .innerJoin(Site, 'site', 'site.id = household.site_id')
      .where(scope.sql, scope.params);
  }

  async findVisible(viewer: Viewer, id: string): Promise<Household> {
    const household = UUID_PATTERN.test(id) ? await this.visibleHouseholds(viewer).andWhere('household.id = :id', { id }).getOne() : null;
    if (!household) throw notFound('Household', id);
    return household;
  }

  /** Which properties a list must load to answer the selected GraphQL fields (null: all). */
  propertiesFor(fields: ReadonlySet<string>): Properties {
    return propertiesToLoad(Household, fields, loadableProperties(this.households.metadata), ['id', 'version', 'code', 'siteId']);
  }

  /** A page of the caller's households, with their members in the same statement when `members` asks for them. */
  list(viewer: Viewer, filter: HouseholdFilter | undefined, page: PageArgs, properties: Properties = null, members?: MembersAlongside): Promise<Connection<Household>> {
    const query = applyHouseholdFilter(this.visibleHouseholds(viewer), filter);
    return keysetPage(query, { column: 'household.code', idColumn: 'household.id', key: (h) => h.code }, page, { properties, rows: members ? this.rowsWithMembers(members) : this.rows });
  }

  private rowsWithMembers(members: MembersAlongside): RowReader<Household> {
    return {
      selectList: (alias, properties) => `${this.rows.selectList(alias, properties)}, ${this.persons.membersJsonSql(`"${alias}"."id"`, members.properties)} AS "members"`,
      rawRows: (query) => this.rows.rawRows(query),
      hydrate: (rows, properties) => {
        const households = this.rows.hydrate(rows, properties);
        households.forEach((household, i) => members.receive(household.id, this.persons.readMembers(rows[i].members as unknown[][], members.properties, household.id)));
        return households;
      },
    };
  }

  listForSite(viewer: Viewer, siteId: string, page: PageArgs, properties: Properties = null): Promise<Connection<Household>> {
    return this.list(viewer, { siteId }, page, properties);
  }

  async create(viewer: Viewer, input: CreateHouseholdInput): Promise<Household> {
    assertWritesRecords(viewer);
    return this.tx.run(viewer.username, async (manager) => {
      const scope = viewer.siteScopeSql('site');
      const site = await manager
        .getRepository(Site)
        .createQueryBuilder('site')
        .where('site.id = :id', { id: input.siteId })
        .andWhere(scope.sql, scope.params)
        .getOne();
      if (!site) throw noSuchReference('siteId', 'site');
      const household = consistentHousehold(manager.getRepository(Household).create(input));
      const saved = await this.saveAndNotify(manager, household, viewer);
      await writeHead(manager, saved, input.headEthnicity);
      return saved;
    });
  }

  async update(viewer: Viewer, id: string, version: number, input: UpdateHouseholdInput): Promise<Household> {
    return this.tx.run(viewer.username, async (manager) => {
      const household = UUID_PATTERN.test(id)
        ? await this.visibleHouseholds(viewer, manager).andWhere('household.id = :id', { id }).setLock('pessimistic_write', undefined, ['household']).getOne()
        : null;
      if (!household) throw notFound('Household', id);
      assertWritesRecords(viewer);
      if (household.version !== version) throw conflict('Household', id, version, household.version);
      const merged = consistentHousehold(manager.getRepository(Household).merge(household, input));
      const saved = await this.saveAndNotify(manager, merged, viewer);
      if (input.headName !== undefined || input.headIdNumber !== undefined || input.headEthnicity !== undefined) await writeHead(manager, saved, input.headEthnicity);
      return saved;
    });
  }

  /** Saves, then runs the registered hooks in the same transaction (ARCHITECTURE decision 5). */
  private async saveAndNotify(manager: EntityManager, household: Household, viewer: Viewer): Promise<Household> {
    let saved: Household;
    try {
      saved = await manager.getRepository(Household).save(household);
    } catch (error) {
      if (isUniqueViolation(error)) throw badInput([{ field: 'code', reason: 'is already used by another household' }]);
      throw error;
    }
    await this.hooks.run(manager, [saved.id], viewer);
    return saved;
  }
}
