import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriverConfig } from '@nestjs/apollo';
import { Injectable } from '@nestjs/common';
import { GqlOptionsFactory } from '@nestjs/graphql';
import type { Request } from 'express';
import { formatGraphQLError } from '@app/common/errors/graphql-error.mapping';
import { AppConfig } from '@app/common/config/app-config';
import { RegistryLoaderFactory } from '@app/registry/registry.loaders';
import { GraphQLRequestContext } from '@app/registry/graphql-context';
import { IndicatorLoaderFactory, IndicatorLoaders } from '@app/indicators/live/indicator.loaders';
import { complexityLimitPlugin } from './complexity-limit.plugin';

/** Apollo settings: code-first schema, per-request loaders, errors shaped in one place. */
@Injectable()
export class GraphQLOptionsFactory implements GqlOptionsFactory<ApolloDriverConfig> {
  constructor(
    private readonly registryLoaders: RegistryLoaderFactory,
    private readonly indicatorLoaders: IndicatorLoaderFactory,
    private readonly config: AppConfig,
  ) {}

  createGqlOptions(): ApolloDriverConfig {
    return {
      autoSchemaFile: true,
      sortSchema: true,
      path: '/graphql',
      playground: false,
      introspection: true,
      includeStacktraceInErrorResponses: false,
      formatError: formatGraphQLError,
      plugins: [ApolloServerPluginCacheControlDisabled(), complexityLimitPlugin(this.config.GRAPHQL_MAX_COMPLEXITY)],
      context: ({ req }: { req: Request }): GraphQLRequestContext & { indicators: IndicatorLoaders } => ({
        req,
        loaders: this.registryLoaders.create(),
        indicators: this.indicatorLoaders.create(req),
      }),
    };
  }
}
