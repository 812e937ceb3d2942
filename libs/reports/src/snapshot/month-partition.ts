import type { EntityManager } from 'typeorm';
import type { ReportPeriod } from '../period/report-period';

/**
 * `report_row` is partitioned by month (migration ReportRowByMonth). A period has been checked
 * to be 'YYYY-MM' by `monthOf`, so the name and the bound below can be written into DDL, which
 * takes no parameters.
 */
export const monthPartition = (month: ReportPeriod) => `report_row_${month.period.replace('-', '_')}`;

/** Whether the month already has a partition of `report_row` (a revision's month, or one whose rows were deleted). */
export async function hasMonthPartition(manager: EntityManager, month: ReportPeriod): Promise<boolean> {
  const found: unknown[] = await manager.query(
    `SELECT 1 FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
     WHERE i.inhparent = 'report_row'::regclass AND pg_get_expr(c.relpartbound, c.oid) = format('FOR VALUES IN (%L)', $1::text)`,
    [month.period],
  );
  return found.length > 0;
}

/**
 * A table for the month's rows, not yet part of `report_row`: nobody reads it, and nothing but
 * its check (which lets the attach skip scanning it) is maintained while it fills.
 */
export const createMonthTableSql = (month: ReportPeriod) =>
  `CREATE TABLE ${monthPartition(month)} (LIKE report_row INCLUDING DEFAULTS, CHECK (period = '${month.period}'))`;

/**
 * Makes the filled table the month's partition. The attach builds its indexes, each in one
 * sorted pass, and takes a lock that lets readers of other months carry on; the month itself
 * appears when the finishing transaction commits.
 */
export const attachMonthTableSql = (month: ReportPeriod) =>
  `ALTER TABLE report_row ATTACH PARTITION ${monthPartition(month)} FOR VALUES IN ('${month.period}')`;
