import { Extensions } from '@nestjs/graphql';
import { type GraphQLFieldResolver, type GraphQLSchema, isObjectType } from 'graphql';

const PLAIN_RESOLVER_EXTENSION = 'plainResolver';

/**
 * Resolves a @Field with `resolve` exactly as graphql-js calls it. Nest wraps a field's
 * middleware in an async function, so a field resolved that way hands graphql-js a promise even
 * when its value is at hand; on a list (the members of every household of a page) each such
 * promise makes the whole row, and the list, complete asynchronously. A plain resolver may
 * return a value or a promise, and graphql-js awaits only the latter. Takes effect through
 * `installPlainFieldResolvers` on the built schema.
 */
export function PlainFieldResolver<TSource, TContext>(resolve: GraphQLFieldResolver<TSource, TContext>): PropertyDecorator {
  return Extensions({ [PLAIN_RESOLVER_EXTENSION]: resolve });
}

/** Sets every field marked with PlainFieldResolver to resolve through its own resolver (the schema's `transformSchema`). */
export function installPlainFieldResolvers(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.extensions[PLAIN_RESOLVER_EXTENSION];
      if (typeof resolve === 'function') field.resolve = resolve as GraphQLFieldResolver<unknown, unknown>;
    }
  }
  return schema;
}
