import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { RepeatOptions } from 'bullmq';
import { AppConfig } from '@app/common';
import { JobName, JobPayloads, JobQueue } from '@app/jobs';

interface JobSchedule<N extends JobName = JobName> {
  id: string;
  job: N;
  repeat: Omit<RepeatOptions, 'key'>;
  data: JobPayloads[N];
}

/** Everything that runs by the clock. The ticks only add jobs; the processors do the work. */
export function jobSchedules(config: AppConfig): JobSchedule[] {
  return [
    // SPEC §7: every household against the current thresholds, at the start of each month.
    { id: 'redlines-monthly-scan', job: JobName.SCAN_REDLINES, repeat: { pattern: '0 0 1 * *', tz: 'Asia/Shanghai' }, data: { requestedBy: 'monthly-scan' } },
    // SPEC §6: the report of the month just ended, at 00:00 on the 1st.
    { id: 'monthly-report', job: JobName.START_MONTHLY_REPORT, repeat: { pattern: '0 0 1 * *', tz: 'Asia/Shanghai' }, data: { period: null, runId: null } },
    // SPEC §5: a spot-check sample for every city, on the 2nd (after the 1st's reports).
    { id: 'spot-checks-monthly-draw', job: JobName.DRAW_MONTHLY_SPOT_CHECKS, repeat: { pattern: '0 0 2 * *', tz: 'Asia/Shanghai' }, data: { period: null } },
    // Keeps the live indicators' per-site figures current (writes, and the day changing at midnight).
    { id: 'site-figures-refresh', job: JobName.REFRESH_SITE_FIGURES, repeat: { every: config.SITE_FIGURES_REFRESH_INTERVAL_MS }, data: {} },
    // Picks up outbox mail whose job never reached Redis or ran out of retries.
    { id: 'mail-outbox-sweep', job: JobName.SWEEP_MAIL_OUTBOX, repeat: { every: config.MAIL_SWEEP_INTERVAL_MS }, data: {} },
  ];
}

/**
 * Registers the schedules on every boot. upsertJobScheduler is idempotent, so N workers (or a
 * restart) leave exactly one schedule each, and no install depends on a manual step.
 */
@Injectable()
export class JobSchedulesRegistrar implements OnApplicationBootstrap {
  private readonly logger = new Logger(JobSchedulesRegistrar.name);

  constructor(
    private readonly jobs: JobQueue,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const schedules = jobSchedules(this.config);
    for (const schedule of schedules) await this.jobs.schedule(schedule.id, schedule.job, schedule.repeat, schedule.data);
    this.logger.log(`Schedules registered: ${schedules.map((schedule) => schedule.id).join(', ')}`);
  }
}
