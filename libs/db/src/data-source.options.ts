import './pg-type-parsers';
import { DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from 'typeorm-naming-strategies';
import { ACCESS_ENTITIES } from '@app/access/access.entities';
import { REGISTRY_ENTITIES } from '@app/registry/registry.entities';
import { MIGRATIONS } from '../../../migrations';

/** Entities are listed, not globbed, so the build layout cannot hide one (nestjs/nest#5505). */
export const ENTITIES = [...REGISTRY_ENTITIES, ...ACCESS_ENTITIES];

/**
 * The one DataSource configuration, used by the apps, the migration CLI and the tests.
 * Never `synchronize`: the schema changes only through reviewed migrations.
 */
export function dataSourceOptions(url: string, overrides: Partial<{ poolSize: number; logging: boolean }> = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    uuidExtension: 'pgcrypto',
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    logging: overrides.logging ?? false,
    extra: { max: overrides.poolSize ?? 10 },
  };
}
