import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriverConfig } from '@nestjs/apollo';
import { Injectable } from '@nestjs/common';
import { GqlOptionsFactory } from '@nestjs/graphql';
import type { Request } from 'express';
import { AppConfig, formatGraphQLError, installPlainFieldResolvers } from '@app/common';
import { AuthService } from '@app/access';
import { GraphQLRequestContext, RegistryLoaderFactory } from '@app/registry';
import { IndicatorLoaderFactory, IndicatorLoaders } from '@app/indicators';
import { anonymousCallersPlugin } from './anonymous-callers.plugin';
import { operationsPlugin } from './operations.plugin';
import { queryLimits } from './query-limits';
import { retryAfterPlugin } from './retry-after.plugin';

/** Apollo settings: code-first schema, per-request loaders, limits, errors shaped in one place. */
@Injectable()
export class GraphQLOptionsFactory implements GqlOptionsFactory<ApolloDriverConfig> {
  constructor(
    private readonly registryLoaders: RegistryLoaderFactory,
    private readonly indicatorLoaders: IndicatorLoaderFactory,
    private readonly auth: AuthService,
    private readonly config: AppConfig,
  ) {}

  createGqlOptions(): ApolloDriverConfig {
    const limits = queryLimits(this.config);
    return {
      autoSchemaFile: true,
      sortSchema: true,
      path: '/graphql',
      playground: false,
      // On for signed-in users only: anonymousCallersPlugin refuses it to everyone else.
      introspection: true,
      includeStacktraceInErrorResponses: false,
      // One operation per request: a batch would multiply every limit below.
      allowBatchedHttpRequests: false,
      parseOptions: limits.parseOptions,
      validationRules: limits.validationRules,
      formatError: formatGraphQLError,
      transformSchema: installPlainFieldResolvers,
      // Apollo indents its answers by default: a page of households with their members went out
      // a third larger, every byte of it to be sent and parsed again by the client.
      stringifyResult: (result) => JSON.stringify(result),
      // Nest would otherwise reset every response with `data` to 200, undoing the 503 that
      // operationsPlugin sets for SERVICE_UNAVAILABLE; no other error here sets an HTTP status.
      preserveHttpStatusForExecutionErrors: false,
      plugins: [
        ApolloServerPluginCacheControlDisabled(),
        operationsPlugin(),
        limits.plugin,
        anonymousCallersPlugin((request) => this.auth.signedInViewer(request)),
        retryAfterPlugin(),
      ],
      context: ({ req }: { req: Request }): GraphQLRequestContext & { indicators: IndicatorLoaders } => ({
        req,
        loaders: this.registryLoaders.create(),
        indicators: this.indicatorLoaders.create(req),
      }),
    };
  }
}
