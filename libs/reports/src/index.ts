export * from './reports.module';
export * from './reports.entities';
export { SnapshotReader } from './reading/snapshot-reader.service';
export type { SnapshotHeader, SnapshotRankSummary, SnapshotUnitRow, SnapshotUnitSummary } from './reading/snapshot-reader.service';
export { reportPeriod } from './period/report-period';
export type { ReportPeriod } from './period/report-period';
