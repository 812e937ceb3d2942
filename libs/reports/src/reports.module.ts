import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IndicatorsModule } from '@app/indicators';
import { RegistryModule } from '@app/registry';
import { REPORTS_RESOLVERS } from './reports.resolvers';
import { ReportReader } from './reading/report-reader.service';
import { REPORT_ENTITIES } from './reports.entities';
import { ReportPipeline } from './runs/report-pipeline.service';
import { ReportRuns } from './runs/report-runs.service';
import { ReportBuilder } from './snapshot/report-builder.service';
import { ReportWorkbookController } from './workbook/report-workbook.controller';
import { ReportWorkbook } from './workbook/report-workbook.service';

/** Reading and requesting reports (API side). Needs JobsModule in the app. */
@Module({
  imports: [TypeOrmModule.forFeature([...REPORT_ENTITIES]), RegistryModule, IndicatorsModule],
  controllers: [ReportWorkbookController],
  providers: [...REPORTS_RESOLVERS, ReportReader, ReportRuns, ReportWorkbook],
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
