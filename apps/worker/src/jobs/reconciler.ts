import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { AppConfig } from '@app/common';
import { JobOutbox, JobQueue, QueueName } from '@app/jobs';
import { MailOutbox } from '@app/mail';
import { ReportPipeline } from '@app/reports';
import { jobSchedules } from './job-schedules';

/**
 * Puts back what Redis may have lost. Redis holds only queues (nothing lives only there), but a
 * Redis restarted without persistence comes back empty: no schedules, no jobs. So each worker,
 * at start, on every reconnection and every RECONCILE_INTERVAL_MS:
 *
 * - makes sure every declared schedule exists (created only when missing: re-creating an
 *   existing `every` schedule would push its next run back);
 * - queues again outbox jobs (report runs, red-line scans) whose job never reached Redis or was
 *   lost with it, and, after a reconnection, outbox mail;
 * - restarts report builds whose flow vanished mid-report.
 *
 * Everything here is idempotent, so N workers doing it at once leave one of each.
 */
@Injectable()
export class Reconciler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(Reconciler.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;

  constructor(
    private readonly jobs: JobQueue,
    private readonly jobOutbox: JobOutbox,
    private readonly mailOutbox: MailOutbox,
    private readonly reports: ReportPipeline,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.reconcile('start');
    this.timer = setInterval(() => void this.reconcile('interval'), this.config.RECONCILE_INTERVAL_MS);
    // A reconnection is the moment Redis may have come back empty: do not wait for the interval.
    // Not awaited: with Redis down at start the client only resolves once it connects.
    void this.jobs.queue(QueueName.MAIL).client.then((client) => {
      let connected = client.status === 'ready';
      client.on('close', () => (connected = false));
      client.on('ready', () => {
        if (connected) return;
        connected = true;
        void this.reconcile('reconnect');
      });
    });
  }

  /** No new pass; one under way is bounded by the enqueue timeout and not waited for. */
  onModuleDestroy(): void {
    this.stopped = true;
    clearInterval(this.timer);
  }

  /** One pass at a time per worker; a pass that fails (Redis still down) is simply tried again later. */
  reconcile(reason: 'start' | 'interval' | 'reconnect'): Promise<void> {
    if (this.stopped) return Promise.resolve();
    this.running ??= this.pass(reason).finally(() => (this.running = undefined));
    return this.running;
  }

  private async pass(reason: string): Promise<void> {
    try {
      const restored = await this.ensureSchedules(reason === 'start');
      if (restored.length > 0 && reason !== 'start') this.logger.warn(`Schedules missing from Redis were restored (${reason}): ${restored.join(', ')}`);
      else if (reason === 'start') this.logger.log(`Schedules in place: ${jobSchedules(this.config).map((schedule) => schedule.id).join(', ')}`);
      const requeued = await this.jobOutbox.sweep();
      if (requeued > 0) this.logger.warn(`Queued ${requeued} outbox job(s) again that were not in Redis (${reason})`);
      if (reason === 'reconnect') await this.mailOutbox.sweep();
      const resumed = await this.reports.resumeLostRuns();
      if (resumed.length > 0) this.logger.warn(`Restarted report build(s) whose jobs Redis lost: ${resumed.join(', ')}`);
    } catch (error) {
      this.logger.warn(`Reconciliation (${reason}) did not complete: ${error instanceof Error ? error.message : String(error)}; trying again in ${this.config.RECONCILE_INTERVAL_MS} ms`);
    }
  }

  /** At start every schedule is written (a changed interval takes effect); later only missing ones. */
  private async ensureSchedules(atStart: boolean): Promise<string[]> {
    const restored: string[] = [];
    for (const schedule of jobSchedules(this.config)) {
      if (!atStart && (await this.jobs.hasSchedule(schedule.job, schedule.id))) continue;
      await this.jobs.schedule(schedule.id, schedule.job, schedule.repeat, schedule.data);
      restored.push(schedule.id);
    }
    return restored;
  }
}
