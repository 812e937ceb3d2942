// Connection and migrations
export * from './data-source.options';
export * from './database-root.module';
export { runMigrations } from './migrate';
// Writes and plain SQL
export * from './db.module';
export * from './audited-transaction';
export { clientDatabase, dataSourceDatabase, type SqlDatabase, type SqlSession } from './sql-database';
// Fast reads of entity rows
export { EntityRows } from './entity-rows';
export { loadableProperties } from './loadable-properties';
// The quick start's embedded services
export { startEmbeddedPostgres } from './embedded/embedded-postgres.launcher';
export { ensureRedis } from './embedded/local-redis.launcher';
