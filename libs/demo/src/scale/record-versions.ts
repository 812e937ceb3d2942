import { officeTimestamp } from '../dates';
import { Correction, householdAsOf, householdEventDays, personAsOf, siteAsOf } from '../history';
import { Rng } from '../prng';
import { HouseholdRow, PersonRow, SiteRow } from '../rows';

/** The two columns the history trigger maintains, written directly when the trigger is bypassed. */
export interface Versioned {
  sys_period: string;
  written_by: string;
}

export interface RecordVersions<Row> {
  /** The row as it stands, current since its last change. */
  current: Row & Versioned;
  /** Superseded versions, oldest first, each with its closed period: what `<table>_history` holds. */
  history: Array<Row & Versioned>;
}

interface Stamped {
  version: number;
  created_at: string;
  updated_at: string;
}

export function period(from: string, to: string | null): string {
  return to === null ? `["${from}",)` : `["${from}","${to}")`;
}

/**
 * A record's versions from its final state and the days it changed — the same layout the demo
 * loader gets from the history trigger (history.ts), produced directly so millions of records
 * can be streamed: the first version at `firstAt`, then one per later day with a change,
 * stamped during office hours that day; `version`, `created_at` and `updated_at` match.
 */
function versionsOf<Row extends Stamped>(
  rng: Rng,
  final: Row,
  firstAt: string,
  firstDay: string,
  lastDay: string,
  changeDays: ReadonlyArray<string | null>,
  asOf: (day: string) => Row,
  actor: string,
): RecordVersions<Row> {
  const days = [...new Set(changeDays.filter((d): d is string => d !== null && d > firstDay && d <= lastDay))].sort();
  const stamps = [firstAt, ...days.map((day) => officeTimestamp(rng, day))];
  const history = days.map((_, i): Row & Versioned => {
    const row = asOf(i === 0 ? firstDay : days[i - 1]);
    return { ...row, version: i + 1, created_at: firstAt, updated_at: stamps[i], sys_period: period(stamps[i], stamps[i + 1]), written_by: actor };
  });
  const last = stamps[stamps.length - 1];
  const current = Object.assign(final, { version: stamps.length, created_at: firstAt, updated_at: last, sys_period: period(last, null), written_by: actor });
  return { current, history };
}

export function householdVersions(
  rng: Rng,
  final: HouseholdRow,
  entry: { day: string; at: string },
  lastDay: string,
  correction: Correction | undefined,
  actor: string,
): RecordVersions<HouseholdRow> {
  const corrections = correction ? [correction] : [];
  const changes = [...householdEventDays(final), correction?.correctedOn ?? null];
  return versionsOf(rng, final, entry.at, entry.day, lastDay, changes, (day) => householdAsOf(final, day, corrections), actor);
}

/** Members who joined during the year (births, marriages) are first recorded the day they joined. */
export function personVersions(rng: Rng, final: PersonRow, entry: { day: string; at: string }, lastDay: string, actor: string): RecordVersions<PersonRow> {
  const joinedLater = final.joined_on !== null && final.joined_on > entry.day && final.joined_on <= lastDay;
  const firstDay = joinedLater ? (final.joined_on as string) : entry.day;
  const firstAt = joinedLater ? officeTimestamp(rng, firstDay) : entry.at;
  return versionsOf(rng, final, firstAt, firstDay, lastDay, [final.left_on], (day) => personAsOf(final, day), actor);
}

export function siteVersions(rng: Rng, final: SiteRow, entry: { day: string; at: string }, lastDay: string, actor: string): RecordVersions<SiteRow> {
  const noteDays = (JSON.parse(final.integration_notes) as Array<{ date: string }>).map((note) => note.date);
  return versionsOf(rng, final, entry.at, entry.day, lastDay, noteDays, (day) => siteAsOf(final, day), actor);
}
