import { DataSource } from 'typeorm';
import { createTestDatabase } from '../../../test/support/test-database';
import { dataSourceOptions } from './data-source.options';
import { runMigrations } from './migrate';

describe('migrations', () => {
  it('are already applied to the template, apply nothing twice, and undo cleanly to an empty schema', async () => {
    const database = await createTestDatabase();
    try {
      expect(await runMigrations(database.url)).toEqual([]);
      const dataSource = new DataSource(dataSourceOptions(database.url, { poolSize: 1 }));
      await dataSource.initialize();
      try {
        const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM division WHERE level = 'COUNTY' AND left(code, 2) = '45'`);
        expect(n).toBe(111);
        for (let i = 0; i < dataSource.migrations.length; i += 1) await dataSource.undoLastMigration();
        const tables = await dataSource.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`);
        expect(tables).toEqual([]);
        expect(await dataSource.showMigrations()).toBe(true);
      } finally {
        await dataSource.destroy();
      }
      expect((await runMigrations(database.url)).length).toBeGreaterThan(0);
    } finally {
      await database.drop();
    }
  });
});
