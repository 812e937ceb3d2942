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
import { MIGRATIONS } from '../../../migrations';

/** Entities are listed, not globbed, so the build layout cannot hide one (nestjs/nest#5505). */
export const ENTITIES = [...REGISTRY_ENTITIES, ...ACCESS_ENTITIES, ...INDICATOR_ENTITIES, ...EVIDENCE_ENTITIES, NewsItem, ...REDLINES_ENTITIES, ...MAIL_ENTITIES, ...REPORT_ENTITIES];

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
    // JIT compilation costs more than it saves on the indicator rollups, whose row estimates
    // through the claim-status views are far too high (measured: 10.0 s → 8.5 s on Guangxi data
    // under load); the rollups' hash joins spill to disk at the default 4 MB of work_mem
    // (4.8 s → 4.2 s at 64 MB, idle machine).
    extra: { max: overrides.poolSize ?? 10, options: '-c jit=off -c work_mem=64MB' },
  };
}
