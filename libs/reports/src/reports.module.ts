import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IndicatorsModule } from '@app/indicators';
import { RegistryModule } from '@app/registry';
import { REPORTS_RESOLVERS } from './reports.resolvers';
import { ReportReader } from './reading/report-reader.service';
import { SnapshotReader } from './reading/snapshot-reader.service';
import { REPORT_ENTITIES } from './reports.entities';
import { ReportPipeline } from './runs/report-pipeline.service';
import { ReportRuns } from './runs/report-runs.service';
import { ReportBuilder } from './snapshot/report-builder.service';

/** Reading and requesting reports (API side). Needs JobsModule in the app. */
@Module({
  imports: [TypeOrmModule.forFeature([...REPORT_ENTITIES]), RegistryModule, IndicatorsModule],
  providers: [...REPORTS_RESOLVERS, ReportReader, ReportRuns],
  exports: [ReportReader, ReportRuns],
})
export class ReportsModule {}

/** Building reports (worker side). */
@Module({
  imports: [TypeOrmModule.forFeature([...REPORT_ENTITIES]), RegistryModule, IndicatorsModule],
  providers: [ReportBuilder, ReportRuns, ReportPipeline],
  exports: [ReportPipeline],
})
export class ReportBuildingModule {}

/** Published snapshots for documents made about a whole division (the bulletin lib), API and worker alike. */
@Module({
  providers: [SnapshotReader],
  exports: [SnapshotReader],
})
export class ReportSnapshotModule {}
