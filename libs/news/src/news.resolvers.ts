import { NewsResolver } from './news.resolver';

/** The lib's GraphQL surface: provided by its module, and listed for generating schema.gql. */
export const NEWS_RESOLVERS = [NewsResolver];
