import { hostname } from 'node:os';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { AppConfig } from '@app/common';
import { JobProcessor, QueueName, unhandledJobs } from '@app/jobs';

/**
 * Starts the processors (declared with autorun off) only after checking that together they
 * handle every declared job: a job nobody handles would sit in Redis unnoticed, so the worker
 * refuses to start instead (immich does the same in its job repository).
 */
@Injectable()
export class JobProcessorsStarter implements OnApplicationBootstrap {
  private readonly logger = new Logger(JobProcessorsStarter.name);

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly config: AppConfig,
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
    for (const processor of processors) {
      // Lapsed claims (a worker that died mid-job) are found and retried after one lock period.
      // The name is recorded on every job the worker takes (processedBy): which process ran what.
      Object.assign(processor.worker.opts, {
        lockDuration: this.config.JOB_LOCK_DURATION_MS,
        stalledInterval: this.config.JOB_LOCK_DURATION_MS,
        name: `${hostname()}:${process.pid}`,
      });
      processor.worker.run().catch((error: unknown) => this.logger.error(`Worker for queue ${processor.worker.name} stopped: ${String(error)}`));
    }
    this.logger.log(`Processing queues ${processors.map((processor) => processor.worker.name).join(', ')} as ${hostname()}:${process.pid}`);
  }
}
