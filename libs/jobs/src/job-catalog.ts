/** The BullMQ queues; the worker runs one processor per queue. */
export enum QueueName {
  BULLETINS = 'bulletins',
  IMPORTS = 'imports',
  CERTIFICATIONS = 'certifications',
  INDICATORS = 'indicators',
  MAIL = 'mail',
  REDLINES = 'redlines',
  REPORTS = 'reports',
  SPOT_CHECKS = 'spot-checks',
}

/** Every kind of job. The worker refuses to start while one of them has no handler. */
export enum JobName {
  DELIVER_MAIL = 'deliver-mail',
  SWEEP_MAIL_OUTBOX = 'sweep-mail-outbox',
  SCAN_REDLINES = 'scan-redlines',
  START_MONTHLY_REPORT = 'start-monthly-report',
  BUILD_REPORT_PART = 'build-report-part',
  FINISH_MONTHLY_REPORT = 'finish-monthly-report',
  DRAW_MONTHLY_SPOT_CHECKS = 'draw-monthly-spot-checks',
  REFRESH_SITE_FIGURES = 'refresh-site-figures',
  PUBLISH_BULLETINS = 'publish-bulletins',
  BUILD_BULLETIN = 'build-bulletin',
  VALIDATE_IMPORT = 'validate-import',
  REMIND_CERTIFICATION = 'remind-certification',
}

/** The independent parts of a monthly report, built in parallel before it is published. */
export enum ReportPart {
  /** Every site's indicator figures as of the month's end. */
  FIGURES = 'FIGURES',
  /** Every site's deaths and additions during the month. */
  POPULATION = 'POPULATION',
  /** Every site's indicator figures as of the previous month's end, for the change from it. */
  PREVIOUS_FIGURES = 'PREVIOUS_FIGURES',
}

/** The queue each job runs on. */
export const JOB_QUEUE = {
  [JobName.DELIVER_MAIL]: QueueName.MAIL,
  [JobName.SWEEP_MAIL_OUTBOX]: QueueName.MAIL,
  [JobName.SCAN_REDLINES]: QueueName.REDLINES,
  [JobName.START_MONTHLY_REPORT]: QueueName.REPORTS,
  [JobName.BUILD_REPORT_PART]: QueueName.REPORTS,
  [JobName.FINISH_MONTHLY_REPORT]: QueueName.REPORTS,
  [JobName.DRAW_MONTHLY_SPOT_CHECKS]: QueueName.SPOT_CHECKS,
  [JobName.REFRESH_SITE_FIGURES]: QueueName.INDICATORS,
  [JobName.PUBLISH_BULLETINS]: QueueName.BULLETINS,
  [JobName.BUILD_BULLETIN]: QueueName.BULLETINS,
  [JobName.VALIDATE_IMPORT]: QueueName.IMPORTS,
  [JobName.REMIND_CERTIFICATION]: QueueName.CERTIFICATIONS,
} as const satisfies Record<JobName, QueueName>;

/** The jobs that run on queue Q. */
export type JobsOn<Q extends QueueName> = { [N in JobName]: (typeof JOB_QUEUE)[N] extends Q ? N : never }[JobName];

/**
 * What each job carries: ids and names, never the data itself, which stays in PostgreSQL
 * (ARCHITECTURE decision 6), so a retried or duplicated job reads the truth again.
 */
export interface JobPayloads {
  [JobName.DELIVER_MAIL]: { outboxId: string };
  [JobName.SWEEP_MAIL_OUTBOX]: Record<string, never>;
  /** `requestedBy` is recorded as the actor of what the scan opens and resolves. */
  [JobName.SCAN_REDLINES]: { requestedBy: string };
  /** The scheduler sends no period (it means the month just ended) and no run (it creates one). */
  [JobName.START_MONTHLY_REPORT]: { period: string | null; runId: string | null };
  [JobName.BUILD_REPORT_PART]: { period: string; part: ReportPart };
  [JobName.FINISH_MONTHLY_REPORT]: { period: string; runId: string };
  /** The scheduler sends no period: it means the current month (Asia/Shanghai). */
  [JobName.DRAW_MONTHLY_SPOT_CHECKS]: { period: string | null };
  [JobName.REFRESH_SITE_FIGURES]: Record<string, never>;
  /** A month was published: build the bulletins of the region, its cities and its counties. */
  [JobName.PUBLISH_BULLETINS]: { period: string };
  /** One division's bulletin and workbook for a month, unless already stored. */
  [JobName.BUILD_BULLETIN]: { period: string; divisionCode: string };
  /** Reads and validates an uploaded spreadsheet, recording its problems and validated rows. */
  [JobName.VALIDATE_IMPORT]: { runId: string };
  /** Remind the units of a tier whose current month is not confirmed (SPEC §9 sign-off). */
  [JobName.REMIND_CERTIFICATION]: { tier: 'COUNTY' | 'CITY' };
}
