/* `npm run migration:run`: applies pending migrations to DATABASE_URL (a deploy step). */
import 'reflect-metadata';
import { loadAppConfig } from '@app/common';
import { runMigrations } from '../migrate';

async function main(): Promise<void> {
  const config = loadAppConfig();
  if (!config.DATABASE_URL) throw new Error('Set DATABASE_URL to the database to migrate');
  const applied = await runMigrations(config.DATABASE_URL);
  console.warn(applied.length > 0 ? `Applied ${applied.length} migration(s): ${applied.join(', ')}` : 'The database is up to date.');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
