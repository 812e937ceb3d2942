import ExcelJS from 'exceljs';
import { request } from 'node:http';
import { Client } from 'pg';
import { residentId } from '../test/support/resident-ids';
import { GraphQLClient } from './graphql-client';
import { samplePeakMemory } from './processes';
import { ensureBenchUser } from './users';

/** Issue 15's county file. */
export const IMPORT_HOUSEHOLDS = 5_000;
export const IMPORT_PERSONS = 22_000;
/** Of every five households, two list four members besides the head and three list three: 5,000 households hold 22,000 persons. */
const personsOf = (households: number) => 4 * households + fiveMemberHouseholds(households);
const fiveMemberHouseholds = (households: number) => Math.round((households * 2) / 5);

const CLERK = 'bench-county-clerk';
/** City files are imported by a region administrator: city staff review, they do not write records. */
const REGION_IMPORTER = 'bench-region-importer';
const IMPORTER_PASSWORD = 'bench-password-1';
/** Resident IDs of one birth day and gender take order codes 0–399 (three digits, two per code). */
const PER_DAY = 400;

export interface ImportMeasurement {
  /** The division the file is for: a county, or a city. */
  county: string;
  sites: number;
  households: number;
  persons: number;
  file_mb: number;
  /** Upload recorded → VALIDATED, as the database timed it (import_run.created_at → validated_at). */
  validation_seconds: number;
  /** POST /imports sent → VALIDATED seen by the client polling importRun every 250 ms. */
  validation_client_seconds: number;
  /** The commitImport request, sent → answered COMMITTED. */
  commit_seconds: number;
  /** Largest resident set of the worker while it validated the file, MB. */
  worker_peak_rss_mb: number;
}

type Row = Record<string, ExcelJS.CellValue>;

/** The day `days` after `iso` (YYYY-MM-DD). */
const dayAfter = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * A county register as a clerk fills it: households spread over the county's sites, each with its
 * head, a spouse and two or three children. Resident IDs carry a place code no generated person has
 * (459900 + the number of earlier runs), so neither the file nor the records hold them already.
 */
export function countyRegister(siteCodes: readonly string[], placeCode: string, count = IMPORT_HOUSEHOLDS): { households: Row[]; persons: Row[] } {
  const households: Row[] = [];
  const persons: Row[] = [];
  const fiveMembers = fiveMemberHouseholds(count);
  for (let i = 0; i < count; i++) {
    const code = `B${placeCode}-${String(i).padStart(5, '0')}`;
    const day = Math.floor(i / PER_DAY);
    const serial = i % PER_DAY;
    const children = i < fiveMembers ? 3 : 2;
    const headId = residentId(placeCode, dayAfter('1968-01-01', day), 'MALE', serial);
    households.push({
      安置点编码: siteCodes[i % siteCodes.length],
      户编码: code,
      户主姓名: `户主${i}`,
      户主身份证号: headId,
      户主民族: '壮族',
      搬迁户类型: '建档立卡贫困户',
      受益人口: 2 + children,
      劳动力人口: 2,
      搬迁年度: 2016 + (i % 5),
      迁出地类型: '石山地区/石漠化地区',
      '住房面积（㎡）': 60 + (i % 5) * 15,
      是否搬迁入住: '是',
      搬迁入住日期: new Date(Date.UTC(2019, 4, 1)),
    });
    persons.push({ 户编码: code, 姓名: `户主${i}`, 身份证号: headId, 与户主关系: '户主', 民族: '壮族', 文化程度: '初中', 就业情况: '县内务工' });
    persons.push({ 户编码: code, 姓名: `配偶${i}`, 身份证号: residentId(placeCode, dayAfter('1970-01-01', day), 'FEMALE', serial), 与户主关系: '配偶', 民族: '壮族', 就业情况: '县内务工' });
    for (let c = 0; c < children; c++) {
      const id = residentId(placeCode, dayAfter(`${1996 + 4 * c}-01-01`, day), c % 2 === 0 ? 'MALE' : 'FEMALE', serial);
      persons.push({ 户编码: code, 姓名: `子女${i}-${c + 1}`, 身份证号: id, 与户主关系: '子女', 民族: '壮族' });
    }
  }
  return { households, persons };
}

/** The template as served, filled under its headers (whatever their order), nothing else touched. */
export async function fillTemplate(template: ArrayBuffer, sheets: Record<string, Row[]>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(template);
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = workbook.getWorksheet(name);
    if (!sheet) throw new Error(`the template has no sheet ${name}`);
    const headers = (sheet.getRow(1).values as unknown[]).map((header) => String(header ?? '').replace(/^\*/, ''));
    const columns = Object.keys(rows[0]).map((header) => {
      const column = headers.indexOf(header);
      if (column < 1) throw new Error(`the template's ${name} has no column ${header}`);
      return [header, column] as const;
    });
    rows.forEach((row, i) => {
      const sheetRow = sheet.getRow(i + 2);
      for (const [header, column] of columns) if (row[header] !== undefined) sheetRow.getCell(column).value = row[header];
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * A GraphQL request without a deadline: fetch (undici) gives up on a response after 300 s, and a
 * county's commit has taken longer than that on a loaded machine.
 */
function graphqlWithoutDeadline<T>(apiUrl: string, authorization: string, query: string, variables: Record<string, unknown>): Promise<T> {
  return new Promise((resolve, reject) => {
    const call = request(`${apiUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk)).on('error', reject).on('end', () => {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { data?: T; errors?: unknown[] };
        if (body.errors?.length || !body.data) reject(new Error(`GraphQL error: ${JSON.stringify(body.errors ?? body)}`));
        else resolve(body.data);
      });
    });
    call.on('error', reject);
    call.end(JSON.stringify({ query, variables }));
  });
}

/** What a file holds and who uploads it: households spread over the division's sites. */
export interface ImportScope {
  division: string;
  siteCodes: string[];
  households: number;
  importer: { username: string; role: 'COUNTY_STAFF' | 'REGION_ADMIN'; jurisdiction: string };
}

/** Issue 15's county file: 5,000 households over the sites of the county with the most sites, uploaded by its clerk. */
async function largestCountyScope(db: Client): Promise<ImportScope> {
  const { rows } = await db.query<{ county: string; site_codes: string[] }>(
    `SELECT county_code AS county, array_agg(code ORDER BY code) AS site_codes FROM site GROUP BY county_code ORDER BY count(*) DESC, county_code LIMIT 1`,
  );
  const county = rows[0].county;
  return { division: county, siteCodes: rows[0].site_codes, households: IMPORT_HOUSEHOLDS, importer: { username: CLERK, role: 'COUNTY_STAFF', jurisdiction: county } };
}

/**
 * One file per city holding as many households as the city has in the data set, so the fourteen
 * cities' files together are a data set of its scale, uploaded by a region administrator. A city
 * past the row limit of a file (IMPORT_MAX_ROWS, 200,000 by default) is sent in parts by its sites,
 * as the refusal tells a clerk to do (请按乡镇或安置点拆分).
 */
async function cityScopes(db: Client, maxRows = 200_000): Promise<ImportScope[]> {
  const { rows } = await db.query<{ city: string; site_codes: string[]; households: number }>(
    `SELECT s.city_code AS city, array_agg(s.code ORDER BY s.code) AS site_codes,
       (SELECT count(*)::int FROM household h JOIN site hs ON hs.id = h.site_id WHERE hs.city_code = s.city_code AND h.code NOT LIKE 'B%') AS households
     FROM site s GROUP BY s.city_code ORDER BY s.city_code`,
  );
  return rows.flatMap((row) => {
    const parts = Math.ceil((row.households + personsOf(row.households)) / maxRows);
    return Array.from({ length: parts }, (_, part) => {
      const sites = row.site_codes.filter((_, i) => i % parts === part);
      const households = Math.floor(row.households / parts) + (part < row.households % parts ? 1 : 0);
      const division = parts === 1 ? row.city : `${row.city} (${part + 1}/${parts})`;
      return { division, siteCodes: sites, households, importer: { username: REGION_IMPORTER, role: 'REGION_ADMIN' as const, jurisdiction: '450000' } };
    });
  });
}

async function runStatus(db: Client, id: string): Promise<{ status: string; seconds: number | null }> {
  const { rows } = await db.query<{ status: string; seconds: number | null }>(
    `SELECT status, extract(epoch FROM validated_at - created_at)::float8 AS seconds FROM import_run WHERE id = $1`,
    [id],
  );
  return rows[0];
}

async function firstProblems(db: Client, id: string): Promise<string> {
  const { rows } = await db.query(`SELECT * FROM import_problem WHERE run_id = $1 LIMIT 5`, [id]).catch(() => ({ rows: [] as unknown[] }));
  return JSON.stringify(rows);
}

/**
 * Issue 15's benchmark: a county clerk downloads the template, fills 5,000 households and 22,000
 * persons into it, uploads it over HTTP, waits for the worker to validate it and commits it.
 * The rows it commits stay in the bench database (a later run uses fresh codes and IDs).
 */
export async function measureImport(db: Client, apiUrl: string, workerPid: number, log: (line: string) => void): Promise<ImportMeasurement> {
  return importFile(db, apiUrl, workerPid, log, await largestCountyScope(db));
}

/** The fourteen city files of the data set, one after another (`--city-imports`). */
export async function measureCityImports(db: Client, apiUrl: string, workerPid: number, log: (line: string) => void): Promise<ImportMeasurement[]> {
  const measured: ImportMeasurement[] = [];
  for (const scope of await cityScopes(db)) measured.push(await importFile(db, apiUrl, workerPid, log, scope));
  return measured;
}

async function importFile(db: Client, apiUrl: string, workerPid: number, log: (line: string) => void, scope: ImportScope, timeoutSeconds = 900): Promise<ImportMeasurement> {
  const { division: county, siteCodes } = scope;
  await ensureBenchUser(db, scope.importer.username, IMPORTER_PASSWORD, scope.importer.role, scope.importer.jurisdiction);
  const gql = new GraphQLClient(apiUrl);
  await gql.login(scope.importer.username, IMPORTER_PASSWORD);
  const { rows: [{ runs }] } = await db.query<{ runs: number }>(`SELECT count(*)::int AS runs FROM import_run`);
  const placeCode = String(459900 + (runs % 100));

  const templateResponse = await fetch(`${apiUrl}/imports/templates/households.xlsx`, { headers: { authorization: gql.authorization } });
  if (!templateResponse.ok) throw new Error(`template: HTTP ${templateResponse.status}`);
  const register = countyRegister(siteCodes, placeCode, scope.households);
  const file = await fillTemplate(await templateResponse.arrayBuffer(), { 搬迁户: register.households, 搬迁人口: register.persons });
  log(`import file for ${county} (${siteCodes.length} sites): ${register.households.length} households, ${register.persons.length} persons, ${(file.length / 1048576).toFixed(1)} MB`);

  const memory = samplePeakMemory(workerPid);
  let id: string;
  let workerPeak: number;
  let validationClientSeconds: number;
  try {
    const started = Date.now();
    const form = new FormData();
    form.append('file', new Blob([file]), `${county}搬迁户花名册.xlsx`);
    const upload = await fetch(`${apiUrl}/imports`, { method: 'POST', headers: { authorization: gql.authorization }, body: form });
    const body = (await upload.json()) as { id?: string };
    if (upload.status !== 202 || !body.id) throw new Error(`upload refused: HTTP ${upload.status} ${JSON.stringify(body)}`);
    id = body.id;
    const deadline = Date.now() + timeoutSeconds * 1000;
    for (;;) {
      const { importRun } = await gql.request<{ importRun: { status: string; rowsDone: number } }>(`query($id: ID!) { importRun(id: $id) { status rowsDone } }`, { id });
      workerPeak = memory.peakMb();
      if (importRun.status === 'VALIDATED') break;
      if (importRun.status === 'FAILED') throw new Error(`the import failed validation: ${await firstProblems(db, id)}`);
      if (Date.now() > deadline) throw new Error(`the import was not validated after ${timeoutSeconds} s (${importRun.rowsDone} rows done)`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    validationClientSeconds = (Date.now() - started) / 1000;
  } finally {
    memory.stop();
  }
  const validated = await runStatus(db, id);

  const commitStarted = Date.now();
  log(`import validated in ${validated.seconds?.toFixed(1)} s, worker peak RSS ${workerPeak.toFixed(0)} MB; committing`);
  const { commitImport } = await graphqlWithoutDeadline<{ commitImport: { status: string } }>(apiUrl, gql.authorization, `mutation($id: ID!) { commitImport(id: $id) { status } }`, { id });
  const commitSeconds = (Date.now() - commitStarted) / 1000;
  if (commitImport.status !== 'COMMITTED') throw new Error(`commitImport answered ${commitImport.status}`);

  // What the commit wrote, counted apart from what the run says it wrote.
  const { rows: [written] } = await db.query<{ households: number; persons: number }>(
    `SELECT count(DISTINCT h.id)::int AS households, count(p.id)::int AS persons
     FROM household h LEFT JOIN person p ON p.household_id = h.id WHERE h.code LIKE $1`,
    [`B${placeCode}-%`],
  );
  if (written.households !== scope.households || written.persons !== personsOf(scope.households)) {
    throw new Error(`the commit wrote ${written.households} households and ${written.persons} persons, not ${scope.households} and ${personsOf(scope.households)}`);
  }
  log(`import committed in ${commitSeconds.toFixed(1)} s: ${written.households} households, ${written.persons} persons`);
  return {
    county,
    sites: siteCodes.length,
    households: written.households,
    persons: written.persons,
    file_mb: file.length / 1048576,
    validation_seconds: validated.seconds ?? validationClientSeconds,
    validation_client_seconds: validationClientSeconds,
    commit_seconds: commitSeconds,
    worker_peak_rss_mb: workerPeak,
  };
}
