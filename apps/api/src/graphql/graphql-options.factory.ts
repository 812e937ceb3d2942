import { ApolloDriverConfig } from '@nestjs/apollo';
import { Injectable } from '@nestjs/common';
import { GqlOptionsFactory } from '@nestjs/graphql';
import type { Request } from 'express';
import { formatGraphQLError } from '@app/common/errors/graphql-error.mapping';
import { SCALAR_RESOLVERS } from '@app/common/graphql/scalars';
import { RegistryLoaderFactory } from '@app/registry/registry.loaders';
import { GraphQLRequestContext } from '@app/registry/graphql-context';

/** Apollo settings: code-first schema, per-request loaders, errors shaped in one place. */
@Injectable()
export class GraphQLOptionsFactory implements GqlOptionsFactory<ApolloDriverConfig> {
  constructor(private readonly registryLoaders: RegistryLoaderFactory) {}

  createGqlOptions(): ApolloDriverConfig {
    return {
      autoSchemaFile: true,
      sortSchema: true,
      path: '/graphql',
      playground: false,
      introspection: true,
      includeStacktraceInErrorResponses: false,
      resolvers: SCALAR_RESOLVERS,
      formatError: formatGraphQLError,
      context: ({ req }: { req: Request }): GraphQLRequestContext => ({ req, loaders: this.registryLoaders.create() }),
    };
  }
}
