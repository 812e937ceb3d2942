import { DataSource } from 'typeorm';
import { createTestDatabase } from '../../../test/support/test-database';
import { dataSourceOptions } from './data-source.options';
import { preparedRawRows, StatementNames } from './prepared-reads';

describe('preparedRawRows', () => {
  let dataSource: DataSource;
  let drop: () => Promise<void>;
  // One connection, so the session that prepared a statement is the one asked about it.
  const preparedOnTheConnection = async (): Promise<string[]> =>
    (await dataSource.query(`SELECT name FROM pg_prepared_statements ORDER BY name`)).map((row: { name: string }) => row.name);
  const notesAfter = (after: number) =>
    dataSource.createQueryBuilder().select('n.id', 'id').addSelect('n.body', 'body').from('note', 'n').where('n.id > :after', { after }).orderBy('n.id');

  beforeAll(async () => {
    const database = await createTestDatabase();
    drop = database.drop;
    dataSource = await new DataSource(dataSourceOptions(database.url, { poolSize: 1 })).initialize();
    await dataSource.query(`CREATE TABLE note (id int PRIMARY KEY, body text NOT NULL)`);
    await dataSource.query(`INSERT INTO note VALUES (1, '一'), (2, '二'), (3, '三')`);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await drop?.();
  });

  it('answers what TypeORM answers, through one named statement per text whatever the parameters', async () => {
    const names = new StatementNames();
    expect(await preparedRawRows(notesAfter(1), names)).toEqual(await notesAfter(1).getRawMany());
    expect(await preparedRawRows(notesAfter(0), names)).toEqual([
      { id: 1, body: '一' },
      { id: 2, body: '二' },
      { id: 3, body: '三' },
    ]);
    expect(await preparedOnTheConnection()).toEqual(['read_1']);
  });

  it('names no more texts than its bound, and runs the others unnamed', async () => {
    const names = new StatementNames(1);
    expect(names.nameFor('SELECT 1')).toBe('read_1');
    expect(names.nameFor('SELECT 2')).toBeUndefined();
    expect(names.nameFor('SELECT 1')).toBe('read_1');
  });

  it('runs inside the transaction its builder belongs to', async () => {
    await expect(
      dataSource.transaction(async (manager) => {
        await manager.query(`INSERT INTO note VALUES (4, '四')`);
        const inside = manager.createQueryBuilder().select('n.id', 'id').from('note', 'n').where('n.id > :after', { after: 3 });
        expect(await preparedRawRows(inside, new StatementNames())).toEqual([{ id: 4 }]);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await notesAfter(3).getRawMany()).toEqual([]);
  });
});
