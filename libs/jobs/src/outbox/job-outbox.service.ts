import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { currentLogContext } from '@app/common';
import { JobName, JobPayloads } from '../job-catalog';
import { JobQueue } from '../job-queue.service';
import { AfterCommit } from './after-commit';

const JOB_ID_PREFIX = 'outbox-';
/** Rows the sweep queues again per run, oldest first. */
const SWEEP_BATCH = 500;
/**
 * A row handed to Redis this recently is left alone by the sweep: its job is almost certainly
 * there, and a job that just finished may not have closed its row yet (queueing it again would
 * only run an idempotent job twice, but there is no need). A row never handed over waits only
 * for its own after-commit attempt to have had its chance.
 */
const SWEEP_GRACE = '10 seconds';
const UNDISPATCHED_GRACE = '2 seconds';

interface OutboxRow {
  id: string;
  jobName: JobName;
  payload: Record<string, unknown>;
  requestId: string | null;
}

/** The BullMQ job id of an outbox row. */
export const outboxJobId = (rowId: string): string => `${JOB_ID_PREFIX}${rowId}`;

/**
 * Jobs that must not be lost go through here: a row first, in the caller's transaction (the
 * write never waits on Redis), the job second, after commit; the workers' sweep queues rows
 * again whose job never reached Redis or was lost with it, until the job has run. Job ids are
 * the row's, so a row queued twice runs once. The mail outbox (libs/mail) is the same pattern
 * with its own table, since a mail row is also the mail.
 */
@Injectable()
export class JobOutbox {
  private readonly logger = new Logger(JobOutbox.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly afterCommit: AfterCommit,
  ) {}

  /** Records the job inside the caller's transaction; it is queued once that commits. Returns the row id. */
  async add<N extends JobName>(manager: EntityManager, name: N, data: JobPayloads[N]): Promise<string> {
    const id = randomUUID();
    await manager.query(`INSERT INTO job_outbox (id, job_name, payload, request_id) VALUES ($1, $2, $3, $4)`, [
      id,
      name,
      JSON.stringify(data),
      currentLogContext().requestId ?? null,
    ]);
    this.afterCommit.run(manager, () => {
      this.dispatch([id]).catch((error: unknown) =>
        this.logger.warn(`Could not queue ${name} now (${String(error)}); the outbox sweep will queue it when Redis answers`),
      );
    });
    return id;
  }

  /** Queues the open rows among `ids` (one job per row, keyed by it) and notes that they were handed over. */
  async dispatch(ids: readonly string[]): Promise<number> {
    if (ids.length === 0) return 0;
    const rows: OutboxRow[] = await this.dataSource.query(
      `SELECT id, job_name AS "jobName", payload, request_id AS "requestId" FROM job_outbox WHERE id = ANY($1::uuid[]) AND state = 'OPEN'`,
      [ids],
    );
    const byName = new Map<JobName, OutboxRow[]>();
    for (const row of rows) byName.set(row.jobName, [...(byName.get(row.jobName) ?? []), row]);
    for (const [name, named] of byName) {
      await this.jobs.enqueueMany(
        name,
        named.map((row) => ({ data: row.payload as JobPayloads[typeof name], jobId: outboxJobId(row.id), requestId: row.requestId ?? undefined })),
      );
    }
    await this.dataSource.query(`UPDATE job_outbox SET dispatches = dispatches + 1, dispatched_at = now() WHERE id = ANY($1::uuid[])`, [
      rows.map((row) => row.id),
    ]);
    return rows.length;
  }

  /**
   * Queues again every open row not handed over in the last moments: those whose job never
   * reached Redis (down at commit, or the process died first) and those whose job Redis lost.
   * A row whose job is still in Redis adds nothing (same job id).
   */
  async sweep(): Promise<number> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM job_outbox
       WHERE state = 'OPEN'
         AND (dispatched_at < now() - interval '${SWEEP_GRACE}' OR (dispatched_at IS NULL AND created_at < now() - interval '${UNDISPATCHED_GRACE}'))
       ORDER BY created_at LIMIT ${SWEEP_BATCH}`,
    );
    return this.dispatch(rows.map((row) => row.id));
  }

  /** Closes the row of a job that has run (or failed for good); jobs that came from no row are ignored. */
  async finished(jobId: string | undefined, error?: string): Promise<void> {
    if (!jobId?.startsWith(JOB_ID_PREFIX)) return;
    await this.dataSource.query(`UPDATE job_outbox SET state = $2, finished_at = now(), last_error = $3 WHERE id = $1 AND state = 'OPEN'`, [
      jobId.slice(JOB_ID_PREFIX.length),
      error === undefined ? 'DONE' : 'FAILED',
      error?.slice(0, 2000) ?? null,
    ]);
  }

  /** Open rows by job name: jobs asked for and not yet run (for the metrics). */
  async backlog(): Promise<Record<string, number>> {
    const rows: Array<{ jobName: string; n: number }> = await this.dataSource.query(
      `SELECT job_name AS "jobName", count(*)::int AS n FROM job_outbox WHERE state = 'OPEN' GROUP BY job_name`,
    );
    return Object.fromEntries(rows.map((row) => [row.jobName, row.n]));
  }
}
