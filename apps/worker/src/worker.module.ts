import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { AppConfigModule } from '@app/common';
import { AccessModule } from '@app/access';
import { BulletinBuildingModule } from '@app/bulletin';
import { EvidenceModule } from '@app/evidence';
import { IndicatorsModule } from '@app/indicators';
import { PersistenceModule } from '@app/persistence';
import { JobsModule } from '@app/jobs';
import { MailModule } from '@app/mail';
import { RedlinesModule } from '@app/redlines';
import { RegistryModule } from '@app/registry';
import { ReportBuildingModule } from '@app/reports';
import { JobProcessorsStarter } from './jobs/job-processors.starter';
import { JobSchedulesRegistrar } from './jobs/job-schedules';
import { BulletinsProcessor } from './processors/bulletins.processor';
import { IndicatorsProcessor } from './processors/indicators.processor';
import { MailProcessor } from './processors/mail.processor';
import { RedlinesProcessor } from './processors/redlines.processor';
import { ReportsProcessor } from './processors/reports.processor';
import { SpotChecksProcessor } from './processors/spot-checks.processor';

/**
 * The background process: BullMQ processors over the shared libs. It holds no state of its
 * own, so any number of workers can share one Redis and one PostgreSQL.
 */
@Module({
  imports: [
    AppConfigModule,
    PersistenceModule,
    DiscoveryModule,
    JobsModule.forRoot(),
    MailModule,
    ReportBuildingModule,
    BulletinBuildingModule,
    EvidenceModule,
    IndicatorsModule,
    RedlinesModule.forRoot(AccessModule.forRoot(RegistryModule)),
  ],
  providers: [BulletinsProcessor, IndicatorsProcessor, MailProcessor, RedlinesProcessor, ReportsProcessor, SpotChecksProcessor, JobProcessorsStarter, JobSchedulesRegistrar],
})
export class WorkerModule {}
