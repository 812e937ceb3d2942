import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import type { Request } from 'express';
import { ErrorCode, RETRY_AFTER_SECONDS } from '@app/common';
import { METRICS, noteOperation } from '@app/operations';

/**
 * What operators see of GraphQL: each operation's duration by name and type, errors by code
 * (graphql_operation_duration_seconds, api_errors_total), the operation name on the request's
 * log line. And how clients see an outage: a response carrying SERVICE_UNAVAILABLE (PostgreSQL
 * or Redis unreachable) is HTTP 503 with Retry-After, so proxies and clients know to retry; the
 * body is the usual GraphQL result. Every other GraphQL error stays 200, as Apollo answers.
 */
export function operationsPlugin(): ApolloServerPlugin<{ req: Request }> {
  return {
    requestDidStart: async ({ contextValue }): Promise<GraphQLRequestListener<{ req: Request }>> => {
      const started = process.hrtime.bigint();
      let operation = 'unknown';
      let type = 'unknown';
      return {
        didResolveOperation: async ({ operationName, operation: definition }) => {
          operation = operationName ?? 'anonymous';
          type = definition?.operation ?? 'unknown';
          noteOperation(contextValue.req, operation);
        },
        willSendResponse: async ({ response }) => {
          METRICS.graphqlOperationDuration.observe({ operation, type }, Number(process.hrtime.bigint() - started) / 1e9);
          if (response.body.kind !== 'single') return;
          const codes = (response.body.singleResult.errors ?? []).map((error) => String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
          for (const code of codes) METRICS.errors.inc({ code, operation });
          if (codes.includes(ErrorCode.SERVICE_UNAVAILABLE)) {
            response.http.status = 503;
            response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
          }
        },
      };
    },
  };
}
