import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { PinoLogger } from 'nestjs-pino';
import { withLogContext } from '@app/common';
import { METRICS } from '../metrics/metrics';
import { operationOf, requestIdOf } from './request-id';

/** Path only: a query string can carry GraphQL variables (GET) and with them personal data. */
const pathOf = (req: Request) => (req.originalUrl ?? req.url ?? '').split('?')[0];

/**
 * Around every HTTP request: its id in the log context (so the lines logged while serving it and
 * the jobs it enqueues carry it), and once it ends, one log line (id, method and path, status,
 * duration, GraphQL operation) and its duration in http_request_duration_seconds, by route
 * pattern rather than raw path so ids do not explode the label set. REST errors are counted by
 * status (GraphQL ones by code, in the API's GraphQL plugin). Health probes, every few seconds,
 * are neither logged nor timed.
 */
@Injectable()
export class RequestContextMiddleware implements NestMiddleware {
  use(req: Request, res: Response, next: NextFunction): void {
    const started = process.hrtime.bigint();
    const requestId = requestIdOf(req, res);
    const path = pathOf(req);
    if (path.startsWith('/health')) return withLogContext({ requestId }, next);
    const line = () => ({ requestId, method: req.method, path, status: res.statusCode, durationMs: Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10, operation: operationOf(req) });
    res.once('finish', () => {
      const finished = line();
      PinoLogger.root[res.statusCode >= 500 ? 'error' : 'info'](finished, `${req.method} ${path} ${res.statusCode}`);
      // A controller's route pattern (`/evidence/:id/file`), else where a handler was mounted (Apollo's `/graphql`).
      const route = req.route ? `${req.baseUrl}${(req.route as { path: string }).path}` : req.baseUrl || 'unmatched';
      METRICS.httpRequestDuration.observe({ method: req.method, route, status: String(res.statusCode) }, finished.durationMs / 1000);
      if (res.statusCode >= 400 && route !== '/graphql') METRICS.errors.inc({ code: `HTTP_${res.statusCode}`, operation: `${req.method} ${route}` });
    });
    // Closed before it finished: the client went away first.
    res.once('close', () => {
      if (!res.writableFinished) PinoLogger.root.info({ ...line(), aborted: true }, `${req.method} ${path} aborted by the client`);
    });
    withLogContext({ requestId }, next);
  }
}
