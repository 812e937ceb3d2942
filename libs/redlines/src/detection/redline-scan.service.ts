import { Injectable, Logger } from '@nestjs/common';
import { AuditedTransaction } from '@app/db';
import { DetectionOutcome, RedlineDetection } from './redline-detection.service';

/**
 * The full scan (monthly, and after a rule change): every household against the rules as they
 * are now, in one transaction, so a scan that dies leaves nothing half-applied and its retry
 * starts clean.
 */
@Injectable()
export class RedlineScan {
  private readonly logger = new Logger(RedlineScan.name);

  constructor(
    private readonly tx: AuditedTransaction,
    private readonly detection: RedlineDetection,
  ) {}

  async run(requestedBy: string): Promise<DetectionOutcome> {
    const started = Date.now();
    const outcome = await this.tx.run(requestedBy, async (manager) => {
      // Several workers may pick up scans at once; one at a time keeps their results simple to reason about.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('redline-scan'))`);
      return this.detection.detect(manager, 'all', requestedBy);
    });
    this.logger.log(
      `Red-line scan for ${requestedBy} in ${Date.now() - started} ms: ${outcome.opened.length} opened, ${outcome.resolved} resolved, ` +
        `${outcome.updated} updated, ${outcome.mailsQueued} mail(s) queued`,
    );
    return outcome;
  }
}
