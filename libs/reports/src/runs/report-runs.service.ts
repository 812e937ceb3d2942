import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, Repository } from 'typeorm';
import { badInput, forbidden, notFound } from '@app/common';
import { Role, Viewer } from '@app/access';
import { JobName, JobOutbox } from '@app/jobs';
import { FIRST_RECORD_PERIOD_SQL } from '../period/first-record';
import { assertPeriodEnded, assertPeriodHasRecords, reportPeriod } from '../period/report-period';
import { ReportRun, ReportRunStatus } from './report-run.entity';

/** A revision's reason is printed on every page of the month's documents: a sentence or two. */
const REASON_MAX = 500;
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

  /**
   * A region administrator revises a published month (修订): the worker builds it again from the
   * records as of its end, and the new snapshot supersedes the old, which is kept. Refused
   * (writing nothing) for others, without a reason, or for a month not published.
   */
  async requestRevision(viewer: Viewer, period: string, reason: string): Promise<ReportRun> {
    if (viewer.role !== Role.REGION_ADMIN) throw forbidden('Only region administrators revise monthly reports');
    const month = reportPeriod(period);
    const why = reason.trim();
    if (why.length === 0 || why.length > REASON_MAX) throw badInput([{ field: 'reason', reason: `must say why, in 1 to ${REASON_MAX} characters` }]);
    const [published] = await this.runs.query(`SELECT 1 FROM monthly_report WHERE period = $1`, [month.period]);
    if (!published) throw badInput([{ field: 'period', reason: `${month.period} has no published report to revise (月报尚未发布)` }]);
    // A month's runs share their job ids: one revision at a time.
    const [underWay] = await this.runs.query(`SELECT 1 FROM report_run WHERE period = $1 AND status IN ($2, $3)`, [
      month.period, ReportRunStatus.QUEUED, ReportRunStatus.RUNNING,
    ]);
    if (underWay) throw badInput([{ field: 'period', reason: `${month.period} is being built or revised already; revise it once that run ends` }]);
    return this.runs.manager.transaction(async (manager) => {
      const run = await manager.save(
        manager.create(ReportRun, { period: month.period, requestedBy: viewer.username, status: ReportRunStatus.QUEUED, revisionReason: why }),
      );
      await this.outbox.add(manager, JobName.START_MONTHLY_REPORT, { period: month.period, runId: run.id });
      return run;
    });
  }

  byId(id: string): Promise<ReportRun | null> {
    return this.runs.findOne({ where: { id } });
  }

  /** One run ends (the others for the month go on: a revision waiting behind a plain re-run). */
  async markRunFinished(runId: string, note: string | null): Promise<void> {
    await this.runs.update(
      { id: runId, status: In([ReportRunStatus.QUEUED, ReportRunStatus.RUNNING]) },
      { status: ReportRunStatus.COMPLETED, finishedAt: new Date(), note },
    );
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

  /** Every open run for the month ends with the report, whichever run built it; revisions end only with their own. */
  async markFinished(period: string, note: string | null): Promise<void> {
    await this.runs.update(
      { period, status: In([ReportRunStatus.QUEUED, ReportRunStatus.RUNNING]), revisionReason: IsNull() },
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
