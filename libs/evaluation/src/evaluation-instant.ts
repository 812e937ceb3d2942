import { badInput, todayInShanghai } from '@app/common';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day an evaluation describes and the instant its figures are as of: the end of that day in Asia/Shanghai. */
export interface EvaluationInstant {
  day: string;
  instant: string;
}

export const endOfDay = (day: string): EvaluationInstant => ({ day, instant: `${day}T23:59:59.999999+08:00` });

/** The last day of the month before today's (Asia/Shanghai): the default, like the monthly report's. */
export function lastDayOfLastMonth(now = new Date()): string {
  const [year, month] = todayInShanghai(now).split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, 0)).toISOString().slice(0, 10);
}

/** `asOf` as given (YYYY-MM-DD, a real calendar day, not after today), or the default. */
export function evaluationDay(asOf: string | null | undefined, now = new Date()): string {
  if (asOf === null || asOf === undefined) return lastDayOfLastMonth(now);
  const match = ISO_DATE.exec(asOf);
  const valid = match !== null && new Date(Date.UTC(+match[1], +match[2] - 1, +match[3])).toISOString().slice(0, 10) === asOf;
  if (!valid) throw badInput([{ field: 'asOf', reason: 'must be a calendar date written YYYY-MM-DD, e.g. 2026-11-30' }]);
  if (asOf > todayInShanghai(now)) throw badInput([{ field: 'asOf', reason: 'must not be in the future' }]);
  return asOf;
}

/** Refuses a day before the system's first record (given as YYYY-MM-DD, or null when there is none). */
export function assertNotBeforeFirstRecord(day: string, firstRecordDay: string | null): void {
  if (firstRecordDay === null) throw badInput([{ field: 'asOf', reason: 'the system holds no records yet' }]);
  if (day < firstRecordDay) throw badInput([{ field: 'asOf', reason: `must not be before ${firstRecordDay}, the day of the system's first record` }]);
}
