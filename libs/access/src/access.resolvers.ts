import { AuthResolver } from './auth/auth.resolver';
import { UserResolver } from './users/user.resolver';

/** The lib's GraphQL surface: provided by its module, and listed for generating schema.gql. */
export const ACCESS_RESOLVERS = [AuthResolver, UserResolver];
