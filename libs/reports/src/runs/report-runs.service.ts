import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { forbidden, notFound } from '@app/common';
import { Role, Viewer } from '@app/access';
import { JobName, JobQueue } from '@app/jobs';
import { assertPeriodEnded, reportPeriod } from '../period/report-period';
import { ReportRun, ReportRunStatus } from './report-run.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Requests to build a month's report, and their outcome, kept in PostgreSQL (the queue only carries ids). */
@Injectable()
export class ReportRuns {
  constructor(
    @InjectRepository(ReportRun) private readonly runs: Repository<ReportRun>,
    private readonly jobs: JobQueue,
  ) {}

  /** An administrator starts the report for a past month by hand; the worker does the rest. */
  async request(viewer: Viewer, period: string): Promise<ReportRun> {
    if (viewer.role !== Role.REGION_ADMIN) throw forbidden('Only region administrators start monthly reports');
    const month = reportPeriod(period);
    assertPeriodEnded(month);
    const run = await this.create(month.period, viewer.username);
    await this.jobs.enqueue(JobName.START_MONTHLY_REPORT, { data: { period: month.period, runId: run.id } });
    return run;
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
