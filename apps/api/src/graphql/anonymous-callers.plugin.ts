import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import type { Request } from 'express';
import { DocumentNode, GraphQLError, visit } from 'graphql';
import { unauthenticated } from '@app/common';
import type { Viewer } from '@app/access';

// Apollo hands every request for the same text the same parsed document (its document cache),
// so the walk is done once per query text rather than once per request.
const introspecting = new WeakMap<DocumentNode, boolean>();

/** Whether the operation asks the schema about itself (`__schema`, `__type`); `__typename` is harmless. */
function introspects(document: DocumentNode): boolean {
  let found = introspecting.get(document);
  if (found !== undefined) return found;
  found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') found = true;
    },
  });
  introspecting.set(document, found);
  return found;
}

const SUGGESTION = /\s*Did you mean .+\?$/;

/**
 * What the schema tells about itself is for signed-in users: anonymous callers get no
 * introspection and no "did you mean" suggestions in errors, so the only thing an outsider can
 * learn is how to sign in.
 */
export function anonymousCallersPlugin(signedIn: (request: Request) => Promise<Viewer | null>): ApolloServerPlugin<{ req: Request }> {
  return {
    requestDidStart: async (): Promise<GraphQLRequestListener<{ req: Request }>> => ({
      didResolveOperation: async ({ document, contextValue }) => {
        if (introspects(document) && !(await signedIn(contextValue.req))) {
          const refusal = unauthenticated('Introspection is available to signed-in users only: send Authorization: Bearer <token> from login');
          throw new GraphQLError(refusal.message, { originalError: refusal, extensions: { http: { status: 401 } } });
        }
      },
      didEncounterErrors: async ({ errors, contextValue }) => {
        if (!errors.some((error) => SUGGESTION.test(error.message)) || (await signedIn(contextValue.req))) return;
        for (const error of errors) error.message = error.message.replace(SUGGESTION, '');
      },
    }),
  };
}
