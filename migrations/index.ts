import { MigrationInterface } from 'typeorm';
import { InitialSchema1795319968339 } from './1795319968339-InitialSchema';
import { LoadDivisionsAndFacilityKinds1795320000000 } from './1795320000000-LoadDivisionsAndFacilityKinds';
import { RecordHistory1795320100000 } from './1795320100000-RecordHistory';

/** Every migration, in order. Listed explicitly so bundling or the build layout cannot drop one. */
export const MIGRATIONS: Array<new () => MigrationInterface> = [
  InitialSchema1795319968339,
  LoadDivisionsAndFacilityKinds1795320000000,
  RecordHistory1795320100000,
];
