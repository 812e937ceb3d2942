import './pg-type-parsers';
import { DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from 'typeorm-naming-strategies';
import { ACCESS_ENTITIES } from '@app/access/access.entities';
import { EVIDENCE_ENTITIES } from '@app/evidence/evidence.entities';
import { REGISTRY_ENTITIES } from '@app/registry/registry.entities';
import { INDICATOR_ENTITIES } from '@app/indicators/indicators.entities';
import { NewsItem } from '@app/news/news-item.entity';
import { REPORT_ENTITIES } from '@app/reports/reports.entities';
import { MAIL_ENTITIES } from '@app/mail/mail.entities';
import { REDLINES_ENTITIES } from '@app/redlines/redlines.entities';
import { BULLETIN_ENTITIES } from '@app/bulletin/bulletin.entities';
import { MIGRATIONS } from '../../../migrations';

/** Entities are listed, not globbed, so the build layout cannot hide one (nestjs/nest#5505). */
export const ENTITIES = [...REGISTRY_ENTITIES, ...ACCESS_ENTITIES, ...INDICATOR_ENTITIES, ...EVIDENCE_ENTITIES, NewsItem, ...REDLINES_ENTITIES, ...MAIL_ENTITIES, ...REPORT_ENTITIES, ...BULLETIN_ENTITIES];

/**
 * Session settings of every application connection. JIT compilation costs more than it saves
 * on the indicator statements (their row estimates through the history functions are far too
 * high); their hash joins and aggregates spill to disk at the default 4 MB of work_mem.
 */
export const SESSION_OPTIONS = '-c jit=off -c work_mem=64MB';

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
    extra: { max: overrides.poolSize ?? 10, options: SESSION_OPTIONS },
  };
}
