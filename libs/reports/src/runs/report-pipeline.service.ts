import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { FlowProducer } from 'bullmq';
import { AppConfig } from '@app/common';
import { JobName, jobOptions, JobQueue, logConnectionErrors, QueueName, ReportPart, SHUTDOWN_PROBE_MS } from '@app/jobs';
import { lastEndedPeriod, reportPeriod } from '../period/report-period';
import { ReportBuilder } from '../snapshot/report-builder.service';
import { ReportRuns } from './report-runs.service';

const finishJobId = (period: string) => `report-${period}`;
const partJobId = (period: string, part: ReportPart) => `report-${period}-${part}`;

/**
 * The worker side of a monthly report: a start step that fans the work out as a BullMQ flow
 * (one child per part, so several workers share it, and a parent that finishes once every
 * child is done), the parts, and the finish. Job ids are derived from the period, so starting
 * the same month twice while it is being built adds nothing.
 */
@Injectable()
export class ReportPipeline implements OnModuleDestroy {
  private flows?: FlowProducer;

  constructor(
    private readonly builder: ReportBuilder,
    private readonly runs: ReportRuns,
    private readonly jobs: JobQueue,
    private readonly config: AppConfig,
  ) {}

  async start(period: string | null, runId: string | null): Promise<void> {
    const month = reportPeriod(period ?? lastEndedPeriod());
    const run = runId ?? (await this.runs.create(month.period, 'scheduler')).id;
    const revising = runId !== null && (await this.runs.byId(runId))?.revisionReason != null;
    if (!revising && (await this.builder.isPublished(month.period))) {
      await this.runs.markRunFinished(run, `The report for ${month.period} already exists; a snapshot is only ever replaced by a revision`);
      return;
    }
    const first = await this.runs.firstRecordPeriod();
    if (first === null || month.period < first) {
      // The scheduler on a database without records yet: nothing to report, and nothing is published.
      await this.runs.markFinished(month.period, `No report for ${month.period}: it is before the first record (${first ?? 'none yet'})`);
      return;
    }
    await this.runs.markRunning(run);
    await this.clearEndedJobs(month.period);
    await this.flowProducer().add({
      name: JobName.FINISH_MONTHLY_REPORT,
      queueName: QueueName.REPORTS,
      data: { period: month.period, runId: run },
      opts: { ...jobOptions(JobName.FINISH_MONTHLY_REPORT, this.config), jobId: finishJobId(month.period) },
      children: Object.values(ReportPart).map((part) => ({
        name: JobName.BUILD_REPORT_PART,
        queueName: QueueName.REPORTS,
        data: { period: month.period, part },
        opts: { ...jobOptions(JobName.BUILD_REPORT_PART, this.config), jobId: partJobId(month.period, part), failParentOnFailure: true },
      })),
    });
  }

  buildPart(period: string, part: ReportPart): Promise<void> {
    return this.builder.buildPart(reportPeriod(period), part);
  }

  async finish(period: string, runId: string): Promise<void> {
    const { published, snapshotId } = await this.builder.finish(reportPeriod(period), runId);
    if (published) await this.runs.markRunFinished(runId, null);
    await this.runs.markFinished(period, published ? null : `The report for ${period} had already been published by another run`);
    if (published) await this.builder.analyzeSnapshots();
    // Also when another run published it: a retried finish may be the one that never got this far.
    // Building skips what is stored, and a download builds anything still missing. One job per
    // snapshot: a revision's documents are built anew.
    await this.jobs.enqueue(JobName.PUBLISH_BULLETINS, { data: { period }, jobId: `bulletins-${period}-${snapshotId}` });
  }

  failed(period: string, error: string): Promise<void> {
    return this.runs.markFailed(period, error);
  }

  /**
   * Starts again every running month whose flow Redis no longer has (it restarted without
   * persistence mid-report): the parts are idempotent and keyed by the period, so this only
   * redoes what was lost. Called by the workers' periodic reconciliation; returns the periods.
   */
  async resumeLostRuns(): Promise<string[]> {
    const queue = this.jobs.queue(QueueName.REPORTS);
    const resumed: string[] = [];
    for (const { period, runId } of await this.runs.longRunning()) {
      const finish = await this.jobs.withinTimeout(queue.getJob(finishJobId(period)));
      if (finish) continue;
      await this.start(period, runId);
      resumed.push(period);
    }
    return resumed;
  }

  /**
   * A month's jobs that ended without a published report (they failed, or they belong to a
   * database this Redis served before) would make the new flow's ids no-ops and the run wait
   * for ever: they go first. Jobs still in flight stay, and the new run finishes with them.
   */
  private async clearEndedJobs(period: string): Promise<void> {
    const queue = this.jobs.queue(QueueName.REPORTS);
    for (const id of [finishJobId(period), ...Object.values(ReportPart).map((part) => partJobId(period, part))]) {
      const job = await queue.getJob(id);
      const state = job ? await job.getState() : null;
      // Another start may remove it first; either way it is gone.
      if (job && (state === 'completed' || state === 'failed')) await job.remove({ removeChildren: true }).catch(() => undefined);
    }
  }

  private flowProducer(): FlowProducer {
    const queue = this.jobs.queue(QueueName.REPORTS);
    if (!this.flows) {
      this.flows = new FlowProducer({ connection: queue.opts.connection, prefix: queue.opts.prefix });
      this.flows.on('error', logConnectionErrors(new Logger('Redis'), 'report flows'));
    }
    return this.flows;
  }

  /** With Redis down a polite close would wait for ever: then the connection is dropped instead. */
  async onModuleDestroy(): Promise<void> {
    const flows = this.flows;
    if (!flows) return;
    if (await this.jobs.reachable(SHUTDOWN_PROBE_MS)) await flows.close();
    else void flows.disconnect().catch(() => undefined);
  }
}
