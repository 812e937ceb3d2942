import { Injectable } from '@nestjs/common';
import { JobName, JobQueue } from '@app/jobs';
import { SnapshotReader } from '@app/reports';
import { BulletinFormat } from '../files/bulletin-file.entity';
import { BulletinFiles } from '../files/bulletin-files.service';

/**
 * After a month is published, the worker builds the bulletin and workbook of the region, every
 * city and every county, one job per division, so downloads are instant. Job ids are derived
 * from the month and division, and building skips what is stored, so a repeated publish adds
 * nothing.
 */
@Injectable()
export class BulletinPublisher {
  constructor(
    private readonly snapshots: SnapshotReader,
    private readonly files: BulletinFiles,
    private readonly jobs: JobQueue,
  ) {}

  async publish(period: string): Promise<void> {
    const codes = await this.snapshots.divisions(period);
    await this.jobs.enqueueMany(JobName.BUILD_BULLETIN, codes.map((divisionCode) => ({ data: { period, divisionCode }, jobId: `bulletin-${period}-${divisionCode}` })));
  }

  async build(period: string, divisionCode: string): Promise<void> {
    for (const format of Object.values(BulletinFormat)) await this.files.obtain(period, divisionCode, format);
  }
}
