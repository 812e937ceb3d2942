import { DataSourceOptions, EntitySchema } from 'typeorm';
import { SnakeNamingStrategy } from 'typeorm-naming-strategies';
import './pg-type-parsers';
import { MIGRATIONS } from '../../../migrations';

/**
 * Session settings of every application connection. JIT compilation costs more than it saves
 * on the indicator statements (their row estimates through the history functions are far too
 * high); their hash joins and aggregates spill to disk at the default 4 MB of work_mem.
 */
export const SESSION_OPTIONS = '-c jit=off -c work_mem=64MB';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own type for entity classes
export type EntityList = ReadonlyArray<Function | string | EntitySchema>;

export interface DataSourceSettings {
  /** The entities this connection maps; none for a connection that only migrates or runs SQL. */
  entities?: EntityList;
  poolSize?: number;
  logging?: boolean;
}

/**
 * The one DataSource configuration, used by the apps, the migration CLI and the tests; the
 * entity list comes from the composition root (libs/persistence), since the features own them.
 * Never `synchronize`: the schema changes only through reviewed migrations.
 */
export function dataSourceOptions(url: string, settings: DataSourceSettings = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: [...(settings.entities ?? [])],
    migrations: MIGRATIONS,
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    uuidExtension: 'pgcrypto',
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    logging: settings.logging ?? false,
    extra: { max: settings.poolSize ?? 10, options: SESSION_OPTIONS },
  };
}
