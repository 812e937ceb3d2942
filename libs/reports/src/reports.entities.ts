import { ReportRevision } from './revisions/report-revision.entity';
import { ReportRun } from './runs/report-run.entity';
import { MonthlyReportHeader } from './snapshot/monthly-report.entity';
import { ReportRow } from './snapshot/report-row.entity';
import { ReportUnitSummary } from './snapshot/report-unit-summary.entity';

export const REPORT_ENTITIES = [ReportRun, MonthlyReportHeader, ReportRow, ReportUnitSummary, ReportRevision] as const;
