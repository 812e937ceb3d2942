import { DataSource } from 'typeorm';
import { createTestDatabase } from '../../../test/support/test-database';
import { AuditedTransaction } from './audited-transaction';
import { dataSourceOptions } from './data-source.options';

describe('AuditedTransaction', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let dataSource: DataSource;
  let tx: AuditedTransaction;
  const rows = async () => (await dataSource.query(`SELECT n FROM tx_probe ORDER BY n`)).map((row: { n: number }) => row.n);

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = new DataSource(dataSourceOptions(database.url, { poolSize: 3 }));
    await dataSource.initialize();
    await dataSource.query(`CREATE TABLE tx_probe (n int)`);
    tx = new AuditedTransaction(dataSource);
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });
  beforeEach(() => dataSource.query(`TRUNCATE tx_probe`));

  it('lets a write started inside another join it, under its own actor', async () => {
    const seen = await tx.run('outer', async (manager) => {
      await manager.query(`INSERT INTO tx_probe VALUES (1)`);
      return tx.run('inner', async (inner) => {
        const [{ actor }] = await inner.query(`SELECT current_setting('app.actor') AS actor`);
        const [{ n }] = await inner.query(`SELECT count(*)::int AS n FROM tx_probe`);
        await inner.query(`INSERT INTO tx_probe VALUES (2)`);
        return { actor, n, same: inner === manager };
      });
    });
    expect(seen).toEqual({ actor: 'inner', n: 1, same: true });
    expect(await rows()).toEqual([1, 2]);
  });

  it('rolls the joined write back with the outer one', async () => {
    await expect(
      tx.run('outer', async () => {
        await tx.run('inner', (inner) => inner.query(`INSERT INTO tx_probe VALUES (3)`));
        throw new Error('the outer write fails after the inner one succeeded');
      }),
    ).rejects.toThrow('the outer write fails');
    expect(await rows()).toEqual([]);
  });

  it('opens a transaction of its own once the previous one has ended', async () => {
    await tx.run('first', (manager) => manager.query(`INSERT INTO tx_probe VALUES (4)`));
    await expect(
      tx.run('second', async (manager) => {
        await manager.query(`INSERT INTO tx_probe VALUES (5)`);
        throw new Error('only the second rolls back');
      }),
    ).rejects.toThrow();
    expect(await rows()).toEqual([4]);
  });
});
