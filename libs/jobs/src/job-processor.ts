import { WorkerHost } from '@nestjs/bullmq';
import { Job, UnrecoverableError } from 'bullmq';
import { withLogContext } from '@app/common';
import { JobName, JobPayloads, JobsOn, QueueName } from './job-catalog';

/** A handler for every job of queue Q: leaving one out fails to compile. */
export type JobHandlers<Q extends QueueName> = { [N in JobsOn<Q>]: (data: JobPayloads[N]) => Promise<unknown> };

/**
 * Base of the worker's processors, one per queue. Each declares its handlers in a table; the
 * worker checks at boot that together they cover every JobName, so a queue without a
 * processor stops the worker at start rather than at 00:00 on the 1st.
 */
export abstract class JobProcessor<Q extends QueueName> extends WorkerHost {
  protected abstract readonly handlers: JobHandlers<Q>;

  handledJobs(): JobName[] {
    return Object.keys(this.handlers) as JobName[];
  }

  async process(job: Job): Promise<unknown> {
    const handler = (this.handlers as Partial<Record<string, (data: unknown) => Promise<unknown>>>)[job.name];
    // A job from a newer or older release: retrying cannot help.
    if (!handler) throw new UnrecoverableError(`No handler for job "${job.name}" on queue "${job.queueName}"`);
    // Every log line the handler writes names the job, and the request that asked for it.
    const requestId = (job.data as { requestId?: unknown }).requestId;
    return withLogContext({ jobId: job.id, queue: job.queueName, job: job.name, requestId: typeof requestId === 'string' ? requestId : undefined }, () =>
      handler(job.data),
    );
  }
}

/** Declared jobs that none of the given processors handles. */
export function unhandledJobs(handled: Iterable<string>): JobName[] {
  const covered = new Set(handled);
  return Object.values(JobName).filter((name) => !covered.has(name));
}
