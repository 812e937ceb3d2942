import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

const REQUEST_ID = Symbol('requestId');
/** An id a caller or proxy sent is kept only if it looks like one (never arbitrary text in the logs). */
const ACCEPTABLE = /^[A-Za-z0-9._-]{8,100}$/;

type Identified = IncomingMessage & { [REQUEST_ID]?: string };

/**
 * The request's id: the caller's `x-request-id` when it looks like one (so a trace crosses a
 * proxy), a new UUID otherwise. Decided once per request and sent back in `x-request-id`.
 */
export function requestIdOf(req: IncomingMessage, res?: ServerResponse): string {
  const identified = req as Identified;
  if (identified[REQUEST_ID]) return identified[REQUEST_ID];
  const sent = req.headers['x-request-id'];
  const id = typeof sent === 'string' && ACCEPTABLE.test(sent) ? sent : randomUUID();
  identified[REQUEST_ID] = id;
  if (res && !res.headersSent) res.setHeader('x-request-id', id);
  return id;
}

const OPERATION = Symbol('graphqlOperation');

/** Notes the GraphQL operation a request carried, for its log line and metrics. */
export function noteOperation(req: IncomingMessage, operation: string): void {
  (req as IncomingMessage & { [OPERATION]?: string })[OPERATION] = operation;
}

export function operationOf(req: IncomingMessage): string | undefined {
  return (req as IncomingMessage & { [OPERATION]?: string })[OPERATION];
}
