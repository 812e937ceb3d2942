import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { Properties } from '@app/common';
import { Division } from './divisions/division.entity';
import { HistoryEntry } from './history/history-entry.type';
import { HistoryService, VersionedTable } from './history/history.service';
import { DivisionService } from './divisions/division.service';
import { Person } from './persons/person.entity';
import { PersonService } from './persons/person.service';
import { SiteFacility } from './sites/site-facility.entity';
import { SiteService } from './sites/site.service';
import { Site } from './sites/site.entity';

/** A household's members, with the properties a query needs of them (null: all). */
interface MembersOf {
  householdId: string;
  properties: Properties;
}

export interface RegistryLoaders {
  divisionByCode: DataLoader<string, Division | null>;
  childrenByDivision: DataLoader<string, Division[]>;
  siteById: DataLoader<string, Site | null>;
  /**
   * A household's members with what the selected `fields` of Person need: at once when they came
   * with the household's page, else through the batch loader.
   */
  membersOf(householdId: string, fields: ReadonlySet<string>): Person[] | Promise<Person[]>;
  /**
   * Members already read with their household's page, carrying `properties` (what membersOf
   * loads for the same fields): membersOf answers with them, without a promise, so a page's
   * fifty member lists are completed in the same pass as the page.
   */
  primeMembers(householdId: string, properties: Properties, members: Person[]): void;
  facilitiesBySite: DataLoader<string, SiteFacility[]>;
  history: Record<VersionedTable, DataLoader<string, HistoryEntry[]>>;
}

function indexBy<T>(rows: T[], key: (row: T) => string): Map<string, T> {
  return new Map(rows.map((row) => [key(row), row]));
}

const propertiesKey = (key: MembersOf) => key.properties?.join(',') ?? '*';
const membersKey = (key: MembersOf) => `${key.householdId}|${propertiesKey(key)}`;

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

/**
 * Per-request batch loaders for every parent → child field, so a page of 50 households with
 * their persons costs one query for the persons, not fifty. Parents are already scoped, so
 * the loaders fetch by id without repeating the jurisdiction check.
 */
@Injectable()
export class RegistryLoaderFactory {
  constructor(
    private readonly divisions: DivisionService,
    private readonly persons: PersonService,
    private readonly sites: SiteService,
    private readonly histories: HistoryService,
  ) {}

  create(): RegistryLoaders {
    // One query per set of properties asked for in the batch (normally one set).
    const personsByHousehold = new DataLoader<MembersOf, Person[], string>(
      async (keys) => {
        const byProperties = groupBy([...keys], propertiesKey);
        const loaded = await Promise.all(
          [...byProperties.values()].map((group) => this.persons.byHouseholds(group.map((key) => key.householdId), group[0].properties)),
        );
        const byHousehold = groupBy(loaded.flat(), (p) => p.householdId);
        return keys.map((key) => byHousehold.get(key.householdId) ?? []);
      },
      { cacheKeyFn: membersKey },
    );
    const primedMembers = new Map<string, Person[]>();
    // The members' fields arrive as one set per list (household-members.resolver).
    const propertiesByFields = new WeakMap<ReadonlySet<string>, Properties>();
    return {
      divisionByCode: new DataLoader(async (codes) => {
        const byCode = indexBy(await this.divisions.findByCodes(codes), (d) => d.code);
        return codes.map((code) => byCode.get(code) ?? null);
      }),
      childrenByDivision: new DataLoader(async (codes) => {
        const byParent = groupBy(await this.divisions.childrenOf(codes), (d) => d.parentCode ?? '');
        return codes.map((code) => byParent.get(code) ?? []);
      }),
      siteById: new DataLoader(async (ids) => {
        const byId = indexBy(await this.sites.findByIds(ids), (s) => s.id);
        return ids.map((id) => byId.get(id) ?? null);
      }),
      membersOf: (householdId, fields) => {
        let properties = propertiesByFields.get(fields);
        if (properties === undefined) propertiesByFields.set(fields, (properties = this.persons.propertiesFor(fields)));
        const key = { householdId, properties };
        return primedMembers.get(membersKey(key)) ?? personsByHousehold.load(key);
      },
      primeMembers: (householdId, properties, members) => void primedMembers.set(membersKey({ householdId, properties }), members),
      facilitiesBySite: new DataLoader(async (ids) => {
        const bySite = groupBy(await this.sites.facilitiesBySite(ids), (f) => f.siteId);
        return ids.map((id) => bySite.get(id) ?? []);
      }),
      history: {
        site: this.historyLoader('site'),
        household: this.historyLoader('household'),
        person: this.historyLoader('person'),
      },
    };
  }

  private historyLoader(table: VersionedTable): DataLoader<string, HistoryEntry[]> {
    return new DataLoader(async (ids) => {
      const byRecord = await this.histories.historyOf(table, ids);
      return ids.map((id) => byRecord.get(id) ?? []);
    });
  }
}
