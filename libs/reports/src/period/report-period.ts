import { badInput } from '@app/common';

const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;
/** Relocation under the 13th Five-Year plan began in 2016: no record, so no report, is older. */
export const FIRST_PERIOD = '2016-01';

/** A report month, 'YYYY-MM', with the bounds its figures are computed for (Asia/Shanghai). */
export interface ReportPeriod {
  period: string;
  /** First and last calendar day of the month. */
  firstDay: string;
  lastDay: string;
  /** The month's last instant (to the microsecond PostgreSQL keeps), ISO 8601 with +08:00: figures are as of it. */
  lastInstant: string;
  previous: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function reportPeriod(period: string): ReportPeriod {
  const month = monthOf(period);
  if (period < FIRST_PERIOD) throw badInput([{ field: 'period', reason: `must not be before ${FIRST_PERIOD}, when relocation records begin` }]);
  return month;
}

/** A month's bounds, whether or not it may be reported (the month before the first, for the change from it). */
export function monthOf(period: string): ReportPeriod {
  const match = PERIOD.exec(period);
  if (!match) throw badInput([{ field: 'period', reason: 'must be a month written YYYY-MM, e.g. 2026-10' }]);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const prev = month === 1 ? { y: year - 1, m: 12 } : { y: year, m: month - 1 };
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return {
    period,
    firstDay: `${period}-01`,
    lastDay: `${period}-${pad(lastDay)}`,
    lastInstant: `${period}-${pad(lastDay)}T23:59:59.999999+08:00`,
    previous: `${prev.y}-${pad(prev.m)}`,
  };
}

/**
 * A month is reported only from the month of the system's first record (`firstPeriod`, null
 * while there is none): an earlier one would publish a permanent snapshot of nothing.
 */
export function assertPeriodHasRecords(period: ReportPeriod, firstPeriod: string | null): void {
  if (firstPeriod === null) throw badInput([{ field: 'period', reason: 'there are no records yet, so no month can be reported' }]);
  if (period.period < firstPeriod) throw badInput([{ field: 'period', reason: `must not be before ${firstPeriod}, the month of the first record` }]);
}

/** Reports describe finished months only. */
export function assertPeriodEnded(period: ReportPeriod, now = new Date()): void {
  if (new Date(period.lastInstant) >= now) throw badInput([{ field: 'period', reason: `${period.period} has not ended yet` }]);
}

/** The month that ended most recently, in Asia/Shanghai: what the scheduler on the 1st reports. */
export function lastEndedPeriod(now = new Date()): string {
  const [y, m] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(now).split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${pad(m - 1)}`;
}
