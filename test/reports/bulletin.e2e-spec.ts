/**
 * The month's printed documents: after a month is published the worker builds the PDF bulletin
 * and the workbook of the region, each city and each county; downloads read them back against
 * the report rows (names, ranks, numbers, print settings); out-of-scope and unpublished months
 * are NOT_FOUND; racing builds leave one file; a lost file is built again on demand.
 */
import ExcelJS from 'exceljs';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { BulletinFiles, BulletinFormat, BulletinPublisher } from '@app/bulletin';
import { lastEndedPeriod, reportPeriod } from '@app/reports';
import { ApiHarness } from '../support/api-harness';
import { backdate } from '../support/backdate';
import { uploadApprovalForms } from '../support/evidence-files';
import { eventually } from '../support/eventually';
import { readPdf, squeeze } from '../support/pdf-reading';
import { createHousehold, createSite, householdInput, siteInput } from '../support/registry-fixtures';
import { WorkerHarness } from '../support/worker-harness';

const LAST = lastEndedPeriod();
const BEFORE = reportPeriod(LAST).previous;
const day = (period: string, d: number) => `${period}-${String(d).padStart(2, '0')}T12:00:00+08:00`;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const [YEAR, MONTH] = LAST.split('-').map(Number);
const MONTH_ZH = `${YEAR}年${MONTH}月`;

interface Row {
  unitCode: string;
  unitName: string;
  level: string;
  indicator: string;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  rankInParent: number | null;
  rankInRegion: number | null;
  changeFromPreviousMonth: number | null;
}

describe('monthly bulletins and workbooks', () => {
  let api: ApiHarness;
  let worker: WorkerHarness;
  const site: Record<string, string> = {};
  const storeDir = () => join(`${api.evidenceDir}-bulletins`, LAST);

  async function report(period: string): Promise<void> {
    const started = await api.as('admin', `mutation($p: String!) { generateMonthlyReport(period: $p) { id } }`, { p: period });
    const id = started.data!.generateMonthlyReport.id;
    await eventually(async () => {
      const run = (await api.as('admin', `query($id: ID!) { reportRun(id: $id) { status } }`, { id })).data?.reportRun;
      return run.status === 'COMPLETED' || run.status === 'FAILED' ? run.status : undefined;
    }, `report ${period}`, 60_000);
  }

  const rows = async (code: string, level: string, indicator: string): Promise<Row[]> =>
    (await api.as('admin', `query($p: String!, $c: ID!, $l: UnitLevel, $i: RankingKey) { monthlyReport(period: $p, divisionCode: $c) { rows(level: $l, indicator: $i) {
      unitCode unitName level indicator numerator denominator value rankInParent rankInRegion changeFromPreviousMonth } } }`, { p: LAST, c: code, l: level, i: indicator })).data!.monthlyReport.rows;

  async function download(user: string, path: string): Promise<Response> {
    return fetch(`${api.url}${path}`, { headers: { authorization: `Bearer ${await api.tokenFor(user)}` } });
  }

  const fileRows = async () => Number((await api.db.query(`SELECT count(*) FROM bulletin_file`)).rows[0].count);

  beforeAll(async () => {
    api = await ApiHarness.start();
    worker = await WorkerHarness.start();
    await api.createUser('admin', 'REGION_ADMIN', '450000');
    await api.createUser('longan', 'COUNTY_STAFF', '450123');
    await api.createUser('nanning', 'CITY_STAFF', '450100');
    site.L1 = (await createSite(api, 'admin', siteInput('450123', 'B-L1'))).id;
    site.L2 = (await createSite(api, 'admin', siteInput('450123', 'B-L2'))).id;
    site.L3 = (await createSite(api, 'admin', siteInput('450123', 'B-L3'))).id; // never a household: no data
    site.B1 = (await createSite(api, 'admin', siteInput('450923', 'B-B1'))).id;
    site.D1 = (await createSite(api, 'admin', siteInput('451228', 'B-D1'))).id;
    const h = (siteId: string, code: string, beneficiaryCount: number, movedIn: boolean, housingArea: number) =>
      createHousehold(api, 'admin', householdInput(siteId, code, { beneficiaryCount, laborCount: 0, movedIn, housingArea, selfFunding: 0 })).then((x) => x.id);
    const early = [await h(site.L1, 'B-H1', 2, true, 40), await h(site.L2, 'B-H3', 1, true, 30), await h(site.B1, 'B-H5', 3, true, 60), await h(site.D1, 'B-H6', 2, false, 40)];
    const late = [await h(site.L1, 'B-H2', 2, false, 40)]; // arrives in the last month, not yet moved in: the move-in rate falls
    await backdate(api, 'site', Object.values(site), day(BEFORE, 1));
    await backdate(api, 'household', early, day(BEFORE, 10));
    await backdate(api, 'household', late, day(LAST, 5));
    await backdate(api, 'evidence', await uploadApprovalForms(api, 'admin', early), day(BEFORE, 10));
    await backdate(api, 'evidence', await uploadApprovalForms(api, 'admin', late), day(LAST, 5));
    await report(BEFORE);
    // Every unit confirmed the month, so the sheets open with their usual title lines (the
    // unconfirmed units' line is tested in test/evaluation/report-certification.e2e-spec.ts).
    await api.db.query(
      `INSERT INTO month_certification (period, division_code, status, certified_by, certified_at)
       SELECT $1, code, 'CERTIFIED', 'fixture', now() FROM division WHERE level <> 'SITE'`,
      [LAST],
    );
    await report(LAST);
  }, 180_000);

  afterAll(async () => {
    await worker.stop();
    await api.stop();
  });

  it('links both files from the report', async () => {
    const response = await api.as('longan', `query($p: String!) { monthlyReport(period: $p, divisionCode: "450123") { excelUrl pdfUrl } }`, { p: LAST });
    expect(response.data!.monthlyReport).toEqual({ excelUrl: `/reports/${LAST}/450123.xlsx`, pdfUrl: `/reports/${LAST}/450123.pdf` });
  });

  it('has the worker build the region’s, each city’s and each county’s bulletin and workbook once the month is published', async () => {
    const expected = ['450000', '450100', '450123', '450900', '450923', '451200', '451228'];
    const built = await eventually(async () => {
      const { rows: files } = await api.db.query(
        `SELECT f.division_code, f.format, f.snapshot_id = m.run_id AS current FROM bulletin_file f JOIN monthly_report m ON m.period = f.period WHERE f.period = $1 ORDER BY 1, 2`,
        [LAST],
      );
      return files.length === expected.length * 2 ? files : undefined;
    }, 'the bulletins of the month', 60_000);
    expect(built).toEqual(expected.flatMap((code) => ['PDF', 'XLSX'].map((format) => ({ division_code: code, format, current: true }))));
    expect((await readdir(storeDir())).filter((name) => !name.endsWith('.partial'))).toHaveLength(expected.length * 2);
  });

  it('serves a county its bulletin: masthead, headline figures with counts and rank, its sites ranked by name and code, its red-line households', async () => {
    const response = await download('longan', `/reports/${LAST}/450123.pdf`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const pdf = await readPdf(Buffer.from(await response.arrayBuffer()));
    const text = squeeze(pdf.pages.join('\n'));
    const flat = text.replace(/\s+/g, '');
    expect(text).toContain(`隆安县 ${MONTH_ZH}`);
    expect(text).toMatch(new RegExp(`数据截至 ${YEAR}年${MONTH}月\\d+日24时`));
    pdf.pages.forEach((page, i) => expect(page.replace(/\s+/g, '')).toContain(`第${i + 1}页共${pdf.pages.length}页`));

    const [own] = await rows('450123', 'COUNTY', 'MOVE_IN_RATE');
    const percent = `${(own.value! * 100).toFixed(1)}%`;
    const change = own.changeFromPreviousMonth!;
    expect(change).not.toBe(0);
    expect(flat).toContain(
      `全县搬迁入住率${percent}，较上月${change > 0 ? '提高' : '下降'}${Math.abs(change * 100).toFixed(1)}个百分点，在全区3个县（市、区）中排第${own.rankInRegion}位。`,
    );
    expect(flat).toContain(`已搬迁入住户的经认定受益人口${own.numerator}`);

    const composite = await rows('450123', 'SITE', 'COMPOSITE');
    expect(composite).toHaveLength(3);
    for (const row of composite) {
      const code = row.unitName.split(' ')[0];
      expect(flat).toContain(`${row.rankInParent}${row.unitName.replace(/\s+/g, '')}（${code}）${(row.value! * 100).toFixed(1)}`);
    }
    const moveIn = await rows('450123', 'SITE', 'MOVE_IN_RATE');
    for (const row of moveIn.filter((r) => r.value !== null)) {
      const name = row.unitName.replace(/\s+/g, '');
      expect(flat).toContain(`${row.rankInParent}${name}（${row.unitName.split(' ')[0]}）${row.numerator}/${row.denominator}${(row.value! * 100).toFixed(1)}%`);
    }
    // 30 ㎡ for one person crosses the housing-area red line at the month's end.
    expect(flat).toContain('B-L2安置点（B-L2）B-H3韦建国人均住房面积超标30/限25㎡/人');
    expect(flat).toContain('B-L3安置点（B-L3）（尚无搬迁户数据）');
    expect(text).not.toMatch(UUID);
  });

  it('serves the region its bulletin with the cities ranked and the region’s own figures', async () => {
    const response = await download('admin', `/reports/${LAST}/450000.pdf`);
    expect(response.status).toBe(200);
    const text = squeeze((await readPdf(Buffer.from(await response.arrayBuffer()))).pages.join('\n'));
    const flat = text.replace(/\s+/g, '');
    const [region] = await rows('450000', 'REGION', 'MOVE_IN_RATE');
    expect(flat).toContain(`全区搬迁入住率${(region.value! * 100).toFixed(1)}%`);
    for (const city of await rows('450000', 'CITY', 'COMPOSITE')) expect(flat).toContain(`${city.rankInParent}${city.unitName}${(city.value! * 100).toFixed(1)}`);
    expect(text).toContain('二、综合排名（设区市）');
  });

  it('serves the workbook: summary, indicators in long form, definitions; A4 landscape fitted to width with titles repeated; figures as in the report', async () => {
    const response = await download('admin', `/reports/${LAST}/450000.xlsx`);
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
    expect(workbook.worksheets[0].name).toBe('综合排名');
    expect(workbook.worksheets.at(-1)!.name).toBe('指标说明');
    for (const sheet of workbook.worksheets) {
      expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, printTitlesRow: '1:3' });
      expect(String(sheet.getCell('A1').value)).toContain(`广西壮族自治区 ${MONTH_ZH} 易地扶贫搬迁进度月报`);
      sheet.eachRow((row) => row.eachCell((cell) => expect(String(cell.value)).not.toMatch(UUID)));
    }
    const sheet = workbook.getWorksheet('搬迁入住率')!;
    const cell = (r: number, c: number) => sheet.getRow(r).getCell(c).value ?? null;
    const byName = new Map(Array.from({ length: sheet.rowCount - 3 }, (_, i) => [String(cell(i + 4, 2)), i + 4]));
    const counties = new Map((await rows('450000', 'COUNTY', 'MOVE_IN_RATE')).map((r) => [r.unitCode, r.unitName]));
    for (const row of await rows('450000', 'SITE', 'MOVE_IN_RATE')) {
      const r = byName.get(row.unitName)!;
      expect(r).toBeDefined();
      expect(cell(r, 3)).toBe(row.unitName.split(' ')[0]);
      expect(cell(r, 4)).toBe(counties.get(row.unitCode) ?? (await parentName(row.unitCode)));
      expect([cell(r, 5), cell(r, 6), cell(r, 7), cell(r, 8), cell(r, 9)]).toEqual([row.numerator, row.denominator, row.value, row.rankInParent, row.rankInRegion]);
      expect(cell(r, 10)).toEqual(row.changeFromPreviousMonth === null ? null : Math.round(row.changeFromPreviousMonth * 1000) / 10);
    }
    expect(sheet.getRow(3).getCell(5).value).toBe('已搬迁入住户的经认定受益人口');
    expect(sheet.getRow(3).getCell(10).value).toBe('较上月（百分点）');
  });

  async function parentName(siteId: string): Promise<string> {
    const { rows: found } = await api.db.query(`SELECT d.name FROM site s JOIN division d ON d.code = s.county_code WHERE s.id = $1`, [siteId]);
    return found[0].name;
  }

  it('is NOT_FOUND outside the caller’s scope and for a month not published, BAD_USER_INPUT for a malformed request, and writes nothing', async () => {
    const before = await fileRows();
    for (const path of [`/reports/${LAST}/450000.pdf`, `/reports/${LAST}/450923.xlsx`, `/reports/${LAST}/450100.pdf`]) {
      const response = await download('longan', path);
      expect(response.status).toBe(404);
      expect(((await response.json()) as { code: string }).code).toBe('NOT_FOUND');
    }
    expect((await download('nanning', `/reports/${LAST}/450900.pdf`)).status).toBe(404);
    expect((await download('nanning', `/reports/${LAST}/450123.pdf`)).status).toBe(200);
    const unpublished = await download('admin', '/reports/2020-01/450000.pdf');
    expect(unpublished.status).toBe(404);
    expect(((await unpublished.json()) as { message: string }).message).toMatch(/2020-01.*not been published/);
    expect((await download('admin', `/reports/${LAST}/999999.pdf`)).status).toBe(404);
    expect((await download('admin', '/reports/2026-13/450000.pdf')).status).toBe(400);
    expect((await download('admin', `/reports/${LAST}/450000.doc`)).status).toBe(400);
    expect((await fetch(`${api.url}/reports/${LAST}/450000.pdf`)).status).toBe(401);
    expect(await fileRows()).toBe(before);
  });

  it('builds a file once when downloads and a worker race for it', async () => {
    const key = [LAST, '450923', 'PDF'];
    const { rows: old } = await api.db.query(`DELETE FROM bulletin_file WHERE period = $1 AND division_code = $2 AND format = $3 RETURNING storage_key`, key);
    await rm(join(`${api.evidenceDir}-bulletins`, old[0].storage_key));
    const filesBefore = (await readdir(storeDir())).length;
    const [first, second] = await Promise.all([
      download('admin', `/reports/${LAST}/450923.pdf`),
      download('admin', `/reports/${LAST}/450923.pdf`),
      worker.get(BulletinPublisher).build(LAST, '450923'),
      worker.get(BulletinFiles).obtain(LAST, '450923', BulletinFormat.PDF),
    ]);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(first.headers.get('etag')).toBe(second.headers.get('etag'));
    expect(Buffer.compare(Buffer.from(await first.arrayBuffer()), Buffer.from(await second.arrayBuffer()))).toBe(0);
    const { rows: built } = await api.db.query(`SELECT storage_key FROM bulletin_file WHERE period = $1 AND division_code = $2 AND format = $3`, key);
    expect(built).toHaveLength(1);
    expect((await readdir(storeDir())).length).toBe(filesBefore + 1);
  });

  it('builds a lost file again when it is asked for', async () => {
    const { rows: [lost] } = await api.db.query<{ storage_key: string }>(`SELECT storage_key FROM bulletin_file WHERE period = $1 AND division_code = '451228' AND format = 'XLSX'`, [LAST]);
    await rm(join(`${api.evidenceDir}-bulletins`, lost.storage_key));
    const response = await download('admin', `/reports/${LAST}/451228.xlsx`);
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
    expect(String(workbook.worksheets[0].getCell('A1').value)).toContain('都安瑶族自治县');
    const { rows: now } = await api.db.query<{ storage_key: string }>(`SELECT storage_key FROM bulletin_file WHERE period = $1 AND division_code = '451228' AND format = 'XLSX'`, [LAST]);
    expect(now).toHaveLength(1);
    expect(now[0].storage_key).not.toBe(lost.storage_key);
  });
});
