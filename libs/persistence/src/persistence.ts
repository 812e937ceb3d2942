import { DataSourceOptions } from 'typeorm';
import { DatabaseRootModule, dataSourceOptions, DataSourceSettings } from '@app/db';
import { ENTITIES } from './entities';

/** The connection pool of an app process, mapping every feature's entities. */
export const PersistenceModule = DatabaseRootModule.forRoot(ENTITIES);

/** DataSource options for a process outside Nest (quick start, scripts, tests) with every entity mapped. */
export function persistenceOptions(url: string, settings: Omit<DataSourceSettings, 'entities'> = {}): DataSourceOptions {
  return dataSourceOptions(url, { ...settings, entities: ENTITIES });
}
