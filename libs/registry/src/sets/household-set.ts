import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { badInput, conflict, notFound } from '@app/common';
import { isUniqueViolation } from '@app/db';
import { Viewer } from '@app/access';
import { Ethnicity } from '../enums/person.enums';
import { CreateHouseholdInput } from '../households/dtos/create-household.input';
import { consistentHousehold } from '../households/household-consistency';
import { Household } from '../households/household.entity';
import { noSuchReference, UUID_PATTERN } from '../registry.errors';
import { Site } from '../sites/site.entity';
import { conflictRefusal, HouseholdEntry, judged } from './register-set';
import { RecordsetTable } from './recordset-table';

/** A household the set wrote, with what its head needs. */
export interface WrittenHousehold {
  index: number;
  household: Household;
  ethnicity: Ethnicity | undefined;
  /** Whether the entry spoke of the head (a new household always does): then the head follows it. */
  headGiven: boolean;
}

type HouseholdUpdate = Extract<HouseholdEntry, { id: string }>;

const codeTaken = (error: unknown) => (isUniqueViolation(error) ? badInput([{ field: 'code', reason: 'is already used by another household' }]) : error);

/** Creates and updates the households of a set, judged as createHousehold and updateHousehold judge one. */
export async function writeHouseholds(manager: EntityManager, viewer: Viewer, entries: readonly HouseholdEntry[], table: RecordsetTable<Household>): Promise<WrittenHousehold[]> {
  const repository = manager.getRepository(Household);
  const creates: Array<{ input: CreateHouseholdInput; index: number }> = [];
  const updates: Array<{ entry: HouseholdUpdate; index: number }> = [];
  entries.forEach((entry, index) => (entry.id === undefined ? creates.push({ input: entry.input, index }) : updates.push({ entry, index })));

  const sites = await writableSites(manager, viewer, creates.map(({ input }) => input.siteId));
  const created = creates.map(({ input, index }) =>
    judged('households', index, () => {
      if (!sites.has(input.siteId)) throw noSuchReference('siteId', 'site');
      const household = consistentHousehold(repository.create({ ...input, id: randomUUID() }));
      return { index, household, ethnicity: input.headEthnicity, headGiven: true };
    }),
  );

  const current = await lockedHouseholds(manager, viewer, updates.map(({ entry }) => entry.id));
  const updated = updates.map(({ entry: { id, version, input }, index }) =>
    judged('households', index, () => {
      const household = current.get(id);
      if (!household) throw notFound('Household', id);
      if (household.version !== version) throw conflict('Household', id, version, household.version);
      const headGiven = input.headName !== undefined || input.headIdNumber !== undefined || input.headEthnicity !== undefined;
      return { index, household: consistentHousehold(repository.merge(household, input)), ethnicity: input.headEthnicity, headGiven };
    }),
  );

  const holders = new Map([...created, ...updated].map((written) => [`code=${written.household.code}`, written.index]));
  try {
    await table.insert(manager, created.map((written) => written.household));
    await table.update(manager, updated.map((written) => written.household));
  } catch (error) {
    throw conflictRefusal(error, 'households', holders, codeTaken);
  }
  return [...created, ...updated].sort((a, b) => a.index - b.index);
}

/** Of the sites named, those the caller may write to. */
async function writableSites(manager: EntityManager, viewer: Viewer, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const scope = viewer.siteScopeSql('site');
  const rows = await manager
    .getRepository(Site)
    .createQueryBuilder('site')
    .select('site.id', 'id')
    .where('site.id = ANY(:ids)', { ids: [...new Set(ids)] })
    .andWhere(scope.sql, scope.params)
    .getRawMany<{ id: string }>();
  return new Set(rows.map((row) => row.id));
}

/** The households to update that the caller sees, locked for the write as updateHousehold locks one. */
async function lockedHouseholds(manager: EntityManager, viewer: Viewer, ids: string[]): Promise<Map<string, Household>> {
  if (ids.length === 0) return new Map();
  const scope = viewer.siteScopeSql('site');
  const households = await manager
    .getRepository(Household)
    .createQueryBuilder('household')
    .innerJoin(Site, 'site', 'site.id = household.site_id')
    .where(scope.sql, scope.params)
    .andWhere('household.id = ANY(:ids)', { ids: ids.filter((id) => UUID_PATTERN.test(id)) })
    .setLock('pessimistic_write', undefined, ['household'])
    .getMany();
  return new Map(households.map((household) => [household.id, household]));
}
