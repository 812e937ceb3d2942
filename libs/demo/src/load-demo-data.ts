import * as argon2 from 'argon2';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig, todayInShanghai } from '@app/common';
import { REGISTRY_RELATIONS as R } from '@app/registry';
import { SqlSession } from '@app/db';
import { planPolicyDocuments } from './archive/demo-policy-documents';
import { planShortfallProjects } from './archive/demo-shortfall-projects';
import { insertRows, updateRows } from './bulk-insert';
import { endedMonths, planCertifications } from './certifications';
import { DEMO_COUNTIES, cityCodeOf } from './counties';
import { addDays, isoToDays, daysToIso } from './dates';
import { EVIDENCE_REJECTION_COLUMNS, evidenceWrites, planDemoEvidence, removeFiles, writeStoredFiles } from './demo-evidence';
import {
  DemoHistory,
  HOUSEHOLD_EVOLVING_COLUMNS,
  LOADER_ACTOR,
  PERSON_EVOLVING_COLUMNS,
  RecordedCorrection,
  SITE_EVOLVING_COLUMNS,
  WINDOW_DAYS,
  planHistory,
} from './history';
import { generateHouseholds } from './households';
import { CheckedMonth, planNews } from './news';
import { planNewsPhotos } from './news-photos';
import { loadOriginVillages } from './origin-villages';
import { Rng } from './prng';
import { HouseholdRow, PersonRow, SiteFacilityRow, SiteRow } from './rows';
import { openRedlineViolations } from './scale/redline-violations';
import { planSiteTasks } from './site-tasks';
import { planSites } from './sites';
import { DrawnCheck, ItemResult, SpotCheckSample, demoCities, drawPastSpotChecks, pastDrawMonths, planSpotCheckResults, withCorrectedVersions } from './spot-checks';
import { buildDemoUsers, staffOf } from './users';

export interface DemoSummary {
  users: number;
  sites: number;
  households: number;
  persons: number;
  /** Evidence files uploaded over the year (rejected ones included). */
  evidence: number;
  /** Red-line violations found over the year, open or resolved since. */
  redlineViolations: number;
  /** Work news published by the demo's tiers over the year. */
  newsItems: number;
  policyDocuments: number;
  shortfallProjects: number;
  /** Monthly spot checks drawn over the year, and the samples' records found wrong and corrected. */
  spotChecks: number;
  spotCheckCorrections: number;
  siteTaskRecords: number;
}

export interface DemoOptions {
  /** Password of all five demo accounts (SPEC §10: `demo-password` unless DEMO_PASSWORD is set). */
  password: string;
  /**
   * Where the API keeps evidence files (AppConfig EVIDENCE_DIR, see evidenceDirectory): the
   * demo's evidence files are written there, under the storage keys their rows name.
   */
  evidenceDir: string;
  /** Same seed and same `today` give byte-identical data, ids included. */
  seed?: number;
  /** YYYY-MM-DD; defaults to today in Asia/Shanghai. The demo's past is the year before it. */
  today?: string;
  /** The monthly spot checks' sample (AppConfig SPOT_CHECK_MONTHLY_*); the configuration's defaults unless given. */
  spotCheckSample?: SpotCheckSample;
}

export interface DemoDataset {
  /** The records as they stand today. */
  sites: SiteRow[];
  facilities: SiteFacilityRow[];
  households: HouseholdRow[];
  persons: PersonRow[];
  /** How they got there: first versions and dated changes over the year before today. */
  history: DemoHistory;
}

export const DEFAULT_DEMO_SEED = 450000;

/** The generator assumes the 2016–2020 programme is over and a full year has passed since. */
const EARLIEST_TODAY = '2021-12-31';

/** Any process may call the loader at start; the lock makes concurrent starts load once. */
const LOCK_KEY = 'relocation-dispatch:demo-loader';

function validToday(today: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || daysToIso(isoToDays(today)) !== today) {
    throw new RangeError(`loadDemoData: today must be a YYYY-MM-DD calendar date, got '${today}'`);
  }
  if (today < EARLIEST_TODAY) throw new RangeError(`loadDemoData: today must be ${EARLIEST_TODAY} or later, got ${today}`);
  return today;
}

/**
 * The demo records for a seed and a date, without touching a database: sites, facilities,
 * households and persons of the three demo counties, and their history.
 */
export function generateDemoDataset(seed: number, today: string): DemoDataset {
  const rng = new Rng(seed);
  const plans = planSites(rng.fork('sites'), DEMO_COUNTIES, validToday(today));
  const villages = loadOriginVillages(DEMO_COUNTIES.map((c) => c.code));
  const { households, persons } = generateHouseholds(rng.fork('households'), plans, villages, today);
  const current = { sites: plans.map((p) => p.row), facilities: plans.flatMap((p) => p.facilities), households, persons };
  return { ...current, history: planHistory(rng.fork('history'), today, current) };
}

/**
 * The dataset's history again, with corrections others made during the year. They change no
 * first version, so the entries already written stay exactly as planned: checked here, since
 * rows written on that assumption could not be taken back.
 */
function historyWith(seed: number, today: string, dataset: DemoDataset, recorded: readonly RecordedCorrection[]): DemoHistory {
  const history = planHistory(new Rng(seed).fork('history'), today, dataset, { recorded, slips: dataset.history.slips });
  const entered = (h: DemoHistory) => JSON.stringify(h.entries);
  if (entered(history) !== entered(dataset.history)) throw new Error('corrections made during the year changed the records as first entered');
  return history;
}

/** A month's check once every visit is done, as the city's news reports it. */
function checkedMonths(checks: readonly DrawnCheck[], results: readonly ItemResult[]): CheckedMonth[] {
  const byId = new Map(results.map((r) => [r.id, r]));
  return checks.flatMap((check) => {
    const recorded = check.items.map((item) => byId.get(item.id));
    if (recorded.length === 0 || recorded.some((r) => r === undefined)) return [];
    const done = recorded as ItemResult[];
    return [
      {
        cityCode: check.cityCode,
        period: check.period,
        doneOn: done.map((r) => r.recorded_at.slice(0, 10)).sort().at(-1) as string,
        sites: check.items.filter((i) => i.subject_type === 'SITE').length,
        households: check.items.filter((i) => i.subject_type === 'HOUSEHOLD').length,
        checked: done.length,
        discrepancies: done.filter((r) => r.outcome === 'DISCREPANCY').length,
      },
    ];
  });
}

/** The columns a recorded result sets, with their SQL types for the bulk UPDATE. */
const SPOT_CHECK_RESULT_COLUMNS = {
  outcome: 'spot_check_outcome',
  notes: 'text',
  corrections: 'jsonb',
  corrected_version: 'integer',
  recorded_by: 'varchar',
  recorded_at: 'timestamptz',
} as const;

/**
 * Versions written from here on are by `actor` and start at `at` instead of now() (trigger
 * record_version; '' for now): one round trip for each of the many small batches.
 */
async function recordByAsOf(manager: EntityManager, actor: string, at: string): Promise<void> {
  await manager.query(`SELECT set_config('app.actor', $1, true), set_config('app.valid_from', $2, true)`, [actor, at]);
}

async function isEmpty(manager: EntityManager): Promise<boolean> {
  const [row] = await manager.query(`SELECT EXISTS (SELECT 1 FROM app_user) OR EXISTS (SELECT 1 FROM ${R.site}) AS has_rows`);
  return !row.has_rows;
}

/** Divisions come from a migration; say plainly which one is missing instead of a bare FK error. */
async function assertDivisions(manager: EntityManager): Promise<void> {
  const codes = DEMO_COUNTIES.map((c) => c.code);
  const rows: Array<{ code: string; parent_code: string | null }> = await manager.query(`SELECT code, parent_code FROM ${R.division} WHERE code = ANY($1)`, [codes]);
  for (const county of DEMO_COUNTIES) {
    const row = rows.find((r) => r.code === county.code);
    if (!row) throw new Error(`demo data needs division ${county.code} (${county.name}); have the migrations run?`);
    if (row.parent_code !== cityCodeOf(county.code)) {
      throw new Error(`demo data expects ${county.code} under ${cityCodeOf(county.code)}, found ${row.parent_code}`);
    }
  }
}

/**
 * Loads the demo into an empty database (no user and no site yet) in one transaction, and
 * returns what it wrote; returns null and writes nothing when the database is not empty,
 * so it is safe to call on every start.
 */
export async function loadDemoData(dataSource: DataSource, options: DemoOptions): Promise<DemoSummary | null> {
  if (!options.password) throw new RangeError('loadDemoData: password must not be empty');
  if (!(await isEmpty(dataSource.manager))) return null;

  const today = validToday(options.today ?? todayInShanghai());
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const defaults = new AppConfig();
  const sample = options.spotCheckSample ?? { sites: defaults.SPOT_CHECK_MONTHLY_SITES, households: defaults.SPOT_CHECK_MONTHLY_HOUSEHOLDS };
  const rng = new Rng(seed);
  const yearStart = addDays(today, -WINDOW_DAYS);
  const lastDay = addDays(today, -1);
  // Generation and hashing are CPU work: done before the transaction so it stays short, the
  // hash on libuv's thread pool. The policy PDFs are laid out in small steps meanwhile and
  // while the transaction waits on the database; they are needed only at its end.
  const policiesPlanned = planPolicyDocuments(rng.fork('policy-documents'), staffOf('450000').username, yearStart);
  // Its failure is reported where it is awaited; until then it must not count as unhandled.
  policiesPlanned.catch(() => undefined);
  const hashing = argon2.hash(options.password, { type: argon2.argon2id });
  const dataset = generateDemoDataset(seed, today);
  const passwordHash = await hashing;
  const { users, subscriptions } = buildDemoUsers(rng.fork('users'), passwordHash, dataset.history.usersCreatedAt);
  const reporterOf = (site: SiteRow) => staffOf(site.county_code).username;
  const shortfall = planShortfallProjects(rng.fork('shortfall-projects'), dataset.sites, dataset.facilities, reporterOf, yearStart, lastDay);

  const entryDays = new Map(dataset.history.entries.map((entry) => [entry.sites[0].id, entry.at.slice(0, 10)]));
  const entriesDoneAt = dataset.history.entries.map((entry) => entry.at).sort((a, b) => Date.parse(a) - Date.parse(b)).at(-1) as string;
  // Files written for a load that then fails to commit are removed again.
  const createdFiles: string[] = [];
  try {
    return await dataSource.transaction(async (manager) => {
      await recordByAsOf(manager, LOADER_ACTOR, '');
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [LOCK_KEY]);
      // Checked again under the lock: another process may have loaded while we generated.
      if (!(await isEmpty(manager))) return null;
      await assertDivisions(manager);

      // Facility kinds are configuration an administrator may change; skip any that are gone.
      const kinds = new Set((await manager.query(`SELECT code FROM ${R.facilityKind}`)).map((r: { code: string }) => r.code));

      await insertRows(manager, 'app_user', users);
      await insertRows(manager, 'alert_subscription', subscriptions);
      for (const entry of dataset.history.entries) {
        await recordByAsOf(manager, LOADER_ACTOR, entry.at);
        await insertRows(manager, R.site, entry.sites);
        await insertRows(manager, R.siteFacility, entry.facilities.filter((f) => kinds.has(f.kind_code)));
        await insertRows(manager, R.household, entry.households);
        await insertRows(manager, R.person, entry.persons);
      }

      // The monthly draws sample sites and households, which are all entered by now and never
      // removed: drawn now, each sample is the one the worker drew that month. What the checkers
      // then found wrong becomes part of the history still to be written.
      const cities = demoCities(DEMO_COUNTIES.map((c) => c.code));
      const checks = await drawPastSpotChecks(manager, rng.fork('spot-checks'), pastDrawMonths(entriesDoneAt, lastDay), cities, sample);
      const findings = planSpotCheckResults(rng.fork('spot-check-results'), checks, dataset, lastDay, dataset.history.corrected);
      const history = findings.corrections.length > 0 ? historyWith(seed, today, dataset, findings.corrections) : dataset.history;

      for (const change of history.changes) {
        await recordByAsOf(manager, change.actor, change.at);
        await updateRows(manager, R.site, SITE_EVOLVING_COLUMNS, change.sites);
        await updateRows(manager, R.household, HOUSEHOLD_EVOLVING_COLUMNS, change.households);
        await insertRows(manager, R.person, change.newPersons);
        await updateRows(manager, R.person, PERSON_EVOLVING_COLUMNS, change.persons);
      }
      await recordByAsOf(manager, LOADER_ACTOR, '');
      const results = withCorrectedVersions(findings, history);
      await updateRows(manager, 'spot_check_item', SPOT_CHECK_RESULT_COLUMNS, results);

      const session: SqlSession = { query: (sql, parameters) => manager.query(sql, parameters) };
      // What detection on each write would have found, dated when it happened. No alert mail:
      // those alerts belong to the past, and a fresh install should not send a year of them.
      const redlineViolations = (await openRedlineViolations(session, LOADER_ACTOR)) ?? 0;

      const evidence = await planDemoEvidence(session, seed, lastDay, dataset.sites, entryDays);
      const writes = evidenceWrites(evidence.rows);
      for (const upload of writes.uploads) {
        await recordByAsOf(manager, upload.actor, upload.at);
        await insertRows(manager, 'evidence', upload.rows);
      }
      for (const rejection of writes.rejections) {
        await recordByAsOf(manager, rejection.actor, rejection.at);
        await updateRows(manager, 'evidence', EVIDENCE_REJECTION_COLUMNS, rejection.rows);
      }
      // Anything else written in this transaction is recorded at the real time again, by the loader.
      await recordByAsOf(manager, LOADER_ACTOR, '');

      const divisionNames = new Map<string, string>(
        (await manager.query(`SELECT code, name FROM ${R.division} WHERE code = ANY($1)`, [['450000', ...cities, ...DEMO_COUNTIES.map((c) => c.code)]])).map(
          (r: { code: string; name: string }) => [r.code, r.name],
        ),
      );
      const news = planNews(rng.fork('news'), { counties: DEMO_COUNTIES, divisionNames, sites: dataset.sites, households: dataset.households, checkedMonths: checkedMonths(checks, results) }, yearStart, lastDay);
      await insertRows(manager, 'news_item', news);
      const newsPhotos = planNewsPhotos(rng.fork('news-photos'), news);
      const policies = await policiesPlanned;
      await insertRows(manager, 'policy_document', policies.documents);
      await insertRows(manager, 'shortfall_project', shortfall.projects);
      await insertRows(manager, 'shortfall_progress_report', shortfall.reports);
      await insertRows(manager, 'archive_file', [...policies.files, ...shortfall.photos, ...newsPhotos.photos]);
      // The sign-off of every month that ended after the records were entered.
      const signOff = planCertifications(rng.fork('certifications'), DEMO_COUNTIES.map((c) => c.code), endedMonths(entriesDoneAt, today));
      await insertRows(manager, 'month_certification', signOff.rows);
      await insertRows(manager, 'month_certification_step', signOff.steps);
      const tasks = planSiteTasks(rng.fork('site-tasks'), { counties: DEMO_COUNTIES, ...dataset, projects: shortfall.projects, reports: shortfall.reports }, reporterOf, yearStart, lastDay, today);
      await insertRows(manager, 'site_task_record', tasks);

      writeStoredFiles(options.evidenceDir, evidence.rows, evidence.files, createdFiles);
      writeStoredFiles(
        options.evidenceDir,
        [...policies.files, ...shortfall.photos, ...newsPhotos.photos],
        new Map([...policies.contents, ...shortfall.contents, ...newsPhotos.contents]),
        createdFiles,
      );
      return {
        users: users.length,
        sites: dataset.sites.length,
        households: dataset.households.length,
        persons: dataset.persons.length,
        evidence: evidence.rows.length,
        redlineViolations,
        newsItems: news.length,
        policyDocuments: policies.documents.length,
        shortfallProjects: shortfall.projects.length,
        spotChecks: checks.length,
        spotCheckCorrections: findings.corrections.length,
        siteTaskRecords: tasks.length,
      };
    });
  } catch (error) {
    await removeFiles(createdFiles);
    throw error;
  }
}
