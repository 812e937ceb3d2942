import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

export enum JobOutboxState {
  /** Its job has not finished yet: not in Redis yet, waiting, running, or between retries. */
  OPEN = 'OPEN',
  DONE = 'DONE',
  /** The job failed for good (retries used up, or a job no handler knows). */
  FAILED = 'FAILED',
}

/**
 * A job whose loss would matter (a report run, a red-line scan), recorded in PostgreSQL in the
 * transaction that calls for it and handed to Redis afterwards. Redis may lose the job (it was
 * down at the time, or restarted without persistence): the row stays OPEN until the job has
 * run, and the workers' sweep queues it again. See JobOutbox.
 */
@Entity('job_outbox')
@Index('job_outbox_open_idx', ['createdAt'], { where: `state = 'OPEN'` })
export class JobOutboxEntry {
  /** Also the BullMQ job id (prefixed), so queueing the row again while its job exists adds nothing. */
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 60 })
  jobName: string;

  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  /** The HTTP request that asked for the job, carried into the worker's log lines. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  requestId: string | null;

  @Column({ type: 'enum', enum: JobOutboxState, enumName: 'job_outbox_state', default: JobOutboxState.OPEN })
  state: JobOutboxState;

  /** Times the row was handed to Redis (the first after commit, then by the sweep). */
  @Column({ type: 'int', default: 0 })
  dispatches: number;

  @Column({ type: 'timestamptz', nullable: true })
  dispatchedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
