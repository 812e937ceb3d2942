import { AuthResolver } from '@app/access/auth/auth.resolver';
import { UserResolver } from '@app/access/users/user.resolver';
import { DivisionResolver } from '@app/registry/divisions/division.resolver';
import { HouseholdResolver } from '@app/registry/households/household.resolver';
import { PersonResolver } from '@app/registry/persons/person.resolver';
import { SiteResolver } from '@app/registry/sites/site.resolver';

/** Every resolver of the API, for generating schema.gql without starting the server. */
export const API_RESOLVERS = [AuthResolver, UserResolver, DivisionResolver, SiteResolver, HouseholdResolver, PersonResolver];
