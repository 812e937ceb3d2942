import { ExchangeRunResolver } from './exchanges/exchange-run.resolver';
import { ImportRunResolver } from './runs/import-run.resolver';

/** The lib's GraphQL surface: provided by its module, and listed for generating schema.gql. */
export const IMPORTS_RESOLVERS = [ImportRunResolver, ExchangeRunResolver];
