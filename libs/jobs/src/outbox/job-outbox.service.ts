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

interface ClaimedRow {
  id: string;
  jobName: JobName;
  payload: Record<string, unknown>;
  requestId: string | null;
  /** Times handed to Redis before this claim. */
  dispatches: number;
  /** When it was last handed over before this claim. */
  previous: Date | null;
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

  /** Queues the open rows among `ids` that nobody has handed to Redis yet. */
  async dispatch(ids: readonly string[]): Promise<number> {
    if (ids.length === 0) return 0;
    return this.handOver(await this.claim(`id = ANY($1::uuid[]) AND dispatched_at IS NULL`, [ids]));
  }

  /**
   * Queues again every open row not handed over in the last moments: those whose job never
   * reached Redis (down at commit, or the process died first) and those whose job Redis lost.
   * A row whose job is still in Redis is only slow (a long job, a busy worker): it is left alone.
   */
  async sweep(): Promise<number> {
    const due = await this.claim(
      `(dispatched_at < now() - interval '${SWEEP_GRACE}' OR (dispatched_at IS NULL AND created_at < now() - interval '${UNDISPATCHED_GRACE}'))`,
      [],
    );
    return this.handOver(due, async (row) => row.dispatches === 0 || !(await this.jobs.isQueued(row.jobName, outboxJobId(row.id))));
  }

  /**
   * Takes the open rows matching `condition` for this process: one statement marks them handed
   * over now, so a sweep in another process, or a second sweep here, passes them by.
   */
  private claim(condition: string, parameters: unknown[]): Promise<ClaimedRow[]> {
    return this.dataSource.query(
      `WITH due AS (
         SELECT id, dispatched_at AS previous FROM job_outbox
         WHERE state = 'OPEN' AND ${condition}
         ORDER BY created_at LIMIT ${SWEEP_BATCH} FOR UPDATE SKIP LOCKED),
       claimed AS (
         UPDATE job_outbox o SET dispatched_at = now() FROM due WHERE o.id = due.id
         RETURNING o.id, o.job_name AS "jobName", o.payload, o.request_id AS "requestId", o.dispatches, due.previous)
       -- A SELECT on top: TypeORM answers an UPDATE with [rows, count], a SELECT with its rows.
       SELECT * FROM claimed`,
      parameters,
    );
  }

  /**
   * Queues the claimed rows that `needed` says must be (one job per row, keyed by it) and counts
   * the hand-over. When Redis fails, every claimed row gets its earlier mark back, so the next
   * sweep finds it at once.
   */
  private async handOver(rows: ClaimedRow[], needed: (row: ClaimedRow) => Promise<boolean> = async () => true): Promise<number> {
    if (rows.length === 0) return 0;
    try {
      const handed: ClaimedRow[] = [];
      for (const row of rows) if (await needed(row)) handed.push(row);
      const byName = new Map<JobName, ClaimedRow[]>();
      for (const row of handed) byName.set(row.jobName, [...(byName.get(row.jobName) ?? []), row]);
      for (const [name, named] of byName) {
        await this.jobs.enqueueMany(
          name,
          named.map((row) => ({ data: row.payload as JobPayloads[typeof name], jobId: outboxJobId(row.id), requestId: row.requestId ?? undefined })),
        );
      }
      await this.dataSource.query(`UPDATE job_outbox SET dispatches = dispatches + 1 WHERE id = ANY($1::uuid[])`, [handed.map((row) => row.id)]);
      return handed.length;
    } catch (error) {
      await this.dataSource.query(
        `UPDATE job_outbox o SET dispatched_at = v.previous FROM unnest($1::uuid[], $2::timestamptz[]) AS v(id, previous) WHERE o.id = v.id`,
        [rows.map((row) => row.id), rows.map((row) => row.previous)],
      );
      throw error;
    }
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
