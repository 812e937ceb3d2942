import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError } from './domain-error';
import { httpStatusOf } from './graphql-error.mapping';

/**
 * GraphQL: hands domain errors straight to GraphQL's error formatting. Without it Nest logs
 * each one as an unexpected server error, burying real failures under every NOT_FOUND and
 * bad input. REST (file upload and download): answers `{ code, fields, message }` with the
 * matching HTTP status, the same shape GraphQL clients find in `extensions`.
 */
@Catch(DomainError)
export class DomainErrorFilter implements ExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost): DomainError | void {
    if (host.getType<string>() !== 'http') return error;
    const response = host.switchToHttp().getResponse<Response>();
    if (response.headersSent) {
      response.destroy(); // a download failed midway: cut it short rather than end it as if complete
      return;
    }
    response.status(error.httpStatus ?? httpStatusOf(error.code)).json({ code: error.code, fields: error.fields, message: error.message });
  }
}
