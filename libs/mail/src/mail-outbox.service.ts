import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { AppConfig } from '@app/common';
import { MailOutboxMessage, OutboxStatus } from './mail-outbox.entity';
import { outboxMessageId } from './message-id';
import { OutboxDispatch } from './outbox-dispatch';
import { OutgoingMail } from './outgoing-mail';

/** Rows the sweep re-queues per run; the oldest first, so a backlog drains in order. */
const SWEEP_BATCH = 1000;

/** Writing mail into the outbox, and finding the mail whose delivery job went missing. */
@Injectable()
export class MailOutbox {
  constructor(
    @InjectRepository(MailOutboxMessage) private readonly messages: Repository<MailOutboxMessage>,
    private readonly dispatch: OutboxDispatch,
    private readonly config: AppConfig,
  ) {}

  /**
   * Adds mail inside the caller's transaction, so it exists exactly when the change that
   * calls for it does. A dedupe key already in the outbox is skipped, whatever its state:
   * the same mail is never queued twice. Returns the ids of the rows added.
   */
  async queue(manager: EntityManager, mails: readonly OutgoingMail[]): Promise<string[]> {
    if (mails.length === 0) return [];
    const ids = mails.map(() => randomUUID());
    const rows: Array<{ id: string }> = await manager.query(
      `INSERT INTO mail_outbox (id, dedupe_key, recipient, subject, body, message_id)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
       ON CONFLICT (dedupe_key) DO NOTHING
       RETURNING id`,
      [
        ids,
        mails.map((mail) => mail.dedupeKey),
        mails.map((mail) => mail.to),
        mails.map((mail) => mail.subject),
        mails.map((mail) => mail.text),
        ids.map((id) => outboxMessageId(id, this.config.MAIL_FROM)),
      ],
    );
    const queued = rows.map((row) => row.id);
    this.dispatch.afterCommit(manager, queued);
    return queued;
  }

  /**
   * Re-queues pending rows nobody holds: those whose job was lost between commit and Redis,
   * or whose retries ran out during a long outage. Rows still queued are skipped by job id.
   */
  async sweep(): Promise<number> {
    const pending = await this.messages
      .createQueryBuilder('mail')
      .select('mail.id')
      .where('mail.status = :pending', { pending: OutboxStatus.PENDING })
      .andWhere('(mail.lease_until IS NULL OR mail.lease_until < now())')
      .orderBy('mail.created_at')
      .limit(SWEEP_BATCH)
      .getMany();
    await this.dispatch.enqueue(pending.map((mail) => mail.id));
    return pending.length;
  }
}
