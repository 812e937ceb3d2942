export * from './db.module';
export * from './audited-transaction';
export { dataSourceDatabase } from './sql-database';
export type { SqlDatabase, SqlSession } from './sql-database';
