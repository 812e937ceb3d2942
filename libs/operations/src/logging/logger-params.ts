import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Params } from 'nestjs-pino';
import pino, { DestinationStream, Logger } from 'pino';
import type { Options } from 'pino-http';
import pinoPretty from 'pino-pretty';
import { AppConfig, currentLogContext } from '@app/common';
import { operationOf, requestIdOf } from './request-id';
import { scrubDeep } from './scrub';

/**
 * Fields never written even if something logs the whole request or an object holding them;
 * requests are logged by method and path only, so headers and bodies do not appear anyway.
 */
const REDACTED = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.authorization',
  '*.password',
  '*.token',
  '*.residentId',
  '*.phone',
  '*.variables',
];

/** Path only: a query string can carry GraphQL variables (GET) and with them personal data. */
const pathOf = (req: IncomingMessage & { originalUrl?: string }) => (req.originalUrl ?? req.url ?? '').split('?')[0];

/**
 * nestjs-pino settings for a process (`service` is api or worker): JSON lines in production,
 * pretty lines in a terminal (LOG_FORMAT), one line per HTTP request with its id, operation,
 * status and duration; every line inside a request or job carries that request's or job's ids
 * (log context); personal data and credentials redacted by field and scrubbed from text.
 */
export function loggerParams(config: AppConfig, service: string, destination?: DestinationStream): Params {
  const options: Options = {
    level: config.LOG_LEVEL,
    base: { service, pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: REDACTED, censor: '[redacted]' },
    mixin: (_merged: object, _level: number, logger: Logger) => {
      const context = currentLogContext();
      // Inside a request the request logger already carries its id.
      if (context.requestId && 'requestId' in logger.bindings()) return { ...context, requestId: undefined };
      return context;
    },
    hooks: {
      logMethod(args, method) {
        method.apply(this, scrubDeep(args) as Parameters<typeof method>);
      },
    },
    serializers: {
      req: (req: IncomingMessage) => ({ method: req.method, path: pathOf(req) }),
      // pino-http hands over its own summary of the response, with the response itself as `raw`.
      res: (res: ServerResponse & { raw?: ServerResponse }) => ({ statusCode: res.raw?.statusCode ?? res.statusCode }),
      err: (error: Error) => scrubDeep(pino.stdSerializers.err(error)),
    },
    genReqId: (req, res) => requestIdOf(req, res),
    quietReqLogger: true,
    customAttributeKeys: { reqId: 'requestId', responseTime: 'durationMs' },
    customProps: (req) => {
      const operation = operationOf(req);
      return operation ? { operation } : {};
    },
    customSuccessMessage: (req, res) => `${req.method} ${pathOf(req)} ${res.statusCode}`,
    customErrorMessage: (req, res) => `${req.method} ${pathOf(req)} ${res.statusCode}`,
    // Health probes every few seconds would drown everything else.
    autoLogging: { ignore: (req) => pathOf(req).startsWith('/health') },
  };
  const stream =
    destination ??
    (config.LOG_FORMAT === 'pretty'
      ? pinoPretty({ colorize: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname,service', sync: true })
      : pino.destination({ fd: 1, sync: true }));
  return { pinoHttp: [options, stream], renameContext: 'context' };
}
