import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ClaimedMail } from './outgoing-mail';

/**
 * How long a claimed row stays reserved for its worker. Longer than any one SMTP exchange can
 * take (the transport's timeouts add up to about a minute), so a live worker never loses its
 * row mid-send; short enough that a dead worker's row is retried within minutes.
 */
export const OUTBOX_LEASE = '5 minutes';

/** The outbox row's delivery state transitions, each one atomic in PostgreSQL. */
@Injectable()
export class OutboxClaims {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Reserves a pending row for this worker, or returns null when it is sent, failed for good,
   * or held by another worker whose lease has not run out.
   */
  async claim(outboxId: string): Promise<ClaimedMail | null> {
    const [claimed] = await this.select<ClaimedMail>(
      `UPDATE mail_outbox SET lease_until = now() + interval '${OUTBOX_LEASE}', attempts = attempts + 1
       WHERE id = $1 AND status = 'PENDING' AND (lease_until IS NULL OR lease_until < now())
       RETURNING id, recipient, subject, body, message_id AS "messageId", created_at AS "createdAt"`,
      [outboxId],
    );
    return claimed ?? null;
  }

  async markSent(outboxId: string, serverResponse: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE mail_outbox SET status = 'SENT', sent_at = now(), server_response = left($2, 500), lease_until = NULL, last_error = NULL
       WHERE id = $1 AND status = 'PENDING'`,
      [outboxId, serverResponse],
    );
  }

  /** Gives the row back after a failed attempt: to be retried, or closed as FAILED when retrying is pointless. */
  async release(outboxId: string, error: string, permanent: boolean): Promise<void> {
    await this.dataSource.query(
      `UPDATE mail_outbox SET lease_until = NULL, last_error = $2, status = CASE WHEN $3 THEN 'FAILED'::mail_outbox_status ELSE status END
       WHERE id = $1 AND status = 'PENDING'`,
      [outboxId, error, permanent],
    );
  }

  // node-postgres reports UPDATE … RETURNING through TypeORM as [rows, count]; a CTE makes it a plain row set.
  private select<T>(update: string, params: unknown[]): Promise<T[]> {
    return this.dataSource.query(`WITH changed AS (${update}) SELECT * FROM changed`, params);
  }
}
