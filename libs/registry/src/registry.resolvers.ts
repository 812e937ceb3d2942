import { DivisionResolver } from './divisions/division.resolver';
import { HouseholdResolver } from './households/household.resolver';
import { PersonResolver } from './persons/person.resolver';
import { SiteResolver } from './sites/site.resolver';

/** The lib's GraphQL surface: provided by its module, and listed for generating schema.gql. */
export const REGISTRY_RESOLVERS = [DivisionResolver, SiteResolver, HouseholdResolver, PersonResolver];
