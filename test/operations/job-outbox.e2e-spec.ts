/**
 * The job outbox hands each row to Redis once, however many processes sweep at the same time,
 * and hands it again only when Redis has lost its job (not when the job is merely slow).
 * Real PostgreSQL and Redis; no worker runs, so queued jobs stay where the test can see them.
 */
import { Queue } from 'bullmq';
import { JobName, JobOutbox, outboxJobId, QueueName } from '@app/jobs';
import { ApiHarness } from '../support/api-harness';
import { eventually } from '../support/eventually';
import { openQueue } from '../support/queues';

describe('the job outbox', () => {
  let api: ApiHarness;
  let queue: Queue;

  beforeAll(async () => {
    api = await ApiHarness.start();
    queue = openQueue(QueueName.REPORTS, api.queuePrefix);
  });

  afterAll(async () => {
    await queue?.close();
    await api?.stop();
  });

  async function recordedRow(): Promise<string> {
    // What a process that died after its commit leaves: a row, committed, never handed over.
    const { rows } = await api.db.query<{ id: string }>(
      `INSERT INTO job_outbox (id, job_name, payload, created_at) VALUES (gen_random_uuid(), $1, $2, now() - interval '5 seconds') RETURNING id`,
      [JobName.START_MONTHLY_REPORT, JSON.stringify({ period: null, runId: null })],
    );
    return rows[0].id;
  }

  const dispatchesOf = async (id: string): Promise<number> =>
    (await api.db.query<{ dispatches: number }>(`SELECT dispatches FROM job_outbox WHERE id = $1`, [id])).rows[0].dispatches;

  /** As if the last hand-over was long ago, so the next sweep looks at the row again. */
  const ageHandOver = (id: string) => api.db.query(`UPDATE job_outbox SET dispatched_at = now() - interval '1 minute' WHERE id = $1`, [id]);

  it('hands a row over once when sweeps run at the same time', async () => {
    const id = await recordedRow();
    const outbox = api.get(JobOutbox);
    const handed = await Promise.all([outbox.sweep(), outbox.sweep(), outbox.sweep()]);
    // The API's own periodic sweep may be the one that took it; either way, exactly once.
    expect(handed.reduce((sum, n) => sum + n, 0)).toBeLessThanOrEqual(1);
    await eventually(async () => (await dispatchesOf(id)) === 1, 'the row to be handed over');
    expect(await queue.getJob(outboxJobId(id))).toBeDefined();
    expect(await dispatchesOf(id)).toBe(1);
  });

  it('leaves a row alone while its job is still in Redis, and queues it again once Redis has lost it', async () => {
    const id = await recordedRow();
    const outbox = api.get(JobOutbox);
    await eventually(async () => (await outbox.sweep(), (await dispatchesOf(id)) === 1), 'the first hand-over');

    await ageHandOver(id);
    await outbox.sweep();
    expect(await dispatchesOf(id)).toBe(1);
    expect(await queue.getJob(outboxJobId(id))).toBeDefined();

    await (await queue.getJob(outboxJobId(id)))!.remove();
    await ageHandOver(id);
    await outbox.sweep();
    expect(await dispatchesOf(id)).toBe(2);
    expect(await queue.getJob(outboxJobId(id))).toBeDefined();
  });
});
