import { AsyncLocalStorage } from 'node:async_hooks';

/** What every log line written on behalf of one request or one job carries. */
export interface LogContext {
  /** The HTTP request's id (x-request-id), also carried by the jobs it enqueued. */
  requestId?: string;
  jobId?: string;
  queue?: string;
  job?: string;
}

const storage = new AsyncLocalStorage<LogContext>();

/** Runs `work` with the given context; log lines and enqueued jobs inside it carry it. */
export function withLogContext<T>(context: LogContext, work: () => T): T {
  return storage.run({ ...storage.getStore(), ...context }, work);
}

/** The context of the request or job being served, empty outside one. */
export function currentLogContext(): LogContext {
  return storage.getStore() ?? {};
}
