import { DivisionCode } from '@app/common';
import type { SqlSession } from '@app/db';
import { REGISTRY_RELATIONS } from '@app/registry';
import { onReportPublished, reportPeriod } from '@app/reports';
import { withRecordsSql } from './certification-rules';

/** The code prefix a division's counties share (region 2 digits, city 4, county all 6). */
const PREFIX_SQL = `CASE d.level WHEN 'REGION' THEN left(d.code, 2) WHEN 'CITY' THEN left(d.code, 4) ELSE d.code END`;

/**
 * Records, with each published snapshot, where every unit that has data to confirm stood on
 * the sign-off of the month, and how many corrections after confirmation of the month before
 * its counties had made by then (SPEC §9: counted in the next report).
 */
const RECORD_SQL = `
  INSERT INTO report_certification (snapshot_id, period, division_code, level, unit_name, status, certified_by, certified_at, corrections_of_previous_month)
  SELECT $1::uuid, $2, d.code, d.level, d.name, coalesce(c.status, 'NOT_CERTIFIED'),
         CASE WHEN c.status = 'CERTIFIED' THEN c.certified_by END, CASE WHEN c.status = 'CERTIFIED' THEN c.certified_at END,
         (SELECT count(*) FROM certification_correction k WHERE k.period = $3 AND left(k.county_code, length(${PREFIX_SQL})) = ${PREFIX_SQL})
  FROM ${REGISTRY_RELATIONS.division} d
  LEFT JOIN month_certification c ON c.period = $2 AND c.division_code = d.code
  WHERE d.level <> 'SITE' AND ${withRecordsSql('d')}`;

onReportPublished(async (manager, { period, snapshotId }) => {
  await manager.query(RECORD_SQL, [snapshotId, period, reportPeriod(period).previous]);
});

/** A snapshot's recorded confirmations of the division and the units inside it, in code order. */
export function publishedCertificationsSql(): string {
  return `SELECT division_code AS "divisionCode", level, unit_name AS "unitName", status, certified_by AS "certifiedBy",
            certified_at AS "certifiedAt", corrections_of_previous_month AS "correctionsOfPreviousMonth"
          FROM report_certification WHERE snapshot_id = $1 AND left(division_code, length($2)) = $2 ORDER BY division_code`;
}

/**
 * The counties inside a division whose corrections after confirmation of the month before the
 * snapshot counted (SPEC §9: counted in the next report), in code order.
 */
export async function publishedCorrectionsOfPreviousMonth(session: SqlSession, snapshotId: string, divisionCode: string): Promise<Array<{ unitName: string; count: number }>> {
  return session.query(
    `SELECT unit_name AS "unitName", corrections_of_previous_month AS count FROM report_certification
     WHERE snapshot_id = $1 AND left(division_code, length($2)) = $2 AND level = 'COUNTY' AND corrections_of_previous_month > 0
     ORDER BY division_code`,
    [snapshotId, DivisionCode.parse(divisionCode).prefix],
  );
}

/**
 * The names of the units inside a division that had not confirmed the month when the snapshot
 * was published: what the workbook and the bulletin print. Empty for a snapshot published
 * before the sign-off was recorded with reports.
 */
export async function publishedUnconfirmedUnits(session: SqlSession, snapshotId: string, divisionCode: string): Promise<string[]> {
  const rows: Array<{ unitName: string; status: string }> = await session.query(publishedCertificationsSql(), [snapshotId, DivisionCode.parse(divisionCode).prefix]);
  return rows.filter((row) => row.status !== 'CERTIFIED').map((row) => row.unitName);
}
