/**
 * The sign-off as the monthly report records it (SPEC §9): a month published while Long'an and
 * Nanning had confirmed and Bobai, Yulin and the region had not says so on the report, in the
 * workbook and in the PDF; a confirmation made after publication leaves the published record
 * alone (a revision records its own); the next report counts the corrections made after
 * confirmation of the month before; each caller sees the units of its own jurisdiction only.
 * Confirmations and corrections are entered directly: how they are made is tested in
 * monthly-certification.e2e-spec.ts, and their calendar windows lie in the past here.
 */
import ExcelJS from 'exceljs';
import { DivisionCode } from '@app/common';
import { lastEndedPeriod, reportPeriod } from '@app/reports';
import { ApiHarness } from '../support/api-harness';
import { backdate } from '../support/backdate';
import { eventually } from '../support/eventually';
import { readPdf } from '../support/pdf-reading';
import { createHousehold, createSite, householdInput, siteInput } from '../support/registry-fixtures';
import { WorkerHarness } from '../support/worker-harness';

const LAST = lastEndedPeriod();
const BEFORE = reportPeriod(LAST).previous;
const day = (period: string, d: number) => `${period}-${String(d).padStart(2, '0')}T12:00:00+08:00`;
const NAMES: Record<string, string> = { '450000': '广西壮族自治区', '450100': '南宁市', '450123': '隆安县', '450900': '玉林市', '450923': '博白县' };
const CONFIRMED_AT_PUBLICATION = ['450100', '450123'];
/** Corrections after confirmation of BEFORE, by county, entered before LAST is published. */
const CORRECTIONS: Record<string, number> = { '450123': 2, '450923': 1 };

const CERTIFICATIONS = `query($p: String!, $c: ID!) { monthlyReport(period: $p, divisionCode: $c) {
  certifications { divisionCode level unitName status certifiedBy correctionsOfPreviousMonth } } }`;

interface Recorded {
  divisionCode: string;
  level: string;
  unitName: string;
  status: string;
  certifiedBy: string | null;
  correctionsOfPreviousMonth: number;
}

/** What the report should say of each unit inside `within`, worked out from the fixture alone. */
function expected(within: string, confirmed: string[]): Recorded[] {
  const prefix = DivisionCode.parse(within).prefix;
  return Object.keys(NAMES)
    .filter((code) => code.startsWith(prefix))
    .sort()
    .map((code) => {
      const unit = DivisionCode.parse(code);
      const isConfirmed = confirmed.includes(code);
      return {
        divisionCode: code,
        level: unit.tier,
        unitName: NAMES[code],
        status: isConfirmed ? 'CERTIFIED' : 'NOT_CERTIFIED',
        certifiedBy: isConfirmed ? `staff-${code}` : null,
        correctionsOfPreviousMonth: Object.entries(CORRECTIONS).filter(([county]) => county.startsWith(unit.prefix)).reduce((sum, [, n]) => sum + n, 0),
      };
    });
}

describe('the sign-off recorded with the monthly report', () => {
  let api: ApiHarness;
  let worker: WorkerHarness;

  async function report(mutation: string, variables: Record<string, string>): Promise<void> {
    const started = await api.as('admin', mutation, variables);
    const id = (Object.values(started.data!)[0] as { id: string }).id;
    const status = await eventually(async () => {
      const run = (await api.as('admin', `query($id: ID!) { reportRun(id: $id) { status } }`, { id })).data?.reportRun;
      return run.status === 'COMPLETED' || run.status === 'FAILED' ? run.status : undefined;
    }, `report ${variables.p}`, 60_000);
    expect(status).toBe('COMPLETED');
  }
  const publish = (period: string) => report(`mutation($p: String!) { generateMonthlyReport(period: $p) { id } }`, { p: period });

  const confirm = (period: string, codes: string[]) =>
    api.db.query(
      `INSERT INTO month_certification (period, division_code, status, certified_by, certified_at)
       SELECT $1, code, 'CERTIFIED', 'staff-' || code, now() FROM unnest($2::text[]) AS code`,
      [period, codes],
    );

  async function download(user: string, path: string): Promise<Response> {
    return fetch(`${api.url}${path}`, { headers: { authorization: `Bearer ${await api.tokenFor(user)}` } });
  }

  async function workbookTitles(user: string, code: string): Promise<string[]> {
    const response = await download(user, `/reports/${LAST}/${code}.xlsx`);
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
    // Every sheet carries the line, printed with its titles.
    return workbook.worksheets.map((sheet) => [1, 2, 3, 4, 5].map((r) => String(sheet.getRow(r).getCell(1).value ?? '')).join('\n'));
  }

  async function pdfText(user: string, code: string): Promise<string> {
    const response = await download(user, `/reports/${LAST}/${code}.pdf`);
    expect(response.status).toBe(200);
    return (await readPdf(Buffer.from(await response.arrayBuffer()))).pages.join('\n').replace(/[ \t]+/g, '');
  }

  /** The line of a document's text that starts with `label`, or null. */
  const lineOf = (text: string, label: string): string | null => text.split('\n').find((line) => line.trim().startsWith(label))?.trim() ?? null;
  const UNCONFIRMED = '未确认本月数据的单位：';
  const CORRECTED = '上月数据确认后更正：';

  const recorded = async (user: string, code: string) => {
    const response = await api.as(user, CERTIFICATIONS, { p: LAST, c: code });
    expect(response.errors).toBeUndefined();
    return response.data!.monthlyReport.certifications as Recorded[];
  };

  beforeAll(async () => {
    api = await ApiHarness.start();
    worker = await WorkerHarness.start();
    await api.createUser('admin', 'REGION_ADMIN', '450000');
    await api.createUser('nanning', 'CITY_STAFF', '450100');
    await api.createUser('yulin', 'CITY_STAFF', '450900');
    await api.createUser('longan', 'COUNTY_STAFF', '450123');
    await api.createUser('bobai', 'COUNTY_STAFF', '450923');
    const sites = [(await createSite(api, 'admin', siteInput('450123', 'RC-L1'))).id, (await createSite(api, 'admin', siteInput('450923', 'RC-B1'))).id];
    const households = [
      (await createHousehold(api, 'admin', householdInput(sites[0], 'RC-H1', { movedIn: true }))).id,
      (await createHousehold(api, 'admin', householdInput(sites[1], 'RC-H2', { movedIn: true }))).id,
    ];
    await backdate(api, 'site', sites, day(BEFORE, 1));
    await backdate(api, 'household', households, day(BEFORE, 5));
    await publish(BEFORE);
    for (const [county, n] of Object.entries(CORRECTIONS)) {
      await api.db.query(
        `INSERT INTO certification_correction (period, county_code, household_id, actor) SELECT $1, $2, $3, 'fixture' FROM generate_series(1, $4)`,
        [BEFORE, county, households[0], n],
      );
    }
    // A correction of another month is not the previous month's.
    await api.db.query(`INSERT INTO certification_correction (period, county_code, household_id, actor) VALUES ($1, '450123', $2, 'fixture')`, [LAST, households[0]]);
    await confirm(LAST, CONFIRMED_AT_PUBLICATION);
    await publish(LAST);
  }, 180_000);

  afterAll(async () => {
    await worker.stop();
    await api.stop();
  });

  it('says on the report which units had confirmed the month at publication, and counts the previous month’s corrections after confirmation', async () => {
    expect(await recorded('admin', '450000')).toEqual(expected('450000', CONFIRMED_AT_PUBLICATION));
    expect(await recorded('admin', '450900')).toEqual(expected('450900', CONFIRMED_AT_PUBLICATION));
    // The month before had no confirmation at all, and nothing to count from its own previous month.
    const { data } = await api.as('admin', CERTIFICATIONS, { p: BEFORE, c: '450000' });
    expect(data!.monthlyReport.certifications).toEqual(expected('450000', []).map((unit) => ({ ...unit, correctionsOfPreviousMonth: 0 })));
  });

  it('names the units that had not confirmed on every sheet of the workbook and in the PDF, and not those that had', async () => {
    for (const titles of await workbookTitles('admin', '450000')) {
      expect(lineOf(titles, UNCONFIRMED)).toBe(`${UNCONFIRMED}广西壮族自治区、玉林市、博白县`);
      expect(lineOf(titles, CORRECTED)).toBe(`${CORRECTED}隆安县2处、博白县1处`);
    }
    const region = await pdfText('admin', '450000');
    expect(lineOf(region, UNCONFIRMED)).toBe(`${UNCONFIRMED}广西壮族自治区、玉林市、博白县`);
    expect(lineOf(region, CORRECTED)).toBe(`${CORRECTED}隆安县2处、博白县1处`);
    // Only the division's own units: Bobai's documents name Bobai, Nanning's and Long'an's nobody.
    for (const titles of await workbookTitles('bobai', '450923')) expect(lineOf(titles, UNCONFIRMED)).toBe(`${UNCONFIRMED}博白县`);
    expect(lineOf(await pdfText('bobai', '450923'), UNCONFIRMED)).toBe(`${UNCONFIRMED}博白县`);
    for (const titles of await workbookTitles('longan', '450123')) {
      expect(lineOf(titles, UNCONFIRMED)).toBeNull();
      expect(lineOf(titles, CORRECTED)).toBe(`${CORRECTED}隆安县2处`);
    }
    const nanning = await pdfText('nanning', '450100');
    expect(nanning).not.toContain('未确认');
    expect(lineOf(nanning, CORRECTED)).toBe(`${CORRECTED}隆安县2处`);
  });

  it('shows each caller the units of its jurisdiction only, and the report of another city not at all', async () => {
    expect(await recorded('nanning', '450100')).toEqual(expected('450100', CONFIRMED_AT_PUBLICATION));
    expect(await recorded('longan', '450123')).toEqual(expected('450123', CONFIRMED_AT_PUBLICATION));
    for (const [user, code] of [['yulin', '450100'], ['longan', '450923'], ['nanning', '450000'], ['bobai', '450900']]) {
      const response = await api.as(user, CERTIFICATIONS, { p: LAST, c: code });
      expect(response.data?.monthlyReport ?? null).toBeNull();
      expect(response.errors![0].extensions!.code).toBe('NOT_FOUND');
    }
  });

  it('keeps the published record when a unit confirms later; a revision records the month as it then stands', async () => {
    const before = await recorded('admin', '450000');
    const { rows: [{ count: rowsBefore }] } = await api.db.query(`SELECT count(*)::int FROM report_certification`);
    await confirm(LAST, ['450923']);
    expect(await recorded('admin', '450000')).toEqual(before);
    expect(lineOf(await pdfText('bobai', '450923'), UNCONFIRMED)).toBe(`${UNCONFIRMED}博白县`);
    expect((await api.db.query(`SELECT count(*)::int FROM report_certification`)).rows[0].count).toBe(rowsBefore);

    await report(`mutation($p: String!, $r: String!) { reviseMonthlyReport(period: $p, reason: $r) { id } }`, { p: LAST, r: '数据更正' });
    const revised = await recorded('admin', '450000');
    expect(revised).toEqual(expected('450000', [...CONFIRMED_AT_PUBLICATION, '450923']));
    for (const titles of await workbookTitles('admin', '450000')) {
      expect(lineOf(titles, UNCONFIRMED)).toBe(`${UNCONFIRMED}广西壮族自治区、玉林市`);
    }
    // The superseded snapshot keeps what it recorded.
    const { rows: kept } = await api.db.query(
      `SELECT c.status::text FROM report_certification c JOIN report_revision v ON v.superseded_run_id = c.snapshot_id WHERE v.period = $1 AND c.division_code = '450923'`,
      [LAST],
    );
    expect(kept).toEqual([{ status: 'NOT_CERTIFIED' }]);
  });
});
