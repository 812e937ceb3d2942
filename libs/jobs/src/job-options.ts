import { JobsOptions } from 'bullmq';
import { AppConfig } from '@app/common';
import { JobName } from './job-catalog';

/** Retries, backoff and retention of each job; exhaustive, so a new job must decide them. */
export function jobOptions(name: JobName, config: AppConfig): JobsOptions {
  switch (name) {
    case JobName.DELIVER_MAIL:
      // Removed when done either way: the outbox row keeps the outcome and the last error, and a
      // free job id lets the sweep queue the row again after its retries ran out.
      return { attempts: 6, backoff: { type: 'exponential', delay: config.MAIL_RETRY_DELAY_MS }, removeOnComplete: true, removeOnFail: true };
    case JobName.SWEEP_MAIL_OUTBOX:
      return { removeOnComplete: true, removeOnFail: 20 };
    case JobName.SCAN_REDLINES:
      return { attempts: 3, backoff: { type: 'exponential', delay: 60_000 }, removeOnComplete: 24, removeOnFail: 24 };
    case JobName.START_MONTHLY_REPORT:
      return { attempts: 3, backoff: { type: 'exponential', delay: 10_000 }, removeOnComplete: 50, removeOnFail: 50 };
    // A report part or finish that dies with its worker is retried by another (stalled-job
    // recovery); its SQL is idempotent, so a retry simply does the work again.
    case JobName.BUILD_REPORT_PART:
    case JobName.FINISH_MONTHLY_REPORT:
      return { attempts: 5, backoff: { type: 'exponential', delay: 5_000 }, removeOnComplete: 200, removeOnFail: 200 };
    // Idempotent per city and month, so retries are harmless.
    case JobName.DRAW_MONTHLY_SPOT_CHECKS:
      return { attempts: 3, backoff: { type: 'exponential', delay: 60_000 }, removeOnComplete: 24, removeOnFail: 24 };
    // Readers refresh the figures themselves; this only spares them the wait, so a failure just waits for the next tick.
    case JobName.REFRESH_SITE_FIGURES:
      return { removeOnComplete: true, removeOnFail: 20 };
    // Both only fill a store that downloads also fill on demand, and skip what is already there.
    case JobName.PUBLISH_BULLETINS:
    case JobName.BUILD_BULLETIN:
      return { attempts: 3, backoff: { type: 'exponential', delay: 30_000 }, removeOnComplete: true, removeOnFail: 200 };
    // Validation starts over from the file and replaces what an earlier attempt recorded.
    case JobName.VALIDATE_IMPORT:
      return { attempts: 3, backoff: { type: 'exponential', delay: 10_000 }, removeOnComplete: 100, removeOnFail: 100 };
    // Mail is deduplicated by the outbox, so a retried reminder queues nothing twice.
    case JobName.REMIND_CERTIFICATION:
      return { attempts: 3, backoff: { type: 'exponential', delay: 60_000 }, removeOnComplete: 24, removeOnFail: 24 };
    default: {
      const unhandled: never = name;
      throw new Error(`no job options for ${String(unhandled)}`);
    }
  }
}
