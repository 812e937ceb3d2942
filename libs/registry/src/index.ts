export * from './registry.module';
export * from './registry.entities';
export * from './registry.loaders';
export * from './graphql-context';
export { Division } from './divisions/division.entity';
export { Site } from './sites/site.entity';
export { Household } from './households/household.entity';
export { Person } from './persons/person.entity';
