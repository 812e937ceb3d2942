import { OnWorkerEvent, Processor } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Job } from 'bullmq';
import { JobHandlers, JobName, JobProcessor, QueueName } from '@app/jobs';
import { ReportPipeline } from '@app/reports';

/** Both parts of a report at once: each is one SQL statement, and they share nothing. */
@Processor(QueueName.REPORTS, { autorun: false, concurrency: 2 })
export class ReportsProcessor extends JobProcessor<QueueName.REPORTS> {
  private readonly logger = new Logger(ReportsProcessor.name);

  constructor(private readonly pipeline: ReportPipeline) {
    super();
  }

  protected readonly handlers: JobHandlers<QueueName.REPORTS> = {
    [JobName.START_MONTHLY_REPORT]: ({ period, runId }) => this.pipeline.start(period, runId),
    [JobName.BUILD_REPORT_PART]: ({ period, part }) => this.pipeline.buildPart(period, part),
    [JobName.FINISH_MONTHLY_REPORT]: ({ period, runId }) => this.pipeline.finish(period, runId),
  };

  /** Every failure is logged; once a report job has used up its retries, its runs are marked failed. */
  @OnWorkerEvent('failed')
  async onFailed(job: Job | undefined, error: Error): Promise<void> {
    this.logger.warn(`${job?.name ?? 'job'} ${job?.id ?? ''} failed (attempt ${job?.attemptsMade ?? '?'}): ${error.message}`);
    if (!job || job.attemptsMade < (job.opts.attempts ?? 1)) return;
    const period = (job.data as { period?: string | null }).period;
    if (period) await this.pipeline.failed(period, `${job.name}: ${error.message}`);
  }
}
