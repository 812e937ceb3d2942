import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

export enum OutboxStatus {
  /** Not delivered yet: waiting for its job, being sent, or between retries. */
  PENDING = 'PENDING',
  SENT = 'SENT',
  /** The mail server refused it for good (e.g. unknown mailbox); retrying cannot help. */
  FAILED = 'FAILED',
}

/**
 * One e-mail to one recipient (transactional outbox): written in the same transaction as the
 * change that calls for it, delivered afterwards by the worker. See MailDelivery for how a
 * row is sent once.
 */
@Entity('mail_outbox')
@Index('mail_outbox_pending_idx', ['createdAt'], { where: `status = 'PENDING'` })
export class MailOutboxMessage {
  /** Chosen by the application so the Message-ID can be fixed when the row is written. */
  @PrimaryColumn('uuid')
  id: string;

  /** What this mail is about, for this recipient; the unique index makes sending it twice impossible to queue. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 300 })
  dedupeKey: string;

  @Column({ type: 'varchar', length: 200 })
  recipient: string;

  @Column({ type: 'varchar', length: 300 })
  subject: string;

  @Column({ type: 'text' })
  body: string;

  /** Sent as the Message-ID header on every attempt, so a repeated delivery is recognisably the same mail. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 250 })
  messageId: string;

  @Column({ type: 'enum', enum: OutboxStatus, enumName: 'mail_outbox_status', default: OutboxStatus.PENDING })
  status: OutboxStatus;

  /** Delivery attempts started (claims), including one a crashed worker never finished. */
  @Column({ type: 'int', default: 0 })
  attempts: number;

  /** While in the future, one worker holds the row and no other may send it. */
  @Column({ type: 'timestamptz', nullable: true })
  leaseUntil: Date | null;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  /** What the mail server answered on acceptance (its queue id), or where the .eml file went. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  serverResponse: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
