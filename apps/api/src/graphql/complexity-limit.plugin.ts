import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ComplexityEstimator, fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

/**
 * A page costs its page size times what each item asks for; unpaged lists count as ten unless
 * the field declares its own cost (`complexity` on @Field, e.g. indicators computed in one batch).
 */
const pagedEstimator: ComplexityEstimator = ({ args, childComplexity, field }) => {
  if (typeof args.first === 'number') return 1 + childComplexity * Math.max(args.first, 1);
  // A connection's page was already multiplied in by `first` on the connection itself.
  if (field.name === 'nodes' || field.name === 'edges') return 1 + childComplexity;
  if (field.type.toString().startsWith('[')) return 1 + childComplexity * 10;
  return undefined;
};

/**
 * Rejects a query whose estimated cost exceeds the limit before it runs, so one request cannot
 * ask for millions of rows through nested lists.
 */
export function complexityLimitPlugin(maxComplexity: number): ApolloServerPlugin {
  return {
    requestDidStart: async (): Promise<GraphQLRequestListener<Record<string, unknown>>> => ({
      didResolveOperation: async ({ request, document, schema }) => {
        let complexity: number;
        try {
          complexity = getComplexity({
            schema,
            query: document,
            operationName: request.operationName,
            variables: request.variables ?? {},
            estimators: [fieldExtensionsEstimator(), pagedEstimator, simpleEstimator({ defaultComplexity: 1 })],
          });
        } catch {
          return; // malformed variables: execution reports them as BAD_USER_INPUT with the field
        }
        if (complexity > maxComplexity) {
          throw new GraphQLError(`This query is too expensive (cost ${complexity}, limit ${maxComplexity}): ask for smaller pages or fewer nested lists`, {
            extensions: { code: 'QUERY_TOO_COMPLEX', cost: complexity, limit: maxComplexity },
          });
        }
      },
    }),
  };
}
