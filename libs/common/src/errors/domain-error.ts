/** The error codes clients see in `extensions.code` (SPEC §10). */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  CONFLICT = 'CONFLICT',
  /** Over the depth, alias, token or cost limits of a query; refused before it runs. */
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  /** The caller is throttled; `extensions.retryAfter` says in how many seconds to try again. */
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
}

export interface FieldProblem {
  /** Path of the bad field inside the argument, e.g. `beneficiaryCount` or `leader.phone`. */
  field: string;
  reason: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: FieldProblem[] = [],
    /** For REST answers only: a status more precise than the code's (413 too large, 415 wrong type). */
    readonly httpStatus?: number,
    /** More for the client, beside `code` and `fields` (e.g. `retryAfter` in seconds). */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what: string, id: string): DomainError =>
  new DomainError(ErrorCode.NOT_FOUND, `${what} ${id} not found`);

export const badInput = (fields: FieldProblem[], httpStatus?: number): DomainError =>
  new DomainError(
    ErrorCode.BAD_USER_INPUT,
    `Invalid input: ${fields.map((f) => `${f.field} ${f.reason}`).join('; ')}`,
    fields,
    httpStatus,
  );

export const conflict = (what: string, id: string, expected: number, actual: number): DomainError =>
  new DomainError(
    ErrorCode.CONFLICT,
    `${what} ${id} was changed by someone else (you edited version ${expected}, it is now at version ${actual}); reload and retry`,
  );

export const forbidden = (why: string): DomainError => new DomainError(ErrorCode.FORBIDDEN, why);

export const unauthenticated = (why = 'Sign in first: send Authorization: Bearer <token> from login'): DomainError =>
  new DomainError(ErrorCode.UNAUTHENTICATED, why);

export const tooManyRequests = (retryAfterSeconds: number): DomainError =>
  new DomainError(ErrorCode.TOO_MANY_REQUESTS, `Too many attempts: try again in ${retryAfterSeconds} s`, [], undefined, { retryAfter: retryAfterSeconds });

export const queryTooComplex = (why: string, details: Record<string, unknown> = {}): DomainError =>
  new DomainError(ErrorCode.QUERY_TOO_COMPLEX, `${why}: ask for fewer fields, smaller pages or less nesting`, [], undefined, details);
