import { DivisionCode } from '@app/common';
import type { SqlSession } from '@app/db';
import { REGISTRY_RELATIONS } from '@app/registry';
import { withRecordsSql } from './certification-rules';

/**
 * The names of the units that had not confirmed `period` (SPEC §9): the division and every
 * region, city or county inside it that holds records, in code order. For the workbook, the
 * bulletin and the platforms to show who did not vouch for their month.
 */
export async function unconfirmedUnits(session: SqlSession, period: string, divisionCode: string): Promise<string[]> {
  const division = DivisionCode.parse(divisionCode);
  const rows: Array<{ name: string }> = await session.query(
    `SELECT d.name FROM ${REGISTRY_RELATIONS.division} d
     WHERE left(d.code, length($2)) = $2 AND d.level <> 'SITE' AND ${withRecordsSql('d')}
       AND NOT EXISTS (SELECT 1 FROM month_certification c WHERE c.period = $1 AND c.division_code = d.code AND c.status = 'CERTIFIED')
     ORDER BY d.code`,
    [period, division.prefix],
  );
  return rows.map((row) => row.name);
}
