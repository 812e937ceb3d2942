import type { Params } from 'nestjs-pino';
import pino, { DestinationStream, LoggerOptions } from 'pino';
import pinoPretty from 'pino-pretty';
import { AppConfig, currentLogContext } from '@app/common';
import { scrubDeep } from './scrub';

/**
 * Fields never written even if something logs the whole request or an object holding them;
 * requests are logged by method and path only (RequestContextMiddleware), so headers and bodies
 * do not appear anyway.
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

/**
 * nestjs-pino settings for a process (`service` is api or worker): JSON lines in production,
 * pretty lines in a terminal (LOG_FORMAT); every line inside a request or job carries that
 * request's or job's ids (log context); personal data and credentials redacted by field and
 * scrubbed from text. The line per HTTP request is RequestContextMiddleware's: nestjs-pino's own
 * middleware (pino-http) is bound to no route, as it made three child loggers per request, each
 * serialising and redacting its bindings, and wrote its line through a fourth (a sixth of the
 * API's time on a request that did nothing else); lines logged inside a request get its id
 * from the log context instead.
 */
export function loggerParams(config: AppConfig, service: string, destination?: DestinationStream): Params {
  const options: LoggerOptions = {
    level: config.LOG_LEVEL,
    base: { service, pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: REDACTED, censor: '[redacted]' },
    mixin: () => currentLogContext(),
    hooks: {
      logMethod(args, method) {
        method.apply(this, scrubDeep(args) as Parameters<typeof method>);
      },
    },
    serializers: { err: (error: Error) => scrubDeep(pino.stdSerializers.err(error)) },
  };
  const stream =
    destination ??
    (config.LOG_FORMAT === 'pretty'
      ? pinoPretty({ colorize: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname,service', sync: true })
      : pino.destination({ fd: 1, sync: true }));
  return { pinoHttp: [options, stream], forRoutes: [], renameContext: 'context' };
}
