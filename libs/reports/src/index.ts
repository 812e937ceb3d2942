// The modules (reading in the API, building in the worker), entities and GraphQL surface
export * from './reports.module';
export * from './reports.entities';
export * from './reports.resolvers';
export { ReportPipeline } from './runs/report-pipeline.service';
// Report periods ('YYYY-MM')
export { lastEndedPeriod, reportPeriod, type ReportPeriod } from './period/report-period';
// The SQL of the report's parts, for the benchmark's query plans
export { POPULATION_PART_SQL, siteFiguresPartSql } from './snapshot/report-sql';
// A month's partition of report_row, which the benchmark drops to build the month again as for the first time
export { monthPartition } from './snapshot/month-partition';
// Published snapshots, for documents made about a whole division (the bulletin lib)
export { SnapshotReader, type SnapshotHeader, type SnapshotRankSummary, type SnapshotUnitRow, type SnapshotUnitSummary } from './reading/snapshot-reader.service';
// Features that record something with each published snapshot, in its transaction
export { onReportPublished, type PublicationStep, type PublishedSnapshot } from './snapshot/publication-steps';
export { MonthlyReport } from './dtos/monthly-report.type';
