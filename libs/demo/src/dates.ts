import { Rng } from './prng';

/**
 * Calendar dates as 'YYYY-MM-DD' strings, computed in UTC milliseconds so the host time zone
 * never shifts a day. ISO strings also compare correctly with < and >.
 */

/**
 * Days since 1970-01-01 by Howard Hinnant's civil-calendar arithmetic: the generator converts
 * dates tens of thousands of times, and Date objects made this the hottest path of the load.
 */
export function isoToDays(iso: string): number {
  let year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const day = Number(iso.slice(8, 10));
  year -= month <= 2 ? 1 : 0;
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export function daysToIso(days: number): string {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

export function addDays(iso: string, days: number): string {
  return daysToIso(isoToDays(iso) + days);
}

export function addMonths(iso: string, months: number): string {
  return addDays(iso, Math.round(months * 30.44));
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** String arithmetic rather than Date objects: the generators call this for every person. */
export function addYears(iso: string, years: number): string {
  const year = Number(iso.slice(0, 4)) + years;
  const monthDay = iso.slice(5, 10);
  // 29 February lands on 28 February in a common year instead of rolling into March.
  return `${String(year).padStart(4, '0')}-${monthDay === '02-29' && !isLeapYear(year) ? '02-28' : monthDay}`;
}

export function minIso(a: string, b: string): string {
  return a < b ? a : b;
}

export function maxIso(a: string, b: string): string {
  return a > b ? a : b;
}

export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

/** Completed years between a birth date and a date, as on an ID card check. */
export function ageOn(birthDate: string, on: string): number {
  let age = yearOf(on) - yearOf(birthDate);
  if (on.slice(5) < birthDate.slice(5)) age--;
  return age;
}

/** Uniform date in [from, to]; `to` earlier than `from` collapses to `from`. */
export function randomDate(rng: Rng, from: string, to: string): string {
  const start = isoToDays(from);
  const end = Math.max(start, isoToDays(to));
  return daysToIso(rng.int(start, end));
}

/** A timestamp during office hours on a date, written with its +08:00 offset. */
export function officeTimestamp(rng: Rng, iso: string): string {
  return timestampAt(rng, iso, rng.int(8, 17));
}

/** The day itself on a weekday; a Saturday or Sunday moves to the Monday after. */
export function workday(iso: string): string {
  // isoToDays is 0 on 1970-01-01, a Thursday: 2 is a Saturday, 3 a Sunday.
  const weekday = ((isoToDays(iso) % 7) + 7) % 7;
  return weekday === 2 ? addDays(iso, 2) : weekday === 3 ? addDays(iso, 1) : iso;
}

/** A timestamp on a date at `hour`:mm:ss with its +08:00 offset, minutes and seconds drawn. */
export function timestampAt(rng: Rng, iso: string, hour: number): string {
  return `${iso}T${String(hour).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}+08:00`;
}

const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** The instant `minutes` after `instant`, written in Asia/Shanghai time with its +08:00 offset. */
export function minutesAfter(instant: string, minutes: number): string {
  return `${new Date(Date.parse(instant) + minutes * 60_000 + SHANGHAI_OFFSET_MS).toISOString().slice(0, 19)}+08:00`;
}
