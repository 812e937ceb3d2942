import { Catch, ExceptionFilter } from '@nestjs/common';
import { DomainError } from './domain-error';

/**
 * Hands domain errors straight to GraphQL's error formatting. Without it Nest logs each one
 * as an unexpected server error, burying real failures under every NOT_FOUND and bad input.
 */
@Catch(DomainError)
export class DomainErrorFilter implements ExceptionFilter {
  catch(error: DomainError): DomainError {
    return error;
  }
}
