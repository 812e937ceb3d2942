import { Role } from '@app/access';
import { DivisionTier, FieldProblem, todayInShanghai } from '@app/common';
import { REGISTRY_RELATIONS } from '@app/registry';
import type { ReportPeriod } from '@app/reports';

/** The first day of a month on which its data may be confirmed. */
export const WINDOW_OPENS_ON_DAY = 20;

/** Why a confirmation of `period` cannot be made today, or null: from the 20th to the month's last day (Asia/Shanghai). */
export function windowProblem(period: ReportPeriod, now = new Date()): FieldProblem | null {
  const today = todayInShanghai(now);
  const opens = `${period.period}-${WINDOW_OPENS_ON_DAY}`;
  if (today >= opens && today <= period.lastDay) return null;
  return { field: 'period', reason: `${period.period} can be confirmed only from ${opens} to ${period.lastDay} (today is ${today})` };
}

/** The tier whose data each role confirms: staff confirm their own unit; reviewing roles confirm nothing. */
export const CONFIRMS_TIER: Partial<Record<Role, DivisionTier>> = {
  [Role.REGION_ADMIN]: 'REGION',
  [Role.REGION_STAFF]: 'REGION',
  [Role.CITY_STAFF]: 'CITY',
  [Role.COUNTY_STAFF]: 'COUNTY',
};

/**
 * Whether the division in `alias` has data to confirm: it carries relocation work and holds at
 * least one site. A county with nothing in the system has nothing to vouch for, and must not
 * hold its city's confirmation up.
 */
export function withRecordsSql(alias: string): string {
  const inside = `s.county_code = ${alias}.code OR s.city_code = ${alias}.code OR (${alias}.level = 'REGION' AND left(s.county_code, 2) = left(${alias}.code, 2))`;
  return `${alias}.has_relocation_task AND EXISTS (SELECT 1 FROM ${REGISTRY_RELATIONS.site} s WHERE ${inside})`;
}
