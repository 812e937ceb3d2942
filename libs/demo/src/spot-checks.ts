import { EntityManager } from 'typeorm';
import { Role } from '@app/access';
import { drawMonthlySpotCheck } from '@app/evidence';
import { HouseholdType, INCOME_SOURCE_LABELS, IncomeSource } from '@app/registry';
import { cityCodeOf } from './counties';
import { addDays, workday } from './dates';
import { CorrectableColumn, Correction, DemoHistory, RecordedCorrection, householdEventDays } from './history';
import { Rng } from './prng';
import { HouseholdRow, SiteRow } from './rows';
import { demoAccount } from './users';

/**
 * The past year's monthly spot checks (SPEC §5): drawn on the 2nd of every month for each demo
 * city by the worker's own draw (same seed, same SQL sample, same assignment to the city's
 * spot checker), then worked through by the checker on a visit to each county that month.
 * Most records are confirmed; a few hold a value the visit shows to be wrong, which the checker
 * corrects — a version of the household by the checker, as recordSpotCheckResult writes it.
 */

export interface SpotCheckSample {
  sites: number;
  households: number;
}

export interface DrawnItem {
  id: string;
  subject_type: 'SITE' | 'HOUSEHOLD';
  subject_id: string;
  site_id: string;
}

export interface DrawnCheck {
  id: string;
  cityCode: string;
  period: string;
  assignee: string;
  items: DrawnItem[];
}

/** A recorded result, as spot_check_item stores it; `corrected_version` is set once the history is planned. */
export interface ItemResult {
  id: string;
  outcome: 'CONFIRMED' | 'DISCREPANCY';
  notes: string | null;
  /** JSON text of the corrected values, named as recordSpotCheckResult takes them. */
  corrections: string | null;
  corrected_version: number | null;
  recorded_by: string;
  recorded_at: string;
}

export interface PlannedResults {
  results: ItemResult[];
  /** The households' corrections, for the history to write as the checkers' own versions. */
  corrections: RecordedCorrection[];
  /** The correction each discrepancy made, by item id. */
  correctionOf: ReadonlyMap<string, RecordedCorrection>;
}

/** The household's share found to hold a wrong value, per county: Du'an's big sites were entered fastest. */
const DISCREPANCY_SHARE: Readonly<Record<string, number>> = { '450123': 0.05, '450923': 0.07, '451228': 0.09 };
const DEFAULT_DISCREPANCY_SHARE = 0.07;

/** What a household's main income really turns out to be: wages, farming, a business, or transfers. */
const LIKELY_INCOME_SOURCES = [IncomeSource.WAGES, IncomeSource.AGRICULTURE, IncomeSource.BUSINESS, IncomeSource.TRANSFERS];

/** The national red line on housing area per person: a correction never moves a household across it. */
const AREA_PER_PERSON_LINE = 25;

const CONFIRMED_HOUSEHOLD_NOTES = [
  '入户核实，家庭成员、住房及入住情况与系统登记一致。',
  '现场查看实际入住情况，核对房号、面积和佐证材料，信息一致。',
  '核对搬迁审批表、不动产权证和户籍信息，与系统登记一致。',
  '与户主当面核实收入来源和就业情况，与系统登记一致。',
];
const CONFIRMED_SITE_NOTES = [
  '安置点基本信息、配套设施和包点领导信息与系统登记一致。',
  '现场查看公共服务设施建设和使用情况，与系统登记一致。',
  '核对竣工验收和地灾评估资料，与系统登记一致。',
];

/** 'YYYY-MM' of the month after. */
function nextMonth(period: string): string {
  const year = Number(period.slice(0, 4));
  const month = Number(period.slice(5, 7));
  return month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
}

/** The cities of the demo counties, each with its own spot checker. */
export function demoCities(countyCodes: readonly string[]): string[] {
  return [...new Set(countyCodes.map(cityCodeOf))].sort();
}

/**
 * The months whose draw — 00:00 on the 2nd, Asia/Shanghai, when the worker's schedule fires —
 * came after every site had been entered and no later than `lastDay`.
 */
export function pastDrawMonths(entriesDoneAt: string, lastDay: string): Array<{ period: string; drawnAt: string }> {
  const months: Array<{ period: string; drawnAt: string }> = [];
  for (let period = entriesDoneAt.slice(0, 7); `${period}-02` <= lastDay; period = nextMonth(period)) {
    const drawnAt = `${period}-02T00:00:00+08:00`;
    if (Date.parse(drawnAt) > Date.parse(entriesDoneAt)) months.push({ period, drawnAt });
  }
  return months;
}

/** Draws each month's check of each city through the worker's draw, and reads back the samples. */
export async function drawPastSpotChecks(
  manager: EntityManager,
  rng: Rng,
  months: ReadonlyArray<{ period: string; drawnAt: string }>,
  cities: readonly string[],
  sample: SpotCheckSample,
): Promise<DrawnCheck[]> {
  const checks: DrawnCheck[] = [];
  for (const { period, drawnAt } of months) {
    for (const cityCode of cities) {
      const assignee = demoAccount(Role.SPOT_CHECKER, cityCode).username;
      const drawn = await drawMonthlySpotCheck(manager, { id: rng.uuid(), cityCode, period, ...sample, assignee, createdAt: new Date(drawnAt) });
      if (!drawn) throw new Error(`the ${period} spot check of ${cityCode} exists already in a database the demo loads into`);
      checks.push({ id: drawn.id, cityCode, period, assignee, items: [] });
    }
  }
  const items: Array<DrawnItem & { spot_check_id: string }> = await manager.query(
    `SELECT id, spot_check_id, subject_type, subject_id, site_id FROM spot_check_item WHERE spot_check_id = ANY($1) ORDER BY spot_check_id, position`,
    [checks.map((c) => c.id)],
  );
  const byCheck = new Map(checks.map((c) => [c.id, c]));
  for (const { spot_check_id, ...item } of items) byCheck.get(spot_check_id)?.items.push(item);
  return checks;
}

interface Finding {
  correction: Correction;
  /** The value the visit found, and the name recordSpotCheckResult takes it under. */
  actual: HouseholdRow[CorrectableColumn];
  field: string;
  note: string;
}

/** Rounds to one decimal, as areas are written on certificates. */
const oneDecimal = (value: number) => Math.round(value * 10) / 10;

/** A value the visit shows to be wrong, and what it should be; null when none fits the household. */
function findWrongValue(rng: Rng, h: HouseholdRow, day: string): Finding | null {
  const found = (column: CorrectableColumn, actual: Finding['actual'], field: string, note: string): Finding => ({
    correction: { column, wrongValue: h[column], correctedOn: day },
    actual,
    field,
    note,
  });
  const kinds: CorrectableColumn[] = rng.shuffle(['housing_area', 'net_income_per_capita', 'main_income_source']);
  for (const column of kinds) {
    if (column === 'housing_area') {
      const actual = oneDecimal(h.housing_area + rng.pick([-1, 1]) * rng.between(2, 8));
      const poor = h.household_type === HouseholdType.REGISTERED_POOR;
      const sameSide = !poor || (h.housing_area / h.beneficiary_count > AREA_PER_PERSON_LINE) === (actual / h.beneficiary_count > AREA_PER_PERSON_LINE);
      if (actual <= 20 || !sameSide) continue;
      return found(column, actual, 'housingArea', `入户核实：不动产权证登记住房面积为${actual}㎡，系统登记为${h.housing_area}㎡，已按证载面积更正。`);
    }
    if (column === 'net_income_per_capita' && h.net_income_per_capita !== null) {
      const actual = Math.round((h.net_income_per_capita * rng.between(0.8, 1.25)) / 10) * 10;
      if (actual === h.net_income_per_capita) continue;
      return found(column, actual, 'netIncomePerCapita', `入户核算家庭收支：${h.net_income_year ?? ''}年人均纯收入为${actual}元，系统登记为${h.net_income_per_capita}元，已更正。`);
    }
    if (column === 'main_income_source' && h.main_income_source !== null) {
      const actual = rng.pick(LIKELY_INCOME_SOURCES.filter((s) => s !== h.main_income_source));
      const was = INCOME_SOURCE_LABELS[h.main_income_source as IncomeSource];
      return found(column, actual, 'mainIncomeSource', `入户核实：家庭主要收入来源为${INCOME_SOURCE_LABELS[actual]}，系统登记为${was}，已更正。`);
    }
  }
  return null;
}

/**
 * What each checker found, visiting each county of the check once that month (a working day
 * from the 3rd to about the 25th) and recording every item that evening. Visits after
 * `lastDay` have not happened: their items wait for a result. The final household records take
 * the corrected values; the value drawn for them was what the records held until the visit.
 * A household is corrected at most once, never where the history already plans a correction,
 * and never on a day it has another change (a correction is a version of its own).
 */
export function planSpotCheckResults(
  rng: Rng,
  checks: readonly DrawnCheck[],
  records: { sites: readonly SiteRow[]; households: readonly HouseholdRow[] },
  lastDay: string,
  alreadyCorrected: DemoHistory['corrected'],
): PlannedResults {
  const sites = new Map(records.sites.map((s) => [s.id, s]));
  const households = new Map(records.households.map((h) => [h.id, h]));
  const corrected = new Set(alreadyCorrected);
  const results: ItemResult[] = [];
  const correctionOf = new Map<string, RecordedCorrection>();
  for (const check of checks) {
    const checkRng = rng.fork(`${check.period}/${check.cityCode}`);
    const byCounty = new Map<string, DrawnItem[]>();
    for (const item of check.items) {
      const county = (sites.get(item.site_id) as SiteRow).county_code;
      byCounty.set(county, [...(byCounty.get(county) ?? []), item]);
    }
    const visited = new Set<string>();
    for (const county of [...byCounty.keys()].sort()) {
      let day = workday(`${check.period}-${String(checkRng.int(3, 23)).padStart(2, '0')}`);
      // One county a day: the checker travels.
      while (visited.has(day)) day = workday(addDays(day, 1));
      visited.add(day);
      if (day > lastDay) continue;
      const share = (DISCREPANCY_SHARE[county] ?? DEFAULT_DISCREPANCY_SHARE) * checkRng.between(0.4, 1.6);
      (byCounty.get(county) as DrawnItem[]).forEach((item, index) => {
        const at = `${day}T${String(19 + Math.floor(index / 30)).padStart(2, '0')}:${String((index % 30) * 2).padStart(2, '0')}:${String(checkRng.int(0, 59)).padStart(2, '0')}+08:00`;
        const recorded = { id: item.id, corrected_version: null, recorded_by: check.assignee, recorded_at: at };
        const household = item.subject_type === 'HOUSEHOLD' ? (households.get(item.subject_id) as HouseholdRow) : null;
        const eligible = household !== null && !corrected.has(household.id) && !householdEventDays(household).includes(day);
        const finding = eligible && checkRng.chance(share) ? findWrongValue(checkRng, household, day) : null;
        if (household && finding) {
          corrected.add(household.id);
          Object.assign(household, { [finding.correction.column]: finding.actual });
          correctionOf.set(item.id, { householdId: household.id, correction: finding.correction, at, actor: check.assignee });
          results.push({ ...recorded, outcome: 'DISCREPANCY', notes: finding.note, corrections: JSON.stringify({ [finding.field]: finding.actual }) });
          return;
        }
        const notes = household ? checkRng.pick(CONFIRMED_HOUSEHOLD_NOTES) : checkRng.pick(CONFIRMED_SITE_NOTES);
        results.push({ ...recorded, outcome: 'CONFIRMED', notes, corrections: null });
      });
    }
  }
  return { results, corrections: [...correctionOf.values()], correctionOf };
}

/** The version each correction made, from the planned history: what spot_check_item.corrected_version records. */
export function withCorrectedVersions(planned: PlannedResults, history: DemoHistory): ItemResult[] {
  const versions = new Map<string, number>();
  for (const batch of history.changes) for (const row of batch.households) versions.set(`${row.id}|${batch.at}|${batch.actor}`, row.version);
  return planned.results.map((result) => {
    const correction = planned.correctionOf.get(result.id);
    if (!correction) return result;
    const version = versions.get(`${correction.householdId}|${correction.at}|${correction.actor}`);
    if (version === undefined) throw new Error(`the history has no version for the correction of household ${correction.householdId} at ${correction.at}`);
    return { ...result, corrected_version: version };
  });
}
