import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { REGISTRY_RELATIONS as R } from '@app/registry';
import { SqlSession } from '@app/db';
import { readClaimRules } from '@app/evidence';
import { DEMO_COUNTIES, cityCodeOf } from './counties';
import { addDays, isoToDays, officeTimestamp } from './dates';
import { DemoEvidenceFile, demoEvidenceFile } from './evidence-files';
import { Rng } from './prng';
import { EvidencePlanner, EvidenceRow, Uploader } from './scale/evidence-rows';
import { RecordIds } from './scale/record-ids';
import { SiteRow } from './rows';
import { DEMO_ACCOUNTS, staffOf } from './users';

/**
 * The demo's evidence (SPEC §5, §11): for each claim the loaded records make — which claims
 * and which kind backs each come from `claim_rule`, read in the load's transaction — the
 * benchmark generator's planner decides whether a file was uploaded and when (days to months
 * after the claim was first recorded), and a few are rejected by a higher tier. Unlike the
 * benchmark's, these files exist: they are written under the evidence directory the API reads.
 */

/** A claim the loaded records make, and the day its subject's first version making it was recorded. */
interface MadeClaim {
  subject_type: 'SITE' | 'HOUSEHOLD';
  subject_id: string;
  code: string;
  county_code: string;
  evidence_kind: string;
  since: string;
}

const SUBJECTS = {
  HOUSEHOLD: { table: R.household, join: `JOIN ${R.site} st ON st.id = s.site_id`, county: 'st.county_code' },
  SITE: { table: R.site, join: '', county: 's.county_code' },
} as const;

/**
 * Every claim made now, with the first day a version of its subject made it: that is when the
 * claim entered the records (at entry, or on the day of a later move-in or demolition), so
 * evidence for it can only have come after. Rule conditions are SQL over the subject's columns,
 * applied here to all its versions exactly as the claim-status views apply them to one.
 */
async function madeClaims(session: SqlSession): Promise<MadeClaim[]> {
  const claims: MadeClaim[] = [];
  for (const rule of await readClaimRules(session)) {
    const subject = SUBJECTS[rule.subjectType as keyof typeof SUBJECTS];
    if (!subject) continue;
    const rows = await session.query<MadeClaim>(
      `WITH versions AS (SELECT * FROM ${subject.table} UNION ALL SELECT * FROM ${subject.table}_history),
            made AS (SELECT id, lower(sys_period) AS since, upper(sys_period) IS NULL AS current FROM versions WHERE (${rule.madeWhen}))
       SELECT $1::text AS subject_type, s.id AS subject_id, s.code, ${subject.county} AS county_code, $2::text AS evidence_kind,
              to_char(min(m.since) AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS since
         FROM made m JOIN ${subject.table} s ON s.id = m.id ${subject.join}
        GROUP BY s.id, s.code, ${subject.county}
       HAVING bool_or(m.current)`,
      [rule.subjectType, rule.evidenceKind],
    );
    claims.push(...rows);
  }
  return claims;
}

/** Each county's files are uploaded by its county staff and reviewed by its city's. */
function uploaderOf(countyCode: string): Uploader {
  return { username: staffOf(countyCode).username, level: 'COUNTY', reviewer: staffOf(cityCodeOf(countyCode)).username };
}

/**
 * Counties upload in weekly rounds, each on its own weekday (Tuesday, Wednesday, Thursday…):
 * files gathered from the villages go up together. It also keeps the versions to write to one
 * statement per county and week.
 */
function weeklyRound(day: string, uploader: Uploader): string {
  const county = DEMO_ACCOUNTS.find((u) => u.username === uploader.username)?.jurisdiction;
  const index = Math.max(0, DEMO_COUNTIES.findIndex((c) => c.code === county));
  // isoToDays(d) % 7 is 0 on a Thursday (1970-01-01 was one); 5 is Tuesday.
  const weekday = (5 + index) % 7;
  return addDays(day, (weekday - (isoToDays(day) % 7) + 7) % 7);
}

export interface PlannedEvidence {
  /** As they stand today: rejected ones with their rejection. */
  rows: EvidenceRow[];
  files: Map<string, Buffer>;
}

/**
 * Plans the evidence for the records already loaded in `session`, with one instant per day for
 * all of that day's uploads and rejections (see weeklyRound), and makes each file's content.
 */
export async function planDemoEvidence(session: SqlSession, seed: number, lastDay: string, sites: readonly SiteRow[], siteEntryDay: ReadonlyMap<string, string>): Promise<PlannedEvidence> {
  const rng = new Rng(seed).fork('evidence');
  const dayStamps = new Map<string, string>();
  const stampOf = (_rng: Rng, day: string) => {
    let at = dayStamps.get(day);
    if (!at) {
      at = officeTimestamp(rng.fork(`evidence-day-${day}`), day);
      dayStamps.set(day, at);
    }
    return at;
  };
  const files = new Map<string, Buffer>();
  const content = (request: Parameters<typeof demoEvidenceFile>[0]) => {
    const { bytes, ...stored }: DemoEvidenceFile = demoEvidenceFile(request);
    files.set(request.id, bytes);
    return stored;
  };
  const ids = new RecordIds(seed);
  const planner = new EvidencePlanner(rng.fork('uploads'), lastDay, () => ids.next(), { uploadDay: weeklyRound, timestamp: stampOf, content });

  const bySubject = new Map<string, MadeClaim[]>();
  for (const claim of await madeClaims(session)) {
    const key = `${claim.subject_type}:${claim.code}`;
    bySubject.set(key, [...(bySubject.get(key) ?? []), claim]);
  }
  // Subjects and their claims in a fixed order, whatever order the database returned them in.
  for (const key of [...bySubject.keys()].sort()) {
    const claims = (bySubject.get(key) as MadeClaim[]).sort((a, b) => a.since.localeCompare(b.since) || a.evidence_kind.localeCompare(b.evidence_kind));
    const { subject_type, subject_id, code, county_code } = claims[0];
    planner.claims(subject_type, subject_id, code, claims.map((c) => ({ kind: c.evidence_kind, since: c.since })), uploaderOf(county_code));
  }
  for (const site of [...sites].sort((a, b) => a.code.localeCompare(b.code))) {
    planner.sitePhotos(site, siteEntryDay.get(site.id) as string, uploaderOf(site.county_code));
  }
  const rows = planner.drain().current;
  for (const row of rows) if (!files.has(row.id)) throw new Error(`evidence ${row.id} has no file`);
  return { rows, files };
}

/**
 * Writes the files under `root` at their storage keys, never replacing a file: one already
 * there with the same bytes (a load that rolled back after writing) is kept, any other is an
 * error. The paths created are added to `created`, for the caller to remove should the load not commit.
 */
export function writeStoredFiles(root: string, rows: ReadonlyArray<{ id: string; storage_key: string }>, files: ReadonlyMap<string, Buffer>, created: string[]): void {
  for (const directory of new Set(rows.map((row) => dirname(join(root, row.storage_key))))) mkdirSync(directory, { recursive: true });
  // Synchronous on purpose: thousands of files of a few hundred bytes are written faster without
  // a round trip through the thread pool each, and nothing else runs while the demo loads.
  for (const row of rows) {
    const path = join(root, row.storage_key);
    const bytes = files.get(row.id);
    if (!bytes) throw new Error(`demo file ${row.id} has no content`);
    try {
      writeFileSync(path, bytes, { flag: 'wx', mode: 0o640 });
      created.push(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (!readFileSync(path).equals(bytes)) throw new Error(`demo files: ${path} exists with other content; move the evidence directory aside or empty it`);
    }
  }
}

export async function removeFiles(paths: readonly string[]): Promise<void> {
  await Promise.all(paths.map((path) => rm(path, { force: true })));
}

/** What an upload inserts: the history trigger sets the period and the writer from the session. */
export type EvidenceInsert = Omit<EvidenceRow, 'sys_period' | 'written_by'>;

export interface EvidenceWrite<Row> {
  at: string;
  actor: string;
  rows: Row[];
}

/** The columns a rejection changes, with their SQL types for the bulk UPDATE. */
export const EVIDENCE_REJECTION_COLUMNS = { rejected_at: 'timestamptz', rejected_by: 'varchar', rejection_reason: 'varchar' } as const;

function writesOf<Row>(rows: readonly Row[], at: (row: Row) => string, actor: (row: Row) => string): Array<EvidenceWrite<Row>> {
  const groups = new Map<string, EvidenceWrite<Row>>();
  for (const row of rows) {
    const key = `${at(row)}|${actor(row)}`;
    const group = groups.get(key) ?? { at: at(row), actor: actor(row), rows: [] };
    group.rows.push(row);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => a.at.localeCompare(b.at) || a.actor.localeCompare(b.actor));
}

/**
 * The evidence as it was written: each upload as its first version, by its uploader, and
 * later each rejection, by its reviewer; one statement per instant and actor, in time order.
 */
export function evidenceWrites(rows: readonly EvidenceRow[]): { uploads: Array<EvidenceWrite<EvidenceInsert>>; rejections: Array<EvidenceWrite<EvidenceRow>> } {
  const uploaded = rows.map(({ sys_period: _period, written_by: _writer, ...row }): EvidenceInsert => ({ ...row, rejected_at: null, rejected_by: null, rejection_reason: null }));
  return {
    uploads: writesOf(uploaded, (r) => r.uploaded_at, (r) => r.uploaded_by),
    rejections: writesOf(
      rows.filter((row) => row.rejected_at !== null),
      (r) => r.rejected_at as string,
      (r) => r.rejected_by as string,
    ),
  };
}
