import { RepeatOptions } from 'bullmq';
import { AppConfig } from '@app/common';
import { JobName, JobPayloads } from '@app/jobs';

export interface JobSchedule<N extends JobName = JobName> {
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
    // SPEC §9: sign-off reminders, to counties on the 25th and to cities on the month's last day
    // (the job runs on the 28th to the 31st and does nothing on a day that is not the last).
    { id: 'certification-county-reminder', job: JobName.REMIND_CERTIFICATION, repeat: { pattern: '0 9 25 * *', tz: 'Asia/Shanghai' }, data: { tier: 'COUNTY' } },
    { id: 'certification-city-reminder', job: JobName.REMIND_CERTIFICATION, repeat: { pattern: '0 9 28-31 * *', tz: 'Asia/Shanghai' }, data: { tier: 'CITY' } },
    // Keeps the live indicators' per-site figures current (writes, and the day changing at midnight).
    { id: 'site-figures-refresh', job: JobName.REFRESH_SITE_FIGURES, repeat: { every: config.SITE_FIGURES_REFRESH_INTERVAL_MS }, data: {} },
    // Picks up outbox mail whose job never reached Redis or ran out of retries.
    { id: 'mail-outbox-sweep', job: JobName.SWEEP_MAIL_OUTBOX, repeat: { every: config.MAIL_SWEEP_INTERVAL_MS }, data: {} },
  ];
}
