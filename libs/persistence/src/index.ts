export { ENTITIES } from './entities';
export { PersistenceModule, persistenceOptions } from './persistence';
