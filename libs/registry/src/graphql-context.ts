import type { AuthenticatedRequest } from '@app/access';
import type { RegistryLoaders } from './registry.loaders';

/** What every resolver finds in the GraphQL context. */
export interface GraphQLRequestContext {
  req: AuthenticatedRequest;
  loaders: RegistryLoaders;
}
