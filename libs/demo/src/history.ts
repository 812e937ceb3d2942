import { HouseholdType } from '@app/registry';
import { addDays, officeTimestamp, randomDate } from './dates';
import { Rng } from './prng';
import { HouseholdRow, PersonRow, SiteFacilityRow, SiteRow } from './rows';

/**
 * The demo's past (SPEC §11): records are entered during a month-long data check a year ago
 * (the bulletin describes exactly such a 精准核实 campaign), then evolve day by day until
 * yesterday — move-ins, demolitions, certificates, births, deaths, a few red-line crossings
 * found and corrected. Each day's changes are written as versions dated that day through
 * `app.valid_from` (migration RecordHistory), so "as of" reports for past months, their
 * month-over-month changes and every record's history are real on a fresh install.
 *
 * Only the final state is generated; earlier versions are derived from its event dates.
 */

export const WINDOW_DAYS = 365;
/** Days over which the initial data entry is spread. */
export const ENTRY_DAYS = 28;

/** Columns that change over the demo year, with their SQL types for the bulk UPDATE. */
export const SITE_EVOLVING_COLUMNS = { integration_notes: 'jsonb', version: 'integer', updated_at: 'timestamptz' } as const;
export const HOUSEHOLD_EVOLVING_COLUMNS = {
  main_income_source: 'income_source',
  net_income_per_capita: 'numeric',
  moved_in: 'boolean',
  moved_in_on: 'date',
  actually_resident: 'boolean',
  old_house_demolished: 'boolean',
  old_house_demolished_on: 'date',
  land_reclaimed: 'boolean',
  land_reclaimed_on: 'date',
  property_certificate_issued: 'boolean',
  property_certificate_issued_on: 'date',
  hukou_transferred: 'boolean',
  hukou_transferred_on: 'date',
  housing_area: 'numeric',
  self_funding: 'numeric',
  version: 'integer',
  updated_at: 'timestamptz',
} as const;
export const PERSON_EVOLVING_COLUMNS = { leave_reason: 'leave_reason', left_on: 'date', version: 'integer', updated_at: 'timestamptz' } as const;

/** The first versions of one site's records, entered together. */
export interface EntryBatch {
  at: string;
  sites: SiteRow[];
  facilities: SiteFacilityRow[];
  households: HouseholdRow[];
  persons: PersonRow[];
}

/** Everything one actor recorded at one instant after the entry. */
export interface ChangeBatch {
  at: string;
  actor: string;
  sites: SiteRow[];
  households: HouseholdRow[];
  /** Members who joined (births, marriages): their first version. */
  newPersons: PersonRow[];
  persons: PersonRow[];
}

export interface DemoHistory {
  usersCreatedAt: string;
  entries: EntryBatch[];
  changes: ChangeBatch[];
  /** The red-line slips planted at entry, by household: a later plan of the same records keeps them. */
  slips: ReadonlyMap<string, Correction>;
  /** Households whose first entry held a value corrected later (the red-line slips, the spot checks' findings). */
  corrected: ReadonlySet<string>;
}

/** Household columns a correction may change (HOUSEHOLD_EVOLVING_COLUMNS names each). */
export type CorrectableColumn = 'housing_area' | 'self_funding' | 'net_income_per_capita' | 'main_income_source';

/** A value the records held from their entry until the day it was corrected to the final one. */
export interface Correction {
  column: CorrectableColumn;
  wrongValue: HouseholdRow[CorrectableColumn];
  correctedOn: string;
}

/** The loader's own changes are by the loader; the history says who made every other. */
export const LOADER_ACTOR = 'demo-loader';

/**
 * A correction someone made at a given instant, in a version of its own: a spot checker's
 * finding, recorded in the evening after the visit. Its household has no other change that
 * day (see planSpotCheckResults), so corrections can be compared by day like every other event.
 */
export interface RecordedCorrection {
  householdId: string;
  correction: Correction;
  at: string;
  actor: string;
}

function happenedBy(date: string | null, day: string): boolean {
  return date !== null && date <= day;
}

export function householdAsOf(final: HouseholdRow, day: string, corrections: readonly Correction[] = []): HouseholdRow {
  const movedIn = happenedBy(final.moved_in_on, day);
  const demolished = happenedBy(final.old_house_demolished_on, day);
  const reclaimed = happenedBy(final.land_reclaimed_on, day);
  const certificate = happenedBy(final.property_certificate_issued_on, day);
  const hukou = happenedBy(final.hukou_transferred_on, day);
  const row: HouseholdRow = {
    ...final,
    moved_in: movedIn,
    moved_in_on: movedIn ? final.moved_in_on : null,
    actually_resident: final.actually_resident && movedIn,
    old_house_demolished: demolished,
    old_house_demolished_on: demolished ? final.old_house_demolished_on : null,
    land_reclaimed: reclaimed,
    land_reclaimed_on: reclaimed ? final.land_reclaimed_on : null,
    property_certificate_issued: certificate,
    property_certificate_issued_on: certificate ? final.property_certificate_issued_on : null,
    hukou_transferred: hukou,
    hukou_transferred_on: hukou ? final.hukou_transferred_on : null,
  };
  for (const correction of corrections) {
    if (day < correction.correctedOn) Object.assign(row, { [correction.column]: correction.wrongValue });
  }
  return row;
}

export function personAsOf(final: PersonRow, day: string): PersonRow {
  const left = happenedBy(final.left_on, day);
  return { ...final, left_on: left ? final.left_on : null, leave_reason: left ? final.leave_reason : null };
}

export function siteAsOf(final: SiteRow, day: string): SiteRow {
  const notes = (JSON.parse(final.integration_notes) as Array<{ date: string; text: string }>).filter((note) => note.date <= day);
  return { ...final, integration_notes: JSON.stringify(notes) };
}

/**
 * A registered-poor household within every red line whose typing slip at entry would cross
 * one: an extra zero in a self-funding above 1,000 yuan passes the 10,000 per-household cap,
 * and an area inflated by 30 % from over 20 ㎡ per person passes the 25 ㎡ line.
 */
export function canSlipAcrossRedLine(h: HouseholdRow): boolean {
  return (
    h.household_type === HouseholdType.REGISTERED_POOR &&
    h.self_funding > 1000 &&
    h.self_funding <= 10000 &&
    h.self_funding / h.beneficiary_count <= 2500 &&
    h.housing_area / h.beneficiary_count > 20 &&
    h.housing_area / h.beneficiary_count <= 25
  );
}

/** The slip in `column` of a household that canSlipAcrossRedLine, corrected on `correctedOn`. */
export function slipCorrection(h: HouseholdRow, column: Correction['column'], correctedOn: string): Correction {
  return column === 'self_funding'
    ? { column, wrongValue: h.self_funding * 10, correctedOn }
    : { column, wrongValue: Math.round(h.housing_area * 130) / 100, correctedOn };
}

/**
 * Three households whose first entry crossed a red line by a typing slip and was corrected
 * months later: the violations found open in one report and resolved in a later one.
 */
function plantCorrections(rng: Rng, households: readonly HouseholdRow[], entryDay: ReadonlyMap<string, string>, lastDay: string): Map<string, Correction> {
  const chosen = rng.shuffle(households.filter(canSlipAcrossRedLine)).slice(0, 3);
  const corrections = new Map<string, Correction>();
  chosen.forEach((household, index) => {
    const entered = entryDay.get(household.site_id) as string;
    const correctedOn = randomDate(rng, addDays(entered, 20), addDays(lastDay, -10));
    corrections.set(household.id, slipCorrection(household, index < 2 ? 'self_funding' : 'housing_area', correctedOn));
  });
  return corrections;
}

export interface LaterCorrections {
  /** Corrections made by others at their own instants, on records that end with the corrected values. */
  recorded: readonly RecordedCorrection[];
  /** The slips of the plan made before the records were corrected: planted anew, they could fall elsewhere. */
  slips: ReadonlyMap<string, Correction>;
}

/**
 * Lays out the versions of every record and stamps the final rows (version, created_at,
 * updated_at) to match the last of them. `later` plans the same records again once others
 * corrected some: the corrections change no first version, so the records are entered exactly
 * as the first plan entered them.
 */
export function planHistory(
  rng: Rng,
  today: string,
  final: { sites: SiteRow[]; facilities: SiteFacilityRow[]; households: HouseholdRow[]; persons: PersonRow[] },
  later?: LaterCorrections,
): DemoHistory {
  const windowStart = addDays(today, -WINDOW_DAYS);
  const lastDay = addDays(today, -1);
  const usersCreatedAt = officeTimestamp(rng, addDays(windowStart, -1));

  // Each site's records are entered on one day of the campaign.
  const entryDay = new Map<string, string>();
  const entryAt = new Map<string, string>();
  for (const site of final.sites) {
    const day = addDays(windowStart, rng.int(0, ENTRY_DAYS - 1));
    entryDay.set(site.id, day);
    entryAt.set(site.id, officeTimestamp(rng, day));
  }
  const slips = later?.slips ?? plantCorrections(rng.fork('corrections'), final.households, entryDay, lastDay);
  const recorded = later?.recorded ?? [];
  const corrections = new Map([...slips].map(([id, correction]) => [id, [correction]]));
  for (const { householdId, correction } of recorded) corrections.set(householdId, [...(corrections.get(householdId) ?? []), correction]);
  const recordedBy = new Map(recorded.map((r) => [`${r.householdId}|${r.correction.correctedOn}`, r]));
  const householdSite = new Map(final.households.map((h) => [h.id, h.site_id]));

  const emptyBatch = () => ({ sites: [] as SiteRow[], households: [] as HouseholdRow[], newPersons: [] as PersonRow[], persons: [] as PersonRow[] });
  const changesByDay = new Map<string, ReturnType<typeof emptyBatch>>();
  const changesOn = (day: string) => {
    let batch = changesByDay.get(day);
    if (!batch) {
      batch = emptyBatch();
      changesByDay.set(day, batch);
    }
    return batch;
  };
  const recordedBatches = new Map<string, ChangeBatch>();
  const recordedAt = (r: RecordedCorrection) => {
    const key = `${r.at}|${r.actor}`;
    let batch = recordedBatches.get(key);
    if (!batch) {
      batch = { at: r.at, actor: r.actor, ...emptyBatch() };
      recordedBatches.set(key, batch);
    }
    return batch;
  };
  const laterDays = (dates: Array<string | null>, after: string) =>
    [...new Set(dates.filter((d): d is string => d !== null && d > after && d <= lastDay))].sort();

  const entries = new Map<string, EntryBatch>();
  for (const site of final.sites) {
    const day = entryDay.get(site.id) as string;
    entries.set(site.id, {
      at: entryAt.get(site.id) as string,
      sites: [siteAsOf(site, day)],
      facilities: final.facilities.filter((f) => f.site_id === site.id),
      households: [],
      persons: [],
    });
    const noteDays = laterDays((JSON.parse(site.integration_notes) as Array<{ date: string }>).map((n) => n.date), day);
    for (const noteDay of noteDays) changesOn(noteDay).sites.push(siteAsOf(site, noteDay));
  }
  for (const household of final.households) {
    const day = entryDay.get(household.site_id) as string;
    const own = corrections.get(household.id) ?? [];
    (entries.get(household.site_id) as EntryBatch).households.push(householdAsOf(household, day, own));
    const eventDays = laterDays([...householdEventDays(household), ...own.map((c) => c.correctedOn)], day);
    for (const eventDay of eventDays) {
      const by = recordedBy.get(`${household.id}|${eventDay}`);
      (by ? recordedAt(by) : changesOn(eventDay)).households.push(householdAsOf(household, eventDay, own));
    }
  }
  for (const person of final.persons) {
    const siteId = householdSite.get(person.household_id) as string;
    const day = entryDay.get(siteId) as string;
    const joinedLater = person.joined_on !== null && person.joined_on > day && person.joined_on <= lastDay;
    if (joinedLater) changesOn(person.joined_on as string).newPersons.push(personAsOf(person, person.joined_on as string));
    else (entries.get(siteId) as EntryBatch).persons.push(personAsOf(person, day));
    const since = joinedLater ? (person.joined_on as string) : day;
    if (person.left_on !== null && person.left_on > since && person.left_on <= lastDay) changesOn(person.left_on).persons.push(personAsOf(person, person.left_on));
  }

  // Stamp versions in time order: first versions at entry, one more per day with a change.
  const latest = new Map<string, { version: number; createdAt: string; updatedAt: string }>();
  const first = (row: { id: string; version: number; created_at: string; updated_at: string }, at: string) => {
    row.version = 1;
    row.created_at = at;
    row.updated_at = at;
    latest.set(row.id, { version: 1, createdAt: at, updatedAt: at });
  };
  const next = (row: { id: string; version: number; created_at: string; updated_at: string }, at: string) => {
    const previous = latest.get(row.id) as { version: number; createdAt: string };
    row.version = previous.version + 1;
    row.created_at = previous.createdAt;
    row.updated_at = at;
    latest.set(row.id, { version: row.version, createdAt: previous.createdAt, updatedAt: at });
  };

  const orderedEntries = [...entries.values()].sort((a, b) => a.at.localeCompare(b.at));
  for (const entry of orderedEntries) {
    for (const row of [...entry.sites, ...entry.households, ...entry.persons]) first(row, entry.at);
  }
  const changes: ChangeBatch[] = [
    ...[...changesByDay].map(([day, batch]) => ({ at: officeTimestamp(rng.fork(`day-${day}`), day), actor: LOADER_ACTOR, ...batch })),
    ...recordedBatches.values(),
  ].sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.actor.localeCompare(b.actor));
  for (const batch of changes) {
    batch.sites.forEach((row) => next(row, batch.at));
    batch.households.forEach((row) => next(row, batch.at));
    batch.newPersons.forEach((row) => first(row, batch.at));
    batch.persons.forEach((row) => next(row, batch.at));
  }

  for (const row of [...final.sites, ...final.households, ...final.persons]) {
    const stamp = latest.get(row.id) as { version: number; createdAt: string; updatedAt: string };
    row.version = stamp.version;
    row.created_at = stamp.createdAt;
    row.updated_at = stamp.updatedAt;
  }
  return { usersCreatedAt, entries: orderedEntries, changes, slips, corrected: new Set(corrections.keys()) };
}

/** The days a household's own events happened (moving in, demolition, …), corrections aside. */
export function householdEventDays(h: HouseholdRow): Array<string | null> {
  return [h.moved_in_on, h.old_house_demolished_on, h.land_reclaimed_on, h.property_certificate_issued_on, h.hukou_transferred_on];
}
