import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { forbidden, notFound } from '@app/common';
import { Role, Viewer } from '@app/access';
import { JobName, JobOutbox } from '@app/jobs';
import { FIRST_RECORD_PERIOD_SQL } from '../period/first-record';
import { assertPeriodEnded, assertPeriodHasRecords, reportPeriod } from '../period/report-period';
import { ReportRun, ReportRunStatus } from './report-run.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Requests to build a month's report, and their outcome, kept in PostgreSQL (the queue only carries ids). */
@Injectable()
export class ReportRuns {
  constructor(
    @InjectRepository(ReportRun) private readonly runs: Repository<ReportRun>,
    private readonly outbox: JobOutbox,
  ) {}

  /**
   * An administrator starts the report for a past month by hand; the worker does the rest. The
   * run and its job are recorded together and the answer never waits on Redis: while Redis is
   * down the run stays QUEUED, and the workers' outbox sweep queues it once Redis is back.
   */
  async request(viewer: Viewer, period: string): Promise<ReportRun> {
    if (viewer.role !== Role.REGION_ADMIN) throw forbidden('Only region administrators start monthly reports');
    const month = reportPeriod(period);
    assertPeriodEnded(month);
    assertPeriodHasRecords(month, await this.firstRecordPeriod());
    return this.runs.manager.transaction(async (manager) => {
      const run = await manager.save(manager.create(ReportRun, { period: month.period, requestedBy: viewer.username, status: ReportRunStatus.QUEUED }));
      await this.outbox.add(manager, JobName.START_MONTHLY_REPORT, { period: month.period, runId: run.id });
      return run;
    });
  }

  /** The month of the system's first record; null while there is none. */
  async firstRecordPeriod(): Promise<string | null> {
    const [{ period }] = await this.runs.query(FIRST_RECORD_PERIOD_SQL);
    return period;
  }

  create(period: string, requestedBy: string): Promise<ReportRun> {
    return this.runs.save(this.runs.create({ period, requestedBy, status: ReportRunStatus.QUEUED }));
  }

  async find(viewer: Viewer, id: string): Promise<ReportRun> {
    // Runs describe region-wide work: region-level staff follow them.
    const run = UUID.test(id) && viewer.seesDivision('450000') ? await this.runs.findOne({ where: { id } }) : null;
    if (!run) throw notFound('ReportRun', id);
    return run;
  }

  /** One running run per month that has been running for a while (long enough to have its flow in Redis). */
  longRunning(): Promise<Array<{ period: string; runId: string }>> {
    return this.runs.query(
      `SELECT DISTINCT ON (period) period, id AS "runId" FROM report_run
       WHERE status = $1 AND requested_at < now() - interval '30 seconds' ORDER BY period, requested_at`,
      [ReportRunStatus.RUNNING],
    );
  }

  async markRunning(runId: string): Promise<void> {
    await this.runs.update({ id: runId, status: ReportRunStatus.QUEUED }, { status: ReportRunStatus.RUNNING });
  }

  /** Every open run for the month ends with the report, whichever run built it. */
  async markFinished(period: string, note: string | null): Promise<void> {
    await this.runs.update(
      { period, status: In([ReportRunStatus.QUEUED, ReportRunStatus.RUNNING]) },
      { status: ReportRunStatus.COMPLETED, finishedAt: new Date(), note },
    );
  }

  async markFailed(period: string, error: string): Promise<void> {
    await this.runs.update(
      { period, status: In([ReportRunStatus.QUEUED, ReportRunStatus.RUNNING]) },
      { status: ReportRunStatus.FAILED, finishedAt: new Date(), note: error.slice(0, 2000) },
    );
  }
}
