import { getQueueToken } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { Job, Queue, RepeatOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import { AppConfig, currentLogContext, isTransientFailure, serviceUnavailable } from '@app/common';
import { JOB_QUEUE, JobName, JobPayloads, QueueName } from './job-catalog';
import { jobOptions } from './job-options';

/** One job to add; a `jobId` makes adding it again a no-op while the first is still queued. */
export interface JobRequest<N extends JobName> {
  data: JobPayloads[N];
  jobId?: string;
  /** The request that asked for it; by default the one being served (log context). */
  requestId?: string;
}

/** What a job carries in Redis: its payload, and the id of the request that asked for it (for the logs). */
export type JobData<N extends JobName> = JobPayloads[N] & { requestId?: string };

/** The producer side: any process adds jobs by name, and each lands on its queue with its options. */
@Injectable()
export class JobQueue {
  constructor(
    private readonly moduleRef: ModuleRef,
    private readonly config: AppConfig,
  ) {}

  queue(name: QueueName): Queue {
    return this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
  }

  async enqueue<N extends JobName>(name: N, request: JobRequest<N>): Promise<Job> {
    const [job] = await this.enqueueMany(name, [request]);
    return job;
  }

  /**
   * Adds jobs, waiting at most ENQUEUE_TIMEOUT_MS for Redis: past that, or when Redis refuses,
   * SERVICE_UNAVAILABLE (retryable). The add itself stays queued in the client and lands once
   * Redis is back, which is harmless: a job that matters has a fixed id and an outbox row.
   */
  enqueueMany<N extends JobName>(name: N, requests: ReadonlyArray<JobRequest<N>>): Promise<Job[]> {
    const opts = jobOptions(name, this.config);
    const requestId = currentLogContext().requestId;
    const jobs = requests.map(({ data, jobId, requestId: asked }) => {
      const carried = asked ?? requestId;
      return { name, data: carried ? { ...data, requestId: carried } : data, opts: { ...opts, jobId } };
    });
    return this.withinTimeout(this.queue(JOB_QUEUE[name]).addBulk(jobs));
  }

  /** Creates or updates a job scheduler: idempotent, so every worker may call it whenever it likes. */
  async schedule<N extends JobName>(schedulerId: string, name: N, repeat: Omit<RepeatOptions, 'key'>, data: JobPayloads[N]): Promise<void> {
    const { attempts, backoff, removeOnComplete, removeOnFail } = jobOptions(name, this.config);
    await this.withinTimeout(
      this.queue(JOB_QUEUE[name]).upsertJobScheduler(schedulerId, repeat, { name, data, opts: { attempts, backoff, removeOnComplete, removeOnFail } }),
    );
  }

  /** Whether Redis still holds the job of this id (waiting, running, delayed or kept after it ended). */
  async isQueued(name: JobName, jobId: string): Promise<boolean> {
    return (await this.withinTimeout(this.queue(JOB_QUEUE[name]).getJob(jobId))) !== undefined;
  }

  /** Whether the scheduler exists in Redis (a Redis restarted without persistence has none). */
  async hasSchedule(name: JobName, schedulerId: string): Promise<boolean> {
    return (await this.withinTimeout(this.queue(JOB_QUEUE[name]).getJobScheduler(schedulerId))) !== undefined;
  }

  /** Asks Redis for a PONG over the queues' connection (BullMQ's connection is ioredis). */
  async ping(): Promise<void> {
    const client = (await this.queue(QueueName.MAIL).client) as unknown as Redis;
    await client.ping();
  }

  /** Whether Redis answers a ping within `timeoutMs` (by default ENQUEUE_TIMEOUT_MS). */
  async reachable(timeoutMs = this.config.ENQUEUE_TIMEOUT_MS): Promise<boolean> {
    try {
      await this.withinTimeout(this.ping(), timeoutMs);
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Drops every queue's connection at once. Not through BullMQ's disconnect, which waits for
   * the connection's 'end' event — an event ioredis never sends while it is waiting to reconnect
   * to a Redis that is down.
   */
  async disconnect(): Promise<void> {
    await Promise.all(
      Object.values(QueueName).map(async (name) => ((await this.queue(name).client) as unknown as Redis).disconnect()),
    );
  }

  /** Waits for Redis at most ENQUEUE_TIMEOUT_MS; not reaching it (in time) is SERVICE_UNAVAILABLE. */
  withinTimeout<T>(work: Promise<T>, timeoutMs = this.config.ENQUEUE_TIMEOUT_MS): Promise<T> {
    const unavailable = serviceUnavailable('The job queue (Redis)');
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(unavailable), timeoutMs);
    });
    // The work may still settle after the timeout: nobody waits for it then.
    work.catch(() => undefined);
    return Promise.race([work, timeout])
      .catch((error: unknown) => {
        throw error !== unavailable && isTransientFailure(error) ? Object.assign(unavailable, { cause: error }) : error;
      })
      .finally(() => clearTimeout(timer));
  }
}
