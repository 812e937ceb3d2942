import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriverConfig } from '@nestjs/apollo';
import { Injectable } from '@nestjs/common';
import { GqlOptionsFactory } from '@nestjs/graphql';
import type { Request } from 'express';
import { AppConfig, formatGraphQLError } from '@app/common';
import { GraphQLRequestContext, RegistryLoaderFactory } from '@app/registry';
import { IndicatorLoaderFactory, IndicatorLoaders } from '@app/indicators';
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
