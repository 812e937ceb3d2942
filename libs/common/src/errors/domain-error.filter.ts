import { ArgumentsHost, Catch, HttpException, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { Response } from 'express';
import { ErrorCode, RETRY_AFTER_SECONDS } from './domain-error';
import { httpStatusOf } from './graphql-error.mapping';
import { clientErrorOf } from './transient-failure';

/**
 * GraphQL: hands every error straight to GraphQL's error formatting (formatGraphQLError), which
 * maps it. Without it Nest logs each domain error as an unexpected server error, burying real
 * failures under every NOT_FOUND and bad input. REST (file upload and download): answers
 * `{ code, fields, message }` with the matching HTTP status, the same shape GraphQL clients find
 * in `extensions`; a lost database or Redis connection is 503 SERVICE_UNAVAILABLE with
 * Retry-After, and anything else keeps Nest's own answer.
 */
@Catch()
export class DomainErrorFilter extends BaseExceptionFilter {
  private readonly logger = new Logger('Http');

  override catch(error: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() !== 'http') return this.forGraphQL(error);
    const domain = error instanceof HttpException ? undefined : clientErrorOf(error);
    if (!domain) return super.catch(error, host);
    const response = host.switchToHttp().getResponse<Response>();
    if (response.headersSent) {
      response.destroy(); // a download failed midway: cut it short rather than end it as if complete
      return undefined;
    }
    const unavailable = domain.code === ErrorCode.SERVICE_UNAVAILABLE;
    if (unavailable) {
      this.logger.warn(`Dependency unavailable: ${error instanceof Error ? error.message : String(error)}`);
      response.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    }
    response
      .status(domain.httpStatus ?? httpStatusOf(domain.code))
      .json({ code: domain.code, fields: domain.fields, message: domain.message, ...(unavailable ? { retryable: true } : {}) });
    return undefined;
  }

  /**
   * What a failure before or in a resolver (a guard's lookup, a pipe) is handed to graphql-js
   * as. graphql-js takes what a filter returns for the field's value unless it is an Error of
   * its own realm, and a connection error raised by Node itself is not one inside a test
   * runner's sandbox: a lost database then read as a household page without nodes, an internal
   * error. A lost dependency becomes SERVICE_UNAVAILABLE here, logged as the REST answer is.
   */
  private forGraphQL(error: unknown): unknown {
    const domain = clientErrorOf(error);
    if (domain?.code !== ErrorCode.SERVICE_UNAVAILABLE || domain === error) return error;
    this.logger.warn(`Dependency unavailable: ${(error as { message?: unknown })?.message ?? String(error)}`);
    return Object.assign(domain, { cause: error });
  }
}
