import * as argon2 from 'argon2';
import { DataSource, EntityManager } from 'typeorm';
import { todayInShanghai } from '@app/common';
import { REGISTRY_RELATIONS as R } from '@app/registry';
import { SqlSession } from '@app/db';
import { insertRows, updateRows } from './bulk-insert';
import { DEMO_COUNTIES, cityCodeOf } from './counties';
import { addDays, isoToDays, daysToIso } from './dates';
import { EVIDENCE_REJECTION_COLUMNS, evidenceWrites, planDemoEvidence, removeFiles, writeEvidenceFiles } from './demo-evidence';
import { DemoHistory, HOUSEHOLD_EVOLVING_COLUMNS, PERSON_EVOLVING_COLUMNS, SITE_EVOLVING_COLUMNS, planHistory } from './history';
import { generateHouseholds } from './households';
import { loadOriginVillages } from './origin-villages';
import { Rng } from './prng';
import { HouseholdRow, PersonRow, SiteFacilityRow, SiteRow } from './rows';
import { openRedlineViolations } from './scale/redline-violations';
import { planSites } from './sites';
import { buildDemoUsers } from './users';

export interface DemoSummary {
  users: number;
  sites: number;
  households: number;
  persons: number;
  /** Evidence files uploaded over the year (rejected ones included). */
  evidence: number;
  /** Red-line violations found over the year, open or resolved since. */
  redlineViolations: number;
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

const ACTOR = 'demo-loader';

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

/** Versions written from here on start at `at` instead of now() (trigger record_version). */
async function recordAsOf(manager: EntityManager, at: string): Promise<void> {
  await manager.query(`SELECT set_config('app.valid_from', $1, true)`, [at]);
}

/** Versions written from here on are by `actor` (trigger record_version). */
async function recordBy(manager: EntityManager, actor: string): Promise<void> {
  await manager.query(`SELECT set_config('app.actor', $1, true)`, [actor]);
}

/** Both at once: one round trip for each of the many small batches of evidence. */
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
  // Generation and hashing are CPU work: done before the transaction so it stays short.
  const dataset = generateDemoDataset(seed, today);
  const passwordHash = await argon2.hash(options.password, { type: argon2.argon2id });
  const { users, subscriptions } = buildDemoUsers(new Rng(seed).fork('users'), passwordHash, dataset.history.usersCreatedAt);

  const entryDays = new Map(dataset.history.entries.map((entry) => [entry.sites[0].id, entry.at.slice(0, 10)]));
  // Files written for a load that then fails to commit are removed again.
  const createdFiles: string[] = [];
  try {
    return await dataSource.transaction(async (manager) => {
      await recordBy(manager, ACTOR);
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [LOCK_KEY]);
      // Checked again under the lock: another process may have loaded while we generated.
      if (!(await isEmpty(manager))) return null;
      await assertDivisions(manager);

      // Facility kinds are configuration an administrator may change; skip any that are gone.
      const kinds = new Set((await manager.query(`SELECT code FROM ${R.facilityKind}`)).map((r: { code: string }) => r.code));

      await insertRows(manager, 'app_user', users);
      await insertRows(manager, 'alert_subscription', subscriptions);
      for (const entry of dataset.history.entries) {
        await recordAsOf(manager, entry.at);
        await insertRows(manager, R.site, entry.sites);
        await insertRows(manager, R.siteFacility, entry.facilities.filter((f) => kinds.has(f.kind_code)));
        await insertRows(manager, R.household, entry.households);
        await insertRows(manager, R.person, entry.persons);
      }
      for (const change of dataset.history.changes) {
        await recordAsOf(manager, change.at);
        await updateRows(manager, R.site, SITE_EVOLVING_COLUMNS, change.sites);
        await updateRows(manager, R.household, HOUSEHOLD_EVOLVING_COLUMNS, change.households);
        await insertRows(manager, R.person, change.newPersons);
        await updateRows(manager, R.person, PERSON_EVOLVING_COLUMNS, change.persons);
      }

      const session: SqlSession = { query: (sql, parameters) => manager.query(sql, parameters) };
      // What detection on each write would have found, dated when it happened. No alert mail:
      // those alerts belong to the past, and a fresh install should not send a year of them.
      const redlineViolations = (await openRedlineViolations(session, ACTOR)) ?? 0;

      const evidence = await planDemoEvidence(session, seed, addDays(today, -1), dataset.sites, entryDays);
      const writes = evidenceWrites(evidence.rows);
      for (const upload of writes.uploads) {
        await recordByAsOf(manager, upload.actor, upload.at);
        await insertRows(manager, 'evidence', upload.rows);
      }
      for (const rejection of writes.rejections) {
        await recordByAsOf(manager, rejection.actor, rejection.at);
        await updateRows(manager, 'evidence', EVIDENCE_REJECTION_COLUMNS, rejection.rows);
      }
      writeEvidenceFiles(options.evidenceDir, evidence.rows, evidence.files, createdFiles);

      // Anything else written in this transaction is recorded at the real time again, by the loader.
      await recordByAsOf(manager, ACTOR, '');
      return {
        users: users.length,
        sites: dataset.sites.length,
        households: dataset.households.length,
        persons: dataset.persons.length,
        evidence: evidence.rows.length,
        redlineViolations,
      };
    });
  } catch (error) {
    await removeFiles(createdFiles);
    throw error;
  }
}
