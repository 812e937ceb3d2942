import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { ErrorCode } from '@app/common';

interface ErrorChain {
  originalError?: unknown;
  code?: unknown;
  details?: { retryAfter?: unknown };
}

function retryAfterOf(error: unknown): number | undefined {
  for (let current = error as ErrorChain | undefined, depth = 0; current && depth < 5; current = current.originalError as ErrorChain, depth += 1) {
    if (current.code === ErrorCode.TOO_MANY_REQUESTS && typeof current.details?.retryAfter === 'number') return current.details.retryAfter;
  }
  return undefined;
}

/**
 * A throttled caller gets a Retry-After header besides the code and `retryAfter` in
 * `extensions`. The status stays 200: Nest's Apollo driver resets any status of an operation
 * that ran, so clients read one response shape (nestjs/graphql#2940).
 */
export function retryAfterPlugin(): ApolloServerPlugin {
  return {
    requestDidStart: async (): Promise<GraphQLRequestListener<Record<string, unknown>>> => ({
      willSendResponse: async ({ errors, response }) => {
        const retryAfter = (errors ?? []).map(retryAfterOf).find((seconds) => seconds !== undefined);
        if (retryAfter === undefined) return;
        response.http.headers.set('retry-after', String(retryAfter));
      },
    }),
  };
}
