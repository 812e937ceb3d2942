import { hostname } from 'node:os';
import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { Job } from 'bullmq';
import { AppConfig } from '@app/common';
import { JobName, JobOutbox, JobProcessor, JobQueue, logConnectionErrors, QueueName, SHUTDOWN_PROBE_MS, unhandledJobs } from '@app/jobs';
import { METRICS } from '@app/operations';

/** Whether this attempt was the job's last: retries used up, or an error retrying cannot cure. */
const isFinal = (job: Job, error: Error) => error.name === 'UnrecoverableError' || job.attemptsMade >= (job.opts.attempts ?? 1);
const seconds = (job: Job) => (job.finishedOn && job.processedOn ? (job.finishedOn - job.processedOn) / 1000 : 0);

/**
 * Starts the processors (declared with autorun off) only after checking that together they
 * handle every declared job: a job nobody handles would sit in Redis unnoticed, so the worker
 * refuses to start instead (immich does the same in its job repository). Then follows every
 * job's end: a log line with its id, duration and the request that asked for it, the metrics,
 * and the outbox row it came from.
 */
@Injectable()
export class JobProcessorsStarter implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(JobProcessorsStarter.name);
  private processors: Array<JobProcessor<QueueName>> = [];

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly config: AppConfig,
    private readonly outbox: JobOutbox,
    private readonly jobs: JobQueue,
  ) {}

  onApplicationBootstrap(): void {
    const processors = this.discovery
      .getProviders()
      .map((wrapper) => wrapper.instance as unknown)
      .filter((instance): instance is JobProcessor<QueueName> => instance instanceof JobProcessor);
    const missing = unhandledJobs(processors.flatMap((processor) => processor.handledJobs()));
    if (missing.length > 0) {
      throw new Error(`No processor handles job(s) ${missing.join(', ')}: register one in WorkerModule before starting the worker`);
    }
    this.processors = processors;
    for (const processor of processors) {
      // Lapsed claims (a worker that died mid-job) are found and retried after one lock period.
      // The name is recorded on every job the worker takes (processedBy): which process ran what.
      Object.assign(processor.worker.opts, {
        lockDuration: this.config.JOB_LOCK_DURATION_MS,
        stalledInterval: this.config.JOB_LOCK_DURATION_MS,
        name: `${hostname()}:${process.pid}`,
      });
      processor.worker.on('error', logConnectionErrors(new Logger('Redis'), `worker ${processor.worker.name}`));
      processor.worker.on('completed', (job: Job) => void this.completed(job));
      processor.worker.on('failed', (job: Job | undefined, error: Error) => void this.failed(job, error));
      processor.worker.run().catch((error: unknown) => this.logger.error(`Worker for queue ${processor.worker.name} stopped: ${String(error)}`));
    }
    this.logger.log(`Processing queues ${processors.map((processor) => processor.worker.name).join(', ')} as ${hostname()}:${process.pid}`);
  }

  /**
   * On shutdown the processors finish their current job (BullMQ closes them gracefully), which
   * needs Redis to record the outcome. With Redis down that would wait for ever: close at once
   * instead; the unfinished job is retried once Redis is back (or re-queued from the outbox).
   */
  async beforeApplicationShutdown(): Promise<void> {
    if (await this.jobs.reachable(SHUTDOWN_PROBE_MS)) return;
    this.logger.warn('Redis is not answering: stopping without waiting for the current jobs');
    await Promise.all(this.processors.map((processor) => processor.worker.close(true).catch(() => undefined)));
  }

  private async completed(job: Job): Promise<void> {
    const duration = seconds(job);
    METRICS.jobDuration.observe({ queue: job.queueName, job: job.name, outcome: 'completed' }, duration);
    // A report is built from the moment its flow is added (the finish step's creation) to the finish.
    if (job.name === JobName.FINISH_MONTHLY_REPORT && job.finishedOn) METRICS.reportBuildDuration.observe((job.finishedOn - job.timestamp) / 1000);
    this.logger.log({ msg: `${job.name} ${job.id} completed in ${Math.round(duration * 1000)} ms`, ...this.describe(job), durationMs: Math.round(duration * 1000) });
    await this.outbox.finished(job.id).catch((error: unknown) => this.logger.warn(`Could not close the outbox row of job ${job.id}: ${String(error)}`));
  }

  private async failed(job: Job | undefined, error: Error): Promise<void> {
    if (!job) return;
    const final = isFinal(job, error);
    METRICS.jobFailures.inc({ queue: job.queueName, job: job.name, final: String(final) });
    METRICS.jobDuration.observe({ queue: job.queueName, job: job.name, outcome: 'failed' }, seconds(job));
    this.logger.warn({ msg: `${job.name} ${job.id} failed (attempt ${job.attemptsMade}${final ? ', final' : ''}): ${error.message}`, ...this.describe(job) });
    if (final) await this.outbox.finished(job.id, error.message).catch(() => undefined);
  }

  private describe(job: Job): Record<string, unknown> {
    const requestId = (job.data as { requestId?: unknown }).requestId;
    return { jobId: job.id, queue: job.queueName, job: job.name, attempt: job.attemptsMade, ...(typeof requestId === 'string' ? { requestId } : {}) };
  }
}
