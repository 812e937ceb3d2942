import * as argon2 from 'argon2';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { todayInShanghai } from '@app/common';
import { persistenceOptions } from '@app/persistence';
import { readClaimRules, sniffFileType } from '@app/evidence';
import { denominatorColumn, numeratorColumn, siteFiguresSql, sourcesAsOf } from '@app/indicators';
import { RedlineReconciler } from '@app/redlines';
import { parseResidentId, residentIdMismatches } from '@app/registry';
import { reportPeriod } from '@app/reports';
import { createTestDatabase } from '../../../test/support/test-database';
import { addDays } from './dates';
import { DemoSummary, generateDemoDataset, loadDemoData } from './load-demo-data';

const PASSWORD = 'demo-password';
const SEED = 20200601;
// One date for every load in this file, so a run that crosses midnight still compares like with like.
const TODAY = todayInShanghai();

interface Loaded {
  dataSource: DataSource;
  drop: () => Promise<void>;
  evidenceDir: string;
  summary: DemoSummary | null;
  millis: number;
  /** CPU this process spent loading (generation, PDFs, statements): steadier than wall time on a shared machine. */
  cpuMillis: number;
}

async function freshDatabaseWithDemo(): Promise<Loaded> {
  const database = await createTestDatabase();
  const dataSource = new DataSource(persistenceOptions(database.url, { poolSize: 2 }));
  await dataSource.initialize();
  await dataSource.runMigrations();
  const evidenceDir = await mkdtemp(join(tmpdir(), 'demo-evidence-'));
  const started = Date.now();
  const cpu = process.cpuUsage();
  const summary = await loadDemoData(dataSource, { password: PASSWORD, seed: SEED, today: TODAY, evidenceDir });
  const used = process.cpuUsage(cpu);
  return { dataSource, drop: database.drop, evidenceDir, summary, millis: Date.now() - started, cpuMillis: (used.user + used.system) / 1000 };
}

/** Every file under a directory, as paths relative to it. */
async function filesUnder(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath ?? e.path, e.name).slice(root.length + 1)).sort();
}

/** The month before TODAY's, as its report sees it. */
const LAST_MONTH = reportPeriod(reportPeriod(TODAY.slice(0, 7)).previous);

async function count(dataSource: DataSource, sql: string, parameters: unknown[] = []): Promise<number> {
  const [row] = await dataSource.query(sql, parameters);
  return Number(Object.values(row)[0]);
}

async function tableCounts(dataSource: DataSource) {
  return {
    users: await count(dataSource, 'SELECT count(*) FROM app_user'),
    subscriptions: await count(dataSource, 'SELECT count(*) FROM alert_subscription'),
    sites: await count(dataSource, 'SELECT count(*) FROM site'),
    facilities: await count(dataSource, 'SELECT count(*) FROM site_facility'),
    households: await count(dataSource, 'SELECT count(*) FROM household'),
    persons: await count(dataSource, 'SELECT count(*) FROM person'),
    evidence: await count(dataSource, 'SELECT count(*) FROM evidence'),
    violations: await count(dataSource, 'SELECT count(*) FROM redline_violation'),
    news: await count(dataSource, 'SELECT count(*) FROM news_item'),
    policyDocuments: await count(dataSource, 'SELECT count(*) FROM policy_document'),
    shortfallProjects: await count(dataSource, 'SELECT count(*) FROM shortfall_project'),
    spotChecks: await count(dataSource, 'SELECT count(*) FROM spot_check'),
    spotCheckCorrections: await count(dataSource, 'SELECT count(*) FROM spot_check_item WHERE corrected_version IS NOT NULL'),
    siteTasks: await count(dataSource, 'SELECT count(*) FROM site_task_record'),
    archiveFiles: await count(dataSource, 'SELECT count(*) FROM archive_file'),
  };
}

/**
 * Every column of every row and every past version, in a stable order: equal fingerprints
 * mean identical data. The users are left out because their salted hash differs per load, and
 * the ids of spot-check items, which the database gives them as the worker's draw inserts them.
 */
async function fingerprint(dataSource: DataSource): Promise<string> {
  const parts: string[] = [];
  const tables = [
    'site', 'site_facility', 'household', 'person', 'site_history', 'household_history', 'person_history', 'evidence', 'evidence_history', 'redline_violation',
    'news_item', 'policy_document', 'shortfall_project', 'shortfall_progress_report', 'archive_file', 'site_task_record', 'spot_check',
  ];
  for (const table of tables) {
    const [row] = await dataSource.query(`SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest FROM ${table} t`);
    parts.push(row.digest);
  }
  const [items] = await dataSource.query(
    `SELECT md5(string_agg(concat_ws(',', spot_check_id, position, subject_type, subject_id, site_id, outcome, notes, corrections, corrected_version, recorded_by, recorded_at), '|' ORDER BY spot_check_id, position)) AS digest FROM spot_check_item`,
  );
  return [...parts, items.digest].join(':');
}

describe('loadDemoData', () => {
  let first: Loaded;
  const others: Loaded[] = [];

  beforeAll(async () => {
    first = await freshDatabaseWithDemo();
    process.stdout.write(`demo load: ${JSON.stringify(first.summary)} in ${first.millis} ms (${Math.round(first.cpuMillis)} ms CPU)\n`);
  });

  afterAll(async () => {
    for (const loaded of [first, ...others].filter(Boolean)) {
      await loaded.dataSource.destroy();
      await loaded.drop();
      await rm(loaded.evidenceDir, { recursive: true, force: true });
    }
  });

  it('loads an empty database and reports what it wrote', async () => {
    expect(first.summary).not.toBeNull();
    const counts = await tableCounts(first.dataSource);
    expect(first.summary).toEqual({
      users: counts.users,
      sites: counts.sites,
      households: counts.households,
      persons: counts.persons,
      evidence: counts.evidence,
      redlineViolations: counts.violations,
      newsItems: counts.news,
      policyDocuments: counts.policyDocuments,
      shortfallProjects: counts.shortfallProjects,
      spotChecks: counts.spotChecks,
      spotCheckCorrections: counts.spotCheckCorrections,
      siteTaskRecords: counts.siteTasks,
    });
    expect(counts).toMatchObject({ users: 10, subscriptions: 7, sites: 12 });
    expect(counts.households).toBeGreaterThan(1300);
    expect(counts.households).toBeLessThan(1700);
    expect(counts.persons).toBeGreaterThan(5500);
    expect(counts.persons).toBeLessThan(7500);
    expect(counts.facilities).toBeGreaterThan(0);
    expect(counts.evidence).toBeGreaterThan(1000);
  });

  it('gives every person a valid ID number that matches their birth date and gender', async () => {
    const persons: Array<{ id_number: string; birth_date: string; gender: 'MALE' | 'FEMALE' }> = await first.dataSource.query(
      'SELECT id_number, birth_date, gender FROM person',
    );
    const problems: string[] = [];
    for (const person of persons) {
      const parsed = parseResidentId(person.id_number);
      if (!parsed.ok) {
        problems.push(`${person.id_number}: ${parsed.message}`);
        continue;
      }
      for (const mismatch of residentIdMismatches(parsed.value, { birthDate: person.birth_date, gender: person.gender })) {
        problems.push(`${person.id_number}: ${mismatch.message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('keeps ID numbers unique among active persons and heads consistent with their households', async () => {
    expect(await count(first.dataSource, 'SELECT count(*) FROM (SELECT id_number FROM person WHERE left_on IS NULL GROUP BY id_number HAVING count(*) > 1) d')).toBe(0);
    expect(
      await count(
        first.dataSource,
        `SELECT count(*) FROM household h
          WHERE (SELECT count(*) FROM person p WHERE p.household_id = h.id AND p.relation = 'HEAD' AND p.left_on IS NULL) <> 1`,
      ),
    ).toBe(0);
    expect(
      await count(
        first.dataSource,
        `SELECT count(*) FROM household h JOIN person p ON p.household_id = h.id AND p.relation = 'HEAD'
          WHERE p.id_number <> h.head_id_number OR p.name <> h.head_name`,
      ),
    ).toBe(0);
  });

  it('respects the household rules the API enforces', async () => {
    const ds = first.dataSource;
    expect(await count(ds, 'SELECT count(*) FROM household WHERE labor_count > beneficiary_count OR beneficiary_count < 1')).toBe(0);
    // The beneficiaries are the members at approval; births and marriages since come on top.
    expect(
      await count(
        ds,
        `SELECT count(*) FROM household h
          WHERE h.beneficiary_count <> (SELECT count(*) FROM person p WHERE p.household_id = h.id AND p.join_reason = 'ORIGINAL_MEMBER')`,
      ),
    ).toBe(0);
    expect(await count(ds, `SELECT count(*) FROM household WHERE old_house_disposition = 'EXEMPT' AND coalesce(old_house_exempt_reason, '') = ''`)).toBe(0);
    expect(await count(ds, `SELECT count(*) FROM household WHERE land_reclaimed AND NOT old_house_demolished`)).toBe(0);
    expect(await count(ds, `SELECT count(*) FROM household WHERE poverty_exit_year IS NOT NULL AND poverty_status <> 'EXITED'`)).toBe(0);
    expect(await count(ds, `SELECT count(*) FROM household WHERE moved_in <> (moved_in_on IS NOT NULL) OR (actually_resident AND NOT moved_in)`)).toBe(0);
    expect(await count(ds, `SELECT count(*) FROM person WHERE (left_on IS NULL) <> (leave_reason IS NULL) OR left_on > $1 OR joined_on > $1 OR birth_date > $1`, [TODAY])).toBe(0);
    expect(await count(ds, `SELECT count(*) FROM person WHERE join_reason = 'BIRTH' AND joined_on < birth_date`)).toBe(0);
    // Relations agree with ages and genders: children a generation below the head, parents above.
    const relative = (where: string) =>
      count(ds, `SELECT count(*) FROM person m JOIN person h ON h.household_id = m.household_id AND h.relation = 'HEAD' WHERE ${where}`);
    expect(await relative(`m.relation = 'CHILD' AND m.birth_date < h.birth_date + interval '16 years'`)).toBe(0);
    expect(await relative(`m.relation = 'GRANDCHILD' AND m.birth_date < h.birth_date + interval '28 years'`)).toBe(0);
    expect(await relative(`m.relation = 'PARENT' AND m.birth_date > h.birth_date - interval '15 years'`)).toBe(0);
    expect(await relative(`m.relation = 'SPOUSE' AND m.gender = h.gender`)).toBe(0);
    expect(await count(ds, `SELECT count(*) FROM person WHERE relation = 'CHILD_IN_LAW' AND gender <> 'FEMALE'`)).toBe(0);
    expect(await count(ds, `SELECT count(*) FROM person WHERE employment NOT IN ('UNEMPLOYED', 'NOT_IN_LABOUR_FORCE') AND NOT is_labour`)).toBe(0);
    expect(await count(ds, `SELECT count(*) FROM site s WHERE NOT EXISTS (SELECT 1 FROM division d WHERE d.code = s.county_code AND d.parent_code = s.city_code)`)).toBe(0);
  });

  it('is shaped like the programme: sizes, rates and red lines to find', async () => {
    const ds = first.dataSource;
    const [sizes] = await ds.query(`SELECT min(n) AS min, max(n) AS max, avg(n)::float AS mean FROM (SELECT count(*) AS n FROM person GROUP BY household_id) s`);
    expect(Number(sizes.min)).toBeGreaterThanOrEqual(1);
    expect(Number(sizes.max)).toBeLessThanOrEqual(8);
    expect(sizes.mean).toBeGreaterThan(4.0);
    expect(sizes.mean).toBeLessThan(4.6);

    const byCounty: Array<{ county_code: string; persons: string }> = await ds.query(
      `SELECT s.county_code, count(*) AS persons FROM person p JOIN household h ON h.id = p.household_id JOIN site s ON s.id = h.site_id GROUP BY 1 ORDER BY 2 DESC`,
    );
    expect(byCounty.map((r) => r.county_code)).toEqual(expect.arrayContaining(['450123', '450923', '451228']));
    expect(byCounty[0].county_code).toBe('451228');

    const [rates] = await ds.query(`
      SELECT avg(old_house_demolished::int) FILTER (WHERE old_house_disposition = 'MUST_DEMOLISH')::float AS demolition,
             avg(moved_in::int)::float AS moved_in,
             avg((household_type = 'REGISTERED_POOR')::int)::float AS registered_poor
        FROM household`);
    expect(rates.demolition).toBeGreaterThan(0.62);
    expect(rates.demolition).toBeLessThan(0.76);
    expect(rates.moved_in).toBeGreaterThan(0.94);
    expect(rates.registered_poor).toBeGreaterThan(0.64);
    expect(rates.registered_poor).toBeLessThan(0.76);

    const [employment] = await ds.query(`
      WITH labour AS (
        SELECT household_id, bool_or(employment NOT IN ('UNEMPLOYED', 'NOT_IN_LABOUR_FORCE')) AS employed
          FROM person WHERE left_on IS NULL AND is_labour GROUP BY household_id)
      SELECT avg(employed::int)::float AS coverage FROM labour`);
    expect(employment.coverage).toBeGreaterThan(0.84);
    expect(employment.coverage).toBeLessThan(0.94);

    const [school] = await ds.query(`
      SELECT avg((schooling = 'IN_SCHOOL')::int)::float AS rate FROM person
       WHERE left_on IS NULL AND date_part('year', age($1::date, birth_date)) BETWEEN 6 AND 15`, [TODAY]);
    expect(school.rate).toBeGreaterThan(0.97);

    const [shares] = await ds.query(`
      SELECT avg(party_organisation_established::int)::float AS party,
             avg(self_governance_established::int)::float AS self_governance,
             avg((EXISTS (SELECT 1 FROM site_facility f WHERE f.site_id = s.id AND f.kind_code = 'PRIMARY_SCHOOL'))::int)::float AS school,
             avg((EXISTS (SELECT 1 FROM site_facility f WHERE f.site_id = s.id AND f.kind_code = 'MARKET'))::int)::float AS market
        FROM site s`);
    // Twelve sites: each share is the reported one rounded to the nearest twelfth.
    expect(Math.abs(shares.party - 322 / 481)).toBeLessThan(1 / 12);
    expect(Math.abs(shares.self_governance - 316 / 481)).toBeLessThan(1 / 12);
    expect(Math.abs(shares.school - 411 / 481)).toBeLessThan(1 / 12);
    expect(Math.abs(shares.market - 258 / 481)).toBeLessThan(1 / 12);

    expect(await count(ds, `SELECT count(*) FROM household WHERE household_type = 'REGISTERED_POOR' AND housing_area / beneficiary_count > 25`)).toBeGreaterThanOrEqual(2);
    expect(await count(ds, `SELECT count(*) FROM household WHERE self_funding / beneficiary_count > 2500`)).toBeGreaterThanOrEqual(2);
    expect(await count(ds, `SELECT count(*) FROM household WHERE self_funding > 10000`)).toBeGreaterThanOrEqual(2);
    expect(await count(ds, `SELECT count(*) FROM person WHERE join_reason = 'BIRTH' AND joined_on > $1::date - 365`, [TODAY])).toBeGreaterThan(0);
    expect(await count(ds, `SELECT count(*) FROM person WHERE leave_reason = 'DEATH'`)).toBeGreaterThan(0);
  });

  it('carries a year of backdated history, as reports for past months need', async () => {
    const ds = first.dataSource;
    const yearAgo = addDays(TODAY, -366);
    expect(await count(ds, `SELECT count(*) FROM household_as_of($1::date)`, [yearAgo])).toBe(0);
    const entered = addDays(TODAY, -300);
    expect(await count(ds, `SELECT count(*) FROM household_as_of($1::date)`, [entered])).toBe(first.summary?.households);
    expect(await count(ds, 'SELECT count(*) FROM household_history')).toBeGreaterThan(100);
    expect(await count(ds, 'SELECT count(*) FROM person_history')).toBeGreaterThan(10);

    // Each current row is the last of its versions, numbered and stamped accordingly, written by
    // the loader or, where a spot check found a wrong value, by the checker who corrected it.
    for (const table of ['site', 'household', 'person']) {
      expect(
        await count(
          ds,
          `SELECT count(*) FROM ${table} t
            WHERE t.version <> 1 + (SELECT count(*) FROM ${table}_history x WHERE x.id = t.id)
               OR t.updated_at <> lower(t.sys_period) OR upper(t.sys_period) IS NOT NULL
               OR (t.written_by <> 'demo-loader' AND NOT EXISTS (SELECT 1 FROM spot_check_item i WHERE i.subject_id = t.id AND i.corrected_version = t.version AND i.recorded_by = t.written_by))
               OR lower(t.sys_period) > now()`,
        ),
      ).toBe(0);
    }
    expect(await count(ds, `SELECT count(*) FROM household_history WHERE written_by LIKE 'checker-%'`) + (await count(ds, `SELECT count(*) FROM household WHERE written_by LIKE 'checker-%'`))).toBeGreaterThan(0);

    // Month-end figures move through the year: last month's report has changes to show.
    const monthEnds: Array<{ certificates: string; demolished: string; persons: string }> = await ds.query(
      `SELECT (SELECT count(*) FROM household_as_of(m) WHERE property_certificate_issued) AS certificates,
              (SELECT count(*) FROM household_as_of(m) WHERE old_house_demolished) AS demolished,
              (SELECT count(*) FROM person_as_of(m) WHERE left_on IS NULL) AS persons
         FROM generate_series(date_trunc('month', $1::date) - interval '10 months', date_trunc('month', $1::date), interval '1 month') AS m`,
      [TODAY],
    );
    expect(new Set(monthEnds.map((m) => m.certificates)).size).toBeGreaterThan(3);
    expect(new Set(monthEnds.map((m) => m.demolished)).size).toBeGreaterThan(3);
    expect(new Set(monthEnds.map((m) => m.persons)).size).toBeGreaterThan(3);

    // A few red-line crossings were entered and corrected later in the year.
    expect(
      await count(
        ds,
        `SELECT count(DISTINCT h.id) FROM household h JOIN household_history x ON x.id = h.id
          WHERE (x.self_funding > 10000 AND h.self_funding <= 10000) OR (x.housing_area > h.housing_area)`,
      ),
    ).toBeGreaterThanOrEqual(2);
  });

  it('backs most claims, not all, with evidence uploaded over the year by county staff', async () => {
    const ds = first.dataSource;
    const [share] = await ds.query(`SELECT count(*)::int AS made, count(*) FILTER (WHERE recognised)::int AS recognised FROM claim_status`);
    expect(share.made).toBeGreaterThan(3000);
    expect(share.recognised / share.made).toBeGreaterThan(0.6);
    expect(share.recognised / share.made).toBeLessThan(0.95);
    // Every claim rule has claims recognised, through the kind the rule names.
    for (const rule of await readClaimRules(ds)) {
      expect([rule.claim, await count(ds, `SELECT count(*) FROM claim_status WHERE claim = $1 AND recognised`, [rule.claim])]).not.toEqual([rule.claim, 0]);
    }
    // No file of a claim's kind where its subject does not make that claim, besides site photos.
    expect(
      await count(
        ds,
        `SELECT count(*) FROM evidence e
          WHERE e.kind <> 'SITE_PHOTO'
            AND NOT EXISTS (SELECT 1 FROM claim_status c JOIN claim_rule r ON r.claim = c.claim
                             WHERE c.subject_id = e.subject_id AND r.evidence_kind = e.kind)`,
      ),
    ).toBe(0);

    const yearAgo = `${addDays(TODAY, -365)}T00:00:00+08:00`;
    const todayStart = `${TODAY}T00:00:00+08:00`;
    expect(await count(ds, `SELECT count(*) FROM evidence WHERE uploaded_at < $1 OR uploaded_at >= $2 OR uploaded_at <> coalesce((SELECT min(lower(x.sys_period)) FROM evidence_history x WHERE x.id = evidence.id), lower(sys_period))`, [yearAgo, todayStart])).toBe(0);
    // Uploaded after the claim entered the records: after the subject's entry, and a move-in photo after the move.
    expect(
      await count(
        ds,
        `SELECT count(*) FROM evidence e LEFT JOIN household h ON h.id = e.subject_id LEFT JOIN site s ON s.id = e.subject_id
          WHERE e.uploaded_at <= coalesce(h.created_at, s.created_at)
             OR (e.kind = 'MOVE_IN_PHOTO' AND (e.uploaded_at AT TIME ZONE 'Asia/Shanghai')::date <= h.moved_in_on)`,
      ),
    ).toBe(0);
    // The county's own staff uploaded them, and the history trigger recorded them as the writer.
    expect(
      await count(
        ds,
        `SELECT count(*) FROM evidence_as_of(now()) e
           LEFT JOIN household h ON h.id = e.subject_id JOIN site s ON s.id = coalesce(h.site_id, e.subject_id)
           JOIN app_user u ON u.username = e.uploaded_by
          WHERE u.role <> 'COUNTY_STAFF' OR u.jurisdiction <> s.county_code OR e.uploader_level <> 'COUNTY'
             OR (e.rejected_at IS NULL AND e.written_by <> e.uploaded_by)`,
      ),
    ).toBe(0);
    expect(await count(ds, `SELECT count(*) FROM evidence e WHERE NOT EXISTS (SELECT 1 FROM app_user u WHERE u.username = e.uploaded_by)`)).toBe(0);
    // A few were rejected by a higher tier, after their upload, with the version before kept.
    const rejected = await count(
      ds,
      `SELECT count(*) FROM evidence e JOIN evidence_history x ON x.id = e.id AND x.rejected_at IS NULL
        WHERE e.rejected_at > e.uploaded_at AND e.rejected_at < now() AND e.written_by = e.rejected_by AND e.rejected_by IN ('nanning', 'yulin', 'hechi')`,
    );
    expect(rejected).toBeGreaterThan(0);
    expect(rejected).toBe(await count(ds, `SELECT count(*) FROM evidence WHERE rejected_at IS NOT NULL`));
  });

  it('writes every evidence and archive file where the API reads it, with its recorded hash, size and type', async () => {
    const rows: Array<{ storage_key: string; sha256: string; size: number; mime_type: string }> = await first.dataSource.query(
      `SELECT storage_key, sha256, size, mime_type FROM evidence UNION ALL SELECT storage_key, sha256, size, mime_type FROM archive_file ORDER BY storage_key`,
    );
    const problems: string[] = [];
    for (const row of rows) {
      if (!/^\d{4}\/\d{2}\/[0-9a-f-]{36}\.[a-z]{3}$/.test(row.storage_key)) problems.push(`${row.storage_key}: not a storage key`);
      const bytes = await readFile(join(first.evidenceDir, row.storage_key)).catch(() => null);
      if (!bytes) {
        problems.push(`${row.storage_key}: missing`);
        continue;
      }
      if (createHash('sha256').update(bytes).digest('hex') !== row.sha256) problems.push(`${row.storage_key}: sha256 differs`);
      if (bytes.length !== row.size) problems.push(`${row.storage_key}: size ${bytes.length}, recorded ${row.size}`);
      if (sniffFileType(bytes)?.mimeType !== row.mime_type) problems.push(`${row.storage_key}: content is not ${row.mime_type}`);
    }
    expect(problems).toEqual([]);
    expect(await filesUnder(first.evidenceDir)).toEqual(rows.map((r) => r.storage_key));
    expect(new Set(rows.map((r) => r.sha256)).size).toBe(rows.length);
    expect(new Set(rows.map((r) => r.mime_type))).toEqual(new Set(['image/png', 'application/pdf']));
  });

  it('gives last month recognised indicators, risen over the year', async () => {
    const ds = first.dataSource;
    const claimRules = await readClaimRules(ds);
    const sql = siteFiguresSql({ sources: sourcesAsOf('$2::timestamptz'), day: '$1', siteIds: null, claimRules });
    const figures = async (month: ReturnType<typeof reportPeriod>) => {
      const rows: Array<Record<string, number>> = await ds.query(sql, [month.lastDay, month.lastInstant]);
      return (key: string) => ({
        n: rows.reduce((sum, r) => sum + Number(r[numeratorColumn(key)]), 0),
        d: rows.reduce((sum, r) => sum + Number(r[denominatorColumn(key)]), 0),
      });
    };
    const last = await figures(LAST_MONTH);
    for (const key of ['ACTUAL_RESIDENCE_RATE', 'DEMOLITION_RATE', 'POVERTY_EXIT_RATE', 'GEOHAZARD_ASSESSED_RATE', 'ACCEPTANCE_RATE']) {
      expect([key, last(key).n > 0]).toEqual([key, true]);
    }
    const completeness = last('EVIDENCE_COMPLETENESS');
    expect(completeness.n / completeness.d).toBeGreaterThan(0.5);
    expect(completeness.n / completeness.d).toBeLessThan(0.95);
    // Ten months back, fewer files had come in yet.
    let earlier = LAST_MONTH;
    for (let i = 0; i < 10; i++) earlier = reportPeriod(earlier.previous);
    const before = (await figures(earlier))('EVIDENCE_COMPLETENESS');
    expect(before.n / before.d).toBeLessThan(completeness.n / completeness.d - 0.1);
  });

  it('records red-line crossings when they happened: some corrected and resolved, the rest open', async () => {
    const ds = first.dataSource;
    const violations: Array<{ status: string; detected_at: Date; resolved_at: Date | null; created_at: Date; corrected_at: Date | null }> = await ds.query(
      `SELECT v.status, v.detected_at, v.resolved_at, h.created_at,
              (SELECT max(upper(x.sys_period)) FROM household_history x WHERE x.id = h.id AND (x.self_funding <> h.self_funding OR x.housing_area <> h.housing_area)) AS corrected_at
         FROM redline_violation v JOIN household h ON h.id = v.household_id`,
    );
    const open = violations.filter((v) => v.status === 'OPEN');
    const resolved = violations.filter((v) => v.status === 'RESOLVED');
    expect(open.length).toBeGreaterThanOrEqual(3);
    expect(resolved.length).toBeGreaterThanOrEqual(2);
    const monthsAgo = (months: number) => new Date(Date.now() - months * 30 * 86_400_000);
    for (const v of violations) expect(v.detected_at.getTime()).toBe(v.created_at.getTime());
    expect(violations.every((v) => v.detected_at < monthsAgo(10))).toBe(true);
    for (const v of resolved) {
      expect(v.resolved_at).not.toBeNull();
      expect(v.resolved_at?.getTime()).toBe(v.corrected_at?.getTime());
      expect((v.resolved_at as Date) < new Date()).toBe(true);
    }
    // Past months' reports count what was open then.
    const openAt = (instant: string) => count(ds, `SELECT count(*) FROM ${sourcesAsOf('$1::timestamptz').openViolations} v`, [instant]);
    expect(await openAt(LAST_MONTH.lastInstant)).toBeGreaterThanOrEqual(open.length);
    expect(await openAt(`${addDays(TODAY, -366)}T00:00:00+08:00`)).toBe(0);
    // Alerts for the past are not sent on a fresh install.
    expect(await count(ds, `SELECT count(*) FROM mail_outbox`)).toBe(0);
  });

  it('leaves the red-line scan nothing to open, resolve or update', async () => {
    const runner = first.dataSource.createQueryRunner();
    await runner.startTransaction();
    try {
      const outcome = await new RedlineReconciler().reconcile(runner.manager, 'all', 'test-scan');
      expect(outcome).toEqual({ opened: [], resolved: 0, updated: 0 });
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it('signs off the months that ended since the records were entered: county, then city, then region, and one county late last month', async () => {
    const ds = first.dataSource;
    // No unit's confirmation comes before a confirmation of a unit below it, nor outside its month's window.
    expect(await count(ds, `SELECT count(*) FROM month_certification parent JOIN division d ON d.parent_code = parent.division_code
      JOIN month_certification child ON child.division_code = d.code AND child.period = parent.period
      WHERE child.certified_at >= parent.certified_at`)).toBe(0);
    expect(await count(ds, `SELECT count(*) FROM month_certification_step
      WHERE to_char(at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') <> period OR extract(day FROM at AT TIME ZONE 'Asia/Shanghai') < 20`)).toBe(0);
    const months: Array<{ period: string; units: number }> = await ds.query(`SELECT period, count(*)::int AS units FROM month_certification GROUP BY period ORDER BY period`);
    expect(months.length).toBeGreaterThan(3);
    // Three counties, three cities and the region every month but the last, when a county, its city and the region are missing.
    expect(months.slice(0, -1).every((m) => m.units === 7)).toBe(true);
    expect(months.at(-1)!.units).toBe(4);
    expect(await count(ds, `SELECT count(*) FROM month_certification_step WHERE action = 'RETURN'`)).toBeGreaterThan(0);
  });

  it('creates the five demo users of SPEC §10 as they are, and the staff the year needed besides', async () => {
    const users: Array<{ username: string; email: string; role: string; jurisdiction: string; password_hash: string; subscriptions: string[] }> =
      await first.dataSource.query(`
        SELECT u.username, u.email, u.role, u.jurisdiction, u.password_hash,
               array(SELECT division_code FROM alert_subscription a WHERE a.user_id = u.id) AS subscriptions
          FROM app_user u ORDER BY u.username`);
    expect(users.map(({ username, email, role, jurisdiction, subscriptions }) => ({ username, email, role, jurisdiction, subscriptions }))).toEqual([
      { username: 'admin', email: 'admin@example.org', role: 'REGION_ADMIN', jurisdiction: '450000', subscriptions: ['450000'] },
      { username: 'bobai', email: 'bobai@example.org', role: 'COUNTY_STAFF', jurisdiction: '450923', subscriptions: ['450923'] },
      { username: 'checker-hechi', email: 'checker-hechi@example.org', role: 'SPOT_CHECKER', jurisdiction: '451200', subscriptions: [] },
      { username: 'checker-nanning', email: 'checker-nanning@example.org', role: 'SPOT_CHECKER', jurisdiction: '450100', subscriptions: [] },
      { username: 'checker-yulin', email: 'checker-yulin@example.org', role: 'SPOT_CHECKER', jurisdiction: '450900', subscriptions: [] },
      { username: 'duan', email: 'duan@example.org', role: 'COUNTY_STAFF', jurisdiction: '451228', subscriptions: ['451228'] },
      { username: 'hechi', email: 'hechi@example.org', role: 'CITY_STAFF', jurisdiction: '451200', subscriptions: ['451200'] },
      { username: 'longan', email: 'longan@example.org', role: 'COUNTY_STAFF', jurisdiction: '450123', subscriptions: ['450123'] },
      { username: 'nanning', email: 'nanning@example.org', role: 'CITY_STAFF', jurisdiction: '450100', subscriptions: ['450100'] },
      { username: 'yulin', email: 'yulin@example.org', role: 'CITY_STAFF', jurisdiction: '450900', subscriptions: ['450900'] },
    ]);
    for (const user of users) {
      expect(user.password_hash.startsWith('$argon2id$')).toBe(true);
      expect(await argon2.verify(user.password_hash, PASSWORD)).toBe(true);
      expect(await argon2.verify(user.password_hash, 'wrong-password')).toBe(false);
    }
  });

  it('does nothing on a database that is not empty', async () => {
    const before = await tableCounts(first.dataSource);
    const digest = await fingerprint(first.dataSource);
    const files = await filesUnder(first.evidenceDir);
    expect(await loadDemoData(first.dataSource, { password: PASSWORD, seed: SEED + 1, today: TODAY, evidenceDir: first.evidenceDir })).toBeNull();
    expect(await tableCounts(first.dataSource)).toEqual(before);
    expect(await fingerprint(first.dataSource)).toBe(digest);
    expect(await filesUnder(first.evidenceDir)).toEqual(files);
  });

  it('is reproducible: the same seed gives identical data on a fresh database', async () => {
    const second = await freshDatabaseWithDemo();
    others.push(second);
    expect(second.summary).toEqual(first.summary);
    const codes = 'SELECT string_agg(code, \',\' ORDER BY code) AS v FROM household';
    const ids = 'SELECT string_agg(id_number, \',\' ORDER BY id_number) AS v FROM person';
    expect((await second.dataSource.query(codes))[0].v).toBe((await first.dataSource.query(codes))[0].v);
    expect((await second.dataSource.query(ids))[0].v).toBe((await first.dataSource.query(ids))[0].v);
    expect(await fingerprint(second.dataSource)).toBe(await fingerprint(first.dataSource));
    expect(await filesUnder(second.evidenceDir)).toEqual(await filesUnder(first.evidenceDir));
  });

  it('gives different people for a different seed', () => {
    const a = generateDemoDataset(SEED, TODAY).persons.map((p) => p.id_number);
    const b = new Set(generateDemoDataset(SEED + 1, TODAY).persons.map((p) => p.id_number));
    expect(a.filter((id) => b.has(id)).length).toBeLessThan(a.length / 100);
  });
});
