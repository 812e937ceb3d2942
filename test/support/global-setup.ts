/*
 * Migrates a template database once per jest run; every integration and e2e file clones it.
 * Loads only the migrations, never the entities: when jest runs a single file in-band, modules
 * loaded here would otherwise exist twice (once outside jest's registry) and confuse GraphQL.
 */
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../../migrations';
import { databaseUrl, TEMPLATE_ENV, withAdmin } from './test-database';

export default async function globalSetup(): Promise<void> {
  // Both the integration and the e2e tier declare this setup; one template serves them both.
  if (process.env[TEMPLATE_ENV]) return;
  const template = `relocation_tpl_${process.pid}`;
  await withAdmin(async (admin) => {
    await admin.query(`DROP DATABASE IF EXISTS ${template}`);
    await admin.query(`CREATE DATABASE ${template}`);
  });
  const dataSource = new DataSource({ type: 'postgres', url: databaseUrl(template), migrations: MIGRATIONS, migrationsTransactionMode: 'each' });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations();
  } finally {
    await dataSource.destroy();
  }
  process.env[TEMPLATE_ENV] = template;
}
