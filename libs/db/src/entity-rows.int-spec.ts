import { DataSource, In } from 'typeorm';
import { todayInShanghai } from '@app/common';
import { generateScaleDataset } from '@app/demo';
import { Household, Person } from '@app/registry';
import { createTestDatabase } from '../../../test/support/test-database';
import { persistenceOptions } from '@app/persistence';
import { EntityRows } from './entity-rows';

describe('EntityRows', () => {
  let dataSource: DataSource;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const database = await createTestDatabase();
    drop = database.drop;
    await generateScaleDataset(database.url, { scale: 'demo', seed: 3, today: todayInShanghai() });
    dataSource = await new DataSource(persistenceOptions(database.url, { poolSize: 2 })).initialize();
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await drop?.();
  });

  it.each([
    ['households', Household, 'household'],
    ['persons', Person, 'person'],
  ] as const)('reads %s exactly as TypeORM hydrates them: every column type, transformer and null', async (_, entity, table) => {
    const repository = dataSource.getRepository<Household | Person>(entity);
    const rows = new EntityRows<Household | Person>(repository.metadata);
    // Rows with values in the nullable columns too, so nulls and values are both compared.
    const raw: Record<string, unknown>[] = await dataSource.query(`SELECT ${rows.selectList('t', null)} FROM ${table} t ORDER BY md5(t.id::text) LIMIT 200`);
    const ours = rows.hydrate(raw, null);
    const theirs = await repository.find({ where: { id: In(ours.map((e) => e.id)) } });
    const byId = new Map(theirs.map((e) => [e.id, e]));
    expect(ours).toHaveLength(200);
    for (const record of ours) {
      expect(record).toBeInstanceOf(entity);
      expect(record).toEqual(byId.get(record.id));
    }
  });

  it.each([
    ['households', Household, 'household'],
    ['persons', Person, 'person'],
  ] as const)('reads %s built as JSON (as a page carries its members) exactly as plain rows', async (_, entity, table) => {
    const rows = new EntityRows<Household | Person>(dataSource.getRepository<Household | Person>(entity).metadata);
    const sample = `FROM ${table} t ORDER BY md5(t.id::text) LIMIT 200`;
    const plain = rows.hydrate(await dataSource.query(`SELECT ${rows.selectList('t', null)} ${sample}`), null);
    const [{ arrays }] = await dataSource.query(`SELECT json_agg(a ORDER BY n) AS arrays FROM (SELECT ${rows.jsonArray('t', null)} AS a, row_number() OVER (ORDER BY md5(t.id::text)) AS n ${sample}) s`);
    const fromJson = rows.hydrateJson(arrays as unknown[][], null);
    expect(fromJson).toHaveLength(200);
    // Timestamps, numerics, dates, enums, arrays and JSON columns all come back as the driver reads them.
    expect(fromJson).toEqual(plain);
    fromJson.forEach((record) => expect(record).toBeInstanceOf(entity));
  });

  it('reads only the properties asked for', async () => {
    const rows = new EntityRows<Person>(dataSource.getRepository(Person).metadata);
    const raw: Record<string, unknown>[] = await dataSource.query(`SELECT ${rows.selectList('p', ['id', 'name', 'monthlyWage'])} FROM person p LIMIT 5`);
    const [person] = rows.hydrate(raw, ['id', 'name', 'monthlyWage']);
    expect(Object.keys(person).sort()).toEqual(['id', 'monthlyWage', 'name']);
    expect(() => rows.selectList('p', ['sysPeriod'])).toThrow(/no loadable property sysPeriod/);
  });
});
