import { getQueueToken } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { Job, Queue, RepeatOptions } from 'bullmq';
import { AppConfig } from '@app/common';
import { JOB_QUEUE, JobName, JobPayloads, QueueName } from './job-catalog';
import { jobOptions } from './job-options';

/** One job to add; a `jobId` makes adding it again a no-op while the first is still queued. */
export interface JobRequest<N extends JobName> {
  data: JobPayloads[N];
  jobId?: string;
}

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

  enqueueMany<N extends JobName>(name: N, requests: ReadonlyArray<JobRequest<N>>): Promise<Job[]> {
    const opts = jobOptions(name, this.config);
    return this.queue(JOB_QUEUE[name]).addBulk(requests.map(({ data, jobId }) => ({ name, data, opts: { ...opts, jobId } })));
  }

  /** Creates or updates a job scheduler: idempotent, so every worker may call it on every boot. */
  async schedule<N extends JobName>(schedulerId: string, name: N, repeat: Omit<RepeatOptions, 'key'>, data: JobPayloads[N]): Promise<void> {
    const { attempts, backoff, removeOnComplete, removeOnFail } = jobOptions(name, this.config);
    await this.queue(JOB_QUEUE[name]).upsertJobScheduler(schedulerId, repeat, { name, data, opts: { attempts, backoff, removeOnComplete, removeOnFail } });
  }
}
