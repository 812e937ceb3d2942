import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { AppConfigModule } from '@app/common';
import { AccessModule } from '@app/access';
import { BulletinBuildingModule } from '@app/bulletin';
import { CertificationRemindersModule } from '@app/evaluation';
import { EvidenceModule } from '@app/evidence';
import { ImportValidationModule } from '@app/imports';
import { IndicatorsModule } from '@app/indicators';
import { PersistenceModule } from '@app/persistence';
import { JobsModule } from '@app/jobs';
import { MailModule } from '@app/mail';
import { OperationsModule } from '@app/operations';
import { RedlinesModule } from '@app/redlines';
import { RegistryModule } from '@app/registry';
import { ReportBuildingModule } from '@app/reports';
import { JobProcessorsStarter } from './jobs/job-processors.starter';
import { Reconciler } from './jobs/reconciler';
import { QueueMetrics } from './metrics/queue-metrics';
import { BulletinsProcessor } from './processors/bulletins.processor';
import { CertificationsProcessor } from './processors/certifications.processor';
import { ImportsProcessor } from './processors/imports.processor';
import { IndicatorsProcessor } from './processors/indicators.processor';
import { MailProcessor } from './processors/mail.processor';
import { RedlinesProcessor } from './processors/redlines.processor';
import { ReportsProcessor } from './processors/reports.processor';
import { SpotChecksProcessor } from './processors/spot-checks.processor';

const accessModule = AccessModule.forRoot(RegistryModule);

/**
 * The background process: BullMQ processors over the shared libs. It holds no state of its
 * own, so any number of workers can share one Redis and one PostgreSQL. Its only HTTP routes
 * are /health/live and /health/ready, on WORKER_HEALTH_PORT.
 */
@Module({
  imports: [
    AppConfigModule,
    PersistenceModule,
    DiscoveryModule,
    JobsModule.forRoot(),
    OperationsModule.forRoot('worker'),
    MailModule,
    ReportBuildingModule,
    BulletinBuildingModule,
    EvidenceModule,
    IndicatorsModule,
    ImportValidationModule,
    RedlinesModule.forRoot(accessModule),
    CertificationRemindersModule.forRoot(accessModule),
  ],
  providers: [
    BulletinsProcessor,
    CertificationsProcessor,
    ImportsProcessor,
    IndicatorsProcessor,
    MailProcessor,
    RedlinesProcessor,
    ReportsProcessor,
    SpotChecksProcessor,
    JobProcessorsStarter,
    Reconciler,
    QueueMetrics,
  ],
})
export class WorkerModule {}
