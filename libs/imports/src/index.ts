// The modules (API, worker), the entities and the GraphQL surface
export * from './imports.module';
export * from './imports.entities';
export * from './imports.resolvers';
export { ImportRun, ImportStatus } from './runs/import-run.entity';
export { ExchangeOutcome } from './exchanges/exchange-entry.entity';
export { RosterKind } from './exchanges/roster-kind';
// The validation job the worker runs
export { ImportValidator } from './validation/import-validator.service';
