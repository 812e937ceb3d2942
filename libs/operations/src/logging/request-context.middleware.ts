import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { withLogContext } from '@app/common';
import { METRICS } from '../metrics/metrics';
import { requestIdOf } from './request-id';

/**
 * Around every HTTP request: its id in the log context (so the jobs it enqueues carry it) and
 * its duration in http_request_duration_seconds, by route pattern rather than raw path so ids
 * do not explode the label set. REST errors are counted by status (GraphQL ones by code, in the
 * API's GraphQL plugin).
 */
@Injectable()
export class RequestContextMiddleware implements NestMiddleware {
  use(req: Request, res: Response, next: NextFunction): void {
    const started = process.hrtime.bigint();
    res.once('finish', () => {
      // A route pattern (`/evidence/:id/file`), without the catch-all tail a mounted handler (Apollo) has.
      const route = req.route ? `${req.baseUrl}${(req.route as { path: string }).path}`.replace(/\/\{\*\w+\}$/, '') : 'unmatched';
      if (route.startsWith('/health')) return;
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      METRICS.httpRequestDuration.observe({ method: req.method, route, status: String(res.statusCode) }, seconds);
      if (res.statusCode >= 400 && route !== '/graphql') METRICS.errors.inc({ code: `HTTP_${res.statusCode}`, operation: `${req.method} ${route}` });
    });
    withLogContext({ requestId: requestIdOf(req, res) }, next);
  }
}
