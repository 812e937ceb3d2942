import { GraphQLFormattedError } from 'graphql';
import { Logger } from '@nestjs/common';
import { DomainError, ErrorCode, FieldProblem, queryTooComplex } from './domain-error';
import { literalInputProblem } from './literal-input-problem';

/** Exhaustive: adding an ErrorCode without deciding its HTTP status fails to compile. */
export function httpStatusOf(code: ErrorCode): number {
  switch (code) {
    case ErrorCode.UNAUTHENTICATED:
      return 401;
    case ErrorCode.FORBIDDEN:
      return 403;
    case ErrorCode.NOT_FOUND:
      return 404;
    case ErrorCode.BAD_USER_INPUT:
      return 400;
    case ErrorCode.CONFLICT:
      return 409;
    case ErrorCode.QUERY_TOO_COMPLEX:
      return 400;
    case ErrorCode.TOO_MANY_REQUESTS:
      return 429;
    default: {
      const unmapped: never = code;
      throw new Error(`unmapped error code ${String(unmapped)}`);
    }
  }
}

// Apollo rejects malformed variables before any resolver runs; its message carries the path,
// which we lift into `fields` so every BAD_USER_INPUT has the same shape.
const NESTED_VARIABLE_PROBLEM = /^Variable "\$(\w+)" got invalid value .*? at "([^"]+)"; (.*)$/s;
const VARIABLE_PROBLEM = /^Variable "\$(\w+)" (?:got invalid value .*?; )?(.*)$/s;

export function fieldsFromVariableMessage(message: string): FieldProblem[] | undefined {
  const nested = NESTED_VARIABLE_PROBLEM.exec(message);
  if (nested) {
    const path = nested[2].split('.').slice(1).join('.') || nested[2];
    return [{ field: path, reason: nested[3] }];
  }
  const root = VARIABLE_PROBLEM.exec(message);
  return root ? [{ field: root[1], reason: root[2] }] : undefined;
}

// graphql-js's own words when a document passes the parser's token limit.
const TOKEN_LIMIT = /^Syntax Error: Document contains more tha[nt] (\d+) tokens/; // "that": graphql-js 16 says so

const PASSED_THROUGH = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE']);
const logger = new Logger('GraphQL');

function domainErrorOf(error: unknown): DomainError | undefined {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth += 1) {
    if (current instanceof DomainError) return current;
    // A limit's refusal; Apollo wraps a validation rule's error, replacing its code, but keeps it as the original.
    const { extensions, message } = current as { extensions?: Record<string, unknown>; message?: string };
    if (extensions?.code === ErrorCode.QUERY_TOO_COMPLEX) {
      const { code: _code, http: _http, ...details } = extensions;
      return new DomainError(ErrorCode.QUERY_TOO_COMPLEX, message ?? '', [], undefined, details);
    }
    current = (current as { originalError?: unknown }).originalError;
  }
  return undefined;
}

/** Final shaping of every error leaving the API: domain codes mapped, anything unexpected hidden. */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const { message, locations, path } = formatted;
  const domain = domainErrorOf(error);
  if (domain) {
    const extensions: Record<string, unknown> = { code: domain.code, ...domain.details };
    if (domain.fields.length > 0) extensions.fields = domain.fields;
    return { message: domain.message, locations, path, extensions };
  }
  const tokens = TOKEN_LIMIT.exec(message);
  if (tokens) return { message: queryTooComplex(`The query has more than ${tokens[1]} tokens`).message, extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, limit: Number(tokens[1]) } };
  const code = formatted.extensions?.code as string | undefined;
  if (code === ErrorCode.BAD_USER_INPUT) {
    const fields = fieldsFromVariableMessage(message);
    return { message, locations, path, extensions: { code, ...(fields ? { fields } : {}) } };
  }
  if (code === 'GRAPHQL_VALIDATION_FAILED') {
    // A bad value written inline is the same bad input as one passed in a variable.
    const field = literalInputProblem(message, error);
    if (field) return { message, locations, path, extensions: { code: ErrorCode.BAD_USER_INPUT, fields: [field] } };
  }
  if (code && PASSED_THROUGH.has(code)) return { message, locations, path, extensions: { code } };
  logger.error(`Unhandled error: ${message}`, (error as { originalError?: Error })?.originalError?.stack);
  return { message: 'Internal server error', locations, path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
