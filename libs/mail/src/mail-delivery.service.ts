import { Injectable, Logger } from '@nestjs/common';
import { OutboxClaims } from './outbox-claims';
import { describeDeliveryError, isPermanentRejection } from './transports/delivery-errors';
import { MailTransport } from './transports/mail-transport';

const MARK_SENT_ATTEMPTS = 4;

/**
 * Sends one outbox row. The guarantee, for each (subject, recipient) the outbox holds:
 *
 * - Queued once: the row's dedupe key is unique, so detection running again (a retried
 *   transaction, the monthly scan, a second worker) cannot create a second mail.
 * - Sent by one worker at a time: `claim` atomically leases the row; duplicate or retried jobs
 *   for it, and the sweep, find it leased or already SENT and do nothing.
 * - Never lost: the row stays PENDING until the server accepted it. A failed attempt releases
 *   the lease and the queue retries with exponential backoff; when retries run out, or a job
 *   never reached Redis, the sweep queues the row again.
 * - The one window left — the server accepted the message, then this worker died before
 *   `markSent` committed — cannot be closed by any SMTP client (the protocol has no
 *   idempotent submit). There the lease runs out and the row is sent again, but as the same
 *   message: same Message-ID and Date, built from the row, so receiving systems and mail
 *   programs that drop repeated Message-IDs show it once, and anyone can tell it is a repeat.
 *   So: exactly once, except a recognisable repeat after a crash inside that window.
 */
@Injectable()
export class MailDelivery {
  private readonly logger = new Logger(MailDelivery.name);

  constructor(
    private readonly claims: OutboxClaims,
    private readonly transport: MailTransport,
  ) {}

  async deliver(outboxId: string): Promise<void> {
    const mail = await this.claims.claim(outboxId);
    if (!mail) return;
    let response: string;
    try {
      response = await this.transport.send(mail);
    } catch (error) {
      const permanent = isPermanentRejection(error);
      await this.claims.release(outboxId, describeDeliveryError(error), permanent);
      if (permanent) {
        this.logger.warn(`Mail ${outboxId} to ${mail.recipient} refused for good: ${describeDeliveryError(error)}`);
        return;
      }
      throw error; // the queue retries it after a backoff
    }
    await this.recordSent(outboxId, response);
  }

  /**
   * The server has the mail: a database blip now must not become a second copy once the lease
   * runs out, so recording it is retried a few times before giving up.
   */
  private async recordSent(outboxId: string, response: string): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await this.claims.markSent(outboxId, response);
        return;
      } catch (error) {
        if (attempt >= MARK_SENT_ATTEMPTS) throw error;
        this.logger.warn(`Mail ${outboxId} was sent but could not be recorded (${String(error)}); retrying`);
        await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
      }
    }
  }
}
