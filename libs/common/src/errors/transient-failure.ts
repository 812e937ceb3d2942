import { DomainError, ErrorCode, serviceUnavailable } from './domain-error';

/** PostgreSQL SQLSTATEs of a lost or refused connection: class 08, the server shutting down or starting, no free slot. */
const PG_UNAVAILABLE = /^(08...|57P0[1-3]|53300)$/;
/** Socket errors of a server that is down or unreachable. */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ENOTFOUND']);
/** What node-postgres, its pool and ioredis say when they lose or cannot get a connection (they set no code). */
const CONNECTION_MESSAGES = [
  /^Connection terminated/,
  /timeout exceeded when trying to connect/,
  /is not queryable/,
  /^Connection is closed/,
  /Stream isn't writeable/,
  /Reached the max retries per request limit/,
];

interface ErrorLike {
  code?: unknown;
  message?: unknown;
  driverError?: unknown;
  cause?: unknown;
  originalError?: unknown;
}

/** The error and what it wraps (TypeORM's driverError, GraphQL's originalError, `cause`). */
function* chain(error: unknown): Generator<ErrorLike> {
  let current: unknown = error;
  for (let depth = 0; current && typeof current === 'object' && depth < 6; depth += 1) {
    const link = current as ErrorLike;
    yield link;
    current = link.driverError ?? link.originalError ?? link.cause;
  }
}

/**
 * Whether an error means a dependency (PostgreSQL, Redis) is unreachable rather than that
 * something is wrong with the request or the code: those are SERVICE_UNAVAILABLE, worth a retry.
 */
export function isTransientFailure(error: unknown): boolean {
  for (const link of chain(error)) {
    if (link instanceof DomainError) return link.code === ErrorCode.SERVICE_UNAVAILABLE;
    const code = typeof link.code === 'string' ? link.code : '';
    if (PG_UNAVAILABLE.test(code) || SOCKET_CODES.has(code)) return true;
    const message = typeof link.message === 'string' ? link.message : '';
    if (CONNECTION_MESSAGES.some((pattern) => pattern.test(message))) return true;
  }
  return false;
}

/** The DomainError a client should see for an error: itself, SERVICE_UNAVAILABLE for a transient failure, or undefined. */
export function clientErrorOf(error: unknown): DomainError | undefined {
  for (const link of chain(error)) if (link instanceof DomainError) return link;
  return isTransientFailure(error) ? serviceUnavailable('A service the system depends on') : undefined;
}
