import { DomainError, ErrorCode, notFound, serviceUnavailable } from './domain-error';
import { clientErrorOf, isTransientFailure } from './transient-failure';

const pgError = (code: string, message = 'x') => Object.assign(new Error(message), { code });
/** TypeORM's QueryFailedError keeps the driver's error and copies its code. */
const queryFailed = (driverError: Error) => Object.assign(new Error(driverError.message), { driverError, code: (driverError as { code?: string }).code });

describe('transient failures', () => {
  it.each([
    ['a backend terminated by an administrator', queryFailed(pgError('57P01', 'terminating connection due to administrator command'))],
    ['a server starting up', pgError('57P03', 'the database system is starting up')],
    ['a connection exception', pgError('08006')],
    ['too many connections', pgError('53300')],
    ['connection refused', pgError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')],
    ['a socket cut mid-query', new Error('Connection terminated unexpectedly')],
    ['a pool that cannot connect in time', new Error('timeout exceeded when trying to connect')],
    ['a client broken by an earlier error', new Error('Client has encountered a connection error and is not queryable')],
    ['Redis gone', new Error('Connection is closed.')],
    ['our own answer', serviceUnavailable('Redis')],
    ['wrapped by GraphQL', { originalError: queryFailed(pgError('57P01')) }],
  ])('%s is SERVICE_UNAVAILABLE', (_what, error) => {
    expect(isTransientFailure(error)).toBe(true);
    expect(clientErrorOf(error)?.code).toBe(ErrorCode.SERVICE_UNAVAILABLE);
  });

  it.each([
    ['a unique violation', queryFailed(pgError('23505', 'duplicate key value violates unique constraint'))],
    ['a syntax error', pgError('42601')],
    ['a plain bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['nothing', undefined],
  ])('%s is not', (_what, error) => {
    expect(isTransientFailure(error)).toBe(false);
    expect(clientErrorOf(error)).toBeUndefined();
  });

  it('passes domain errors through as they are', () => {
    const error = notFound('Site', 'x');
    expect(isTransientFailure(error)).toBe(false);
    expect(clientErrorOf({ originalError: error })).toBe(error);
    expect(clientErrorOf(error)).toBeInstanceOf(DomainError);
  });
});
