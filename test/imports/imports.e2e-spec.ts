/**
 * Imports end to end (issue 15): a clerk downloads the template, fills it, uploads it, the worker
 * validates it, the clerk reads the preview or the problems and commits; every refused file or
 * commit writes nothing. Real PostgreSQL, Redis and the worker, through HTTP.
 */
import ExcelJS from 'exceljs';
import { ApiHarness } from '../support/api-harness';
import { createSite, siteInput } from '../support/registry-fixtures';
import { residentId } from '../support/resident-ids';
import { WorkerHarness } from '../support/worker-harness';
import { commitImport, downloadTemplate, fillTemplate, householdRow, loadWorkbook, importRunCount, SheetRow, uploadAndSettle, uploadImport } from './import-files';

const head = (n: number) => residentId('450123', '1970-05-01', 'MALE', n);
const member = (n: number) => residentId('450123', '2001-09-10', 'FEMALE', n);

function household(siteCode: string, code: string, n: number, extra: SheetRow = {}): SheetRow {
  return householdRow(siteCode, code, head(n), { 户主姓名: `户主${n}`, 是否搬迁入住: '是', 搬迁入住日期: new Date(Date.UTC(2019, 4, 1)), ...extra });
}

function person(householdCode: string, n: number, extra: SheetRow = {}): SheetRow {
  return { 户编码: householdCode, 姓名: `成员${n}`, 身份证号: member(n), 与户主关系: '子女', 民族: '壮族', 就业情况: '县内务工', ...extra };
}

describe('imports of household spreadsheets', () => {
  let api: ApiHarness;
  let worker: WorkerHarness;
  let template: Buffer;

  beforeAll(async () => {
    api = await ApiHarness.start({ IMPORT_MAX_BYTES: String(512 * 1024), IMPORT_MAX_ROWS: '40' });
    for (const [name, role, jurisdiction] of [
      ['admin', 'REGION_ADMIN', '450000'],
      ['nanning', 'CITY_STAFF', '450100'],
      ['longan', 'COUNTY_STAFF', '450123'],
      ['bobai', 'COUNTY_STAFF', '450923'],
    ]) {
      await api.createUser(name, role, jurisdiction);
    }
    await createSite(api, 'longan', siteInput('450123', 'LA-IMP-1'));
    const siteB = await createSite(api, 'longan', siteInput('450123', 'LA-IMP-2'));
    await createSite(api, 'bobai', siteInput('450923', 'BB-IMP-1'));
    await api.createUser('siteclerk', 'SITE_STAFF', siteB.id);
    worker = await WorkerHarness.start();
    const response = await downloadTemplate(api, 'longan');
    expect(response.status).toBe(200);
    template = response.bytes;
  });
  afterAll(async () => {
    await worker.stop();
    await api.stop();
  });

  const storedRows = async (runId: string) => Number((await api.db.query(`SELECT count(*) AS n FROM import_row WHERE run_id = $1`, [runId])).rows[0].n);

  it('serves the template as a workbook with the sheets and headers a clerk fills in', async () => {
    const response = await downloadTemplate(api, 'nanning');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers.get('content-disposition')).toContain("filename*=UTF-8''");
    const workbook = await loadWorkbook(response.bytes);
    expect(workbook.worksheets.filter((s) => s.state === 'visible').map((s) => s.name)).toEqual(['搬迁户', '搬迁人口', '填写说明']);
    const headers = workbook.getWorksheet('搬迁户')!.getRow(1).values as string[];
    expect(headers).toEqual(expect.arrayContaining(['*安置点编码', '*户编码', '*户主身份证号', '*受益人口', '劳动力人口', '是否已复垦复绿']));
    expect(workbook.getWorksheet('搬迁人口')!.getRow(1).values).toEqual(expect.arrayContaining(['*户编码', '*身份证号', '*与户主关系', '就业情况']));
  });

  it('validates a filled template, previews it without writing, and commits every row as the importer', async () => {
    const before = await api.recordCounts();
    const file = await fillTemplate(template, {
      搬迁户: [household('LA-IMP-1', 'IMP-A-1', 1), household('LA-IMP-1', 'IMP-A-2', 2, { 劳动力人口: null, 是否搬迁入住: '否', 搬迁入住日期: null })],
      搬迁人口: [
        person('IMP-A-1', 1),
        person('IMP-A-1', 2, { 与户主关系: '配偶', 性别: '女', 出生日期: '2001/9/10' }),
        { 户编码: 'IMP-A-1', 姓名: '户主1', 身份证号: head(1), 与户主关系: '户主', 民族: '壮族', 文化程度: '初中' },
        person('IMP-A-2', 3),
      ],
    });
    const run = await uploadAndSettle(api, 'longan', file);
    expect(run).toMatchObject({ status: 'VALIDATED', rowsTotal: 6, rowsDone: 6, rowsValid: 6, problems: [], importedBy: 'longan', fileName: '隆安县搬迁户.xlsx' });
    expect(run.preview).toEqual({ householdsCreated: 2, householdsUpdated: 0, personsCreated: 4, personsUpdated: 0 });
    expect(await api.recordCounts()).toEqual(before); // validated, not written

    const committed = await commitImport(api, 'longan', run.id);
    expect(committed.errors).toBeUndefined();
    expect(committed.data?.commitImport.status).toBe('COMMITTED');
    const after = await api.recordCounts();
    expect(after.household - before.household).toBe(2);
    // Two heads created with their households, three other members.
    expect(after.person - before.person).toBe(5);

    const { rows } = await api.db.query(
      `SELECT h.code, h.labor_count, h.moved_in, h.moved_in_on::text, (SELECT count(*)::int FROM person p WHERE p.household_id = h.id) AS members,
              (SELECT education FROM person p WHERE p.household_id = h.id AND p.relation = 'HEAD') AS head_education
       FROM household h WHERE h.code LIKE 'IMP-A-%' ORDER BY h.code`,
    );
    expect(rows).toEqual([
      { code: 'IMP-A-1', labor_count: 2, moved_in: true, moved_in_on: '2019-05-01', members: 3, head_education: 'JUNIOR_MIDDLE' },
      { code: 'IMP-A-2', labor_count: 0, moved_in: false, moved_in_on: null, members: 2, head_education: null },
    ]);
    // History names the importer as the author of every record the import wrote.
    const authors = await api.db.query(
      `SELECT DISTINCT written_by FROM household WHERE code LIKE 'IMP-A-%'
       UNION SELECT DISTINCT p.written_by FROM person p JOIN household h ON h.id = p.household_id WHERE h.code LIKE 'IMP-A-%'`,
    );
    expect(authors.rows).toEqual([{ written_by: 'longan' }]);

    // A committed import cannot be committed again.
    const again = await commitImport(api, 'longan', run.id);
    expect(again.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await api.recordCounts()).toEqual(after);
  });

  it('updates a household whose code is already in that site, and says so in the preview', async () => {
    const file = await fillTemplate(template, { 搬迁户: [household('LA-IMP-1', 'IMP-A-1', 1, { '住房面积（㎡）': 90 })] });
    const run = await uploadAndSettle(api, 'longan', file);
    expect(run.status).toBe('VALIDATED');
    expect(run.preview).toEqual({ householdsCreated: 0, householdsUpdated: 1, personsCreated: 0, personsUpdated: 0 });
    const before = await api.recordCounts();
    expect((await commitImport(api, 'longan', run.id)).data?.commitImport.status).toBe('COMMITTED');
    // 90 ㎡ for 3 beneficiaries is over the per-person housing red line: the registry's write hook
    // opens a violation exactly as updateHousehold would, and nothing else is added.
    expect(await api.recordCounts()).toEqual({ ...before, redline_violation: before.redline_violation + 1 });
    const { rows } = await api.db.query(
      `SELECT h.housing_area::float AS area, h.written_by, v.rule, v.detected_by FROM household h JOIN redline_violation v ON v.household_id = h.id WHERE h.code = 'IMP-A-1'`,
    );
    expect(rows).toEqual([{ area: 90, written_by: 'longan', rule: expect.any(String), detected_by: 'longan' }]);
  });

  it('lists every bad cell with its row, column and a Chinese reason, and writes nothing', async () => {
    const before = await api.recordCounts();
    const badId = head(20).slice(0, 17) + (head(20).endsWith('0') ? '1' : '0');
    const file = await fillTemplate(template, {
      搬迁户: [
        household('LA-IMP-1', 'IMP-B-1', 21, { 户主身份证号: badId }),
        household('LA-IMP-1', 'IMP-B-2', 22, { 劳动力人口: 5 }),
        household('LA-IMP-1', 'IMP-B-2', 23),
        household('NO-SUCH-SITE', 'IMP-B-4', 24),
        household('LA-IMP-1', 'IMP-B-5', 25, { 搬迁户类型: '贫困', 搬迁入住日期: '2019-13-01', 搬迁年度: 2025 }),
        household('LA-IMP-1', 'IMP-B-6', 26, { 受益人口: { formula: '1+2', result: 3 } }),
        household('LA-IMP-1', 'IMP-A-1', 1), // fine on its own: the file is refused as a whole
      ],
      搬迁人口: [person('IMP-B-6', 30, { 性别: '男' }), person('IMP-NONE', 31), person('IMP-B-6', 1)],
    });
    const run = await uploadAndSettle(api, 'longan', file);
    expect(run.status).toBe('FAILED');
    const problems = run.problems.map((p: { sheet: string; row: number; column: string }) => `${p.sheet}!${p.row}:${p.column}`);
    expect(problems).toEqual(
      expect.arrayContaining([
        '搬迁户!2:户主身份证号',
        '搬迁户!3:劳动力人口',
        '搬迁户!4:户编码',
        '搬迁户!5:安置点编码',
        '搬迁户!6:搬迁户类型',
        '搬迁户!6:搬迁入住日期',
        '搬迁户!6:搬迁年度',
        '搬迁户!7:受益人口',
        '搬迁人口!2:身份证号',
        '搬迁人口!3:户编码',
      ]),
    );
    const reasonOf = (key: string) => run.problems.find((p: { sheet: string; row: number; column: string }) => `${p.sheet}!${p.row}:${p.column}` === key)?.reason;
    expect(reasonOf('搬迁户!2:户主身份证号')).toBe('身份证号校验位不正确，请核对');
    expect(reasonOf('搬迁户!3:劳动力人口')).toBe('劳动力人口不得超过受益人口');
    expect(reasonOf('搬迁户!4:户编码')).toBe('户编码与“搬迁户”第 3 行重复');
    expect(reasonOf('搬迁户!7:受益人口')).toContain('公式');
    expect(reasonOf('搬迁人口!2:身份证号')).toBe('与身份证号中的性别不一致');
    expect(run.rowsValid).toBeLessThan(run.rowsTotal);
    expect(await api.recordCounts()).toEqual(before);
    // Rows that passed their own checks were stored as the file streamed past; a failed run keeps none.
    expect(await storedRows(run.id)).toBe(0);

    const refused = await commitImport(api, 'longan', run.id);
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await api.recordCounts()).toEqual(before);
  });

  it('sends a refused file back with the problem cells marked, which the clerk fixes and imports again', async () => {
    const before = await api.recordCounts();
    const file = await fillTemplate(template, {
      搬迁户: [household('LA-IMP-1', 'IMP-R-1', 90), household('LA-IMP-1', 'IMP-R-2', 91, { 劳动力人口: 9 })],
      搬迁人口: [person('IMP-R-1', 90, { 与户主关系: '孙子' })],
    });
    const refused = await uploadAndSettle(api, 'longan', file);
    expect(refused.status).toBe('FAILED');
    expect(refused.problems).toHaveLength(2);

    const response = await fetch(`${api.url}/imports/${refused.id}/problems.xlsx`, { headers: { authorization: `Bearer ${await api.tokenFor('longan')}` } });
    expect(response.status).toBe(200);
    const returned = await loadWorkbook(Buffer.from(await response.arrayBuffer()));
    expect(returned.worksheets.map((sheet) => sheet.name)).toEqual(['问题汇总', '搬迁户', '搬迁人口']);
    expect(returned.getWorksheet('问题汇总')!.rowCount).toBe(3);
    const households = returned.getWorksheet('搬迁户')!;
    const headers = (households.getRow(1).values as string[]).map((h) => String(h ?? '').replace(/^\*/, ''));
    const reasonColumn = headers.indexOf('问题说明');
    const laborColumn = headers.indexOf('劳动力人口');
    expect(households.getRow(3).getCell(reasonColumn).value).toBe('劳动力人口：劳动力人口不得超过受益人口');
    expect(households.getRow(3).getCell(laborColumn).fill).toMatchObject({ type: 'pattern', fgColor: { argb: 'FFFFC7CE' } });
    expect(households.getRow(2).getCell(reasonColumn).value).toBeNull();
    expect(String(households.getRow(2).getCell(headers.indexOf('户主身份证号')).value)).toBe(head(90));
    const persons = returned.getWorksheet('搬迁人口')!;
    const personHeaders = (persons.getRow(1).values as string[]).map((h) => String(h ?? '').replace(/^\*/, ''));
    expect(String(persons.getRow(2).getCell(personHeaders.indexOf('问题说明')).value)).toContain('与户主关系');

    // A reviewer who may not see resident IDs in full does not get the file back.
    const forCity = await fetch(`${api.url}/imports/${refused.id}/problems.xlsx`, { headers: { authorization: `Bearer ${await api.tokenFor('nanning')}` } });
    expect(forCity.status).toBe(403);
    expect((await fetch(`${api.url}/imports/${refused.id}/problems.xlsx`, { headers: { authorization: `Bearer ${await api.tokenFor('bobai')}` } })).status).toBe(404);

    households.getRow(3).getCell(laborColumn).value = 2;
    persons.getRow(2).getCell(personHeaders.indexOf('与户主关系')).value = '孙子女';
    const fixed = await uploadAndSettle(api, 'longan', Buffer.from(await returned.xlsx.writeBuffer()), '修改后.xlsx');
    expect(fixed).toMatchObject({ status: 'VALIDATED', problems: [], rowsTotal: 3 });
    expect(await api.recordCounts()).toEqual(before);
    expect((await commitImport(api, 'longan', fixed.id)).data?.commitImport.status).toBe('COMMITTED');
    const after = await api.recordCounts();
    expect(after.household - before.household).toBe(2);
    expect(after.person - before.person).toBe(3);
  });

  it('reads a CSV saved from Excel (UTF-8 with BOM) as a household sheet', async () => {
    const header = ['*安置点编码', '户编码', '户主姓名', '户主身份证号', '户主民族', '搬迁户类型', '受益人口', '搬迁年度', '迁出地类型', '住房面积（㎡）'];
    const csv = `\uFEFF${header.join(',')}\r\nLA-IMP-1,IMP-C-1,韦小宝,${head(40)},壮族,同步搬迁户,2,2017,地质灾害隐患区,60.5\r\n,,,,,,,,,\r\n合计,,,,,,2,,,\r\n`;
    const run = await uploadAndSettle(api, 'longan', Buffer.from(csv, 'utf8'), '搬迁户.csv');
    expect(run).toMatchObject({ status: 'VALIDATED', rowsTotal: 1, problems: [] });
    expect(run.preview.householdsCreated).toBe(1);
  });

  describe('who may import what', () => {
    it('refuses a county clerk the sites of another county, and writes nothing', async () => {
      const before = await api.recordCounts();
      const run = await uploadAndSettle(api, 'bobai', await fillTemplate(template, { 搬迁户: [household('LA-IMP-1', 'IMP-D-1', 50)] }));
      expect(run.status).toBe('FAILED');
      expect(run.problems).toEqual([expect.objectContaining({ row: 2, column: '安置点编码', reason: '安置点编码不存在，或该安置点不在您的辖区内' })]);
      expect(await api.recordCounts()).toEqual(before);
      expect(await storedRows(run.id)).toBe(0);
    });

    it('lets site staff import into their own site only', async () => {
      const own = await uploadAndSettle(api, 'siteclerk', await fillTemplate(template, { 搬迁户: [household('LA-IMP-2', 'IMP-E-1', 60)] }));
      expect(own.status).toBe('VALIDATED');
      const other = await uploadAndSettle(api, 'siteclerk', await fillTemplate(template, { 搬迁户: [household('LA-IMP-1', 'IMP-E-2', 61)] }));
      expect(other.status).toBe('FAILED');
      expect(other.problems[0].column).toBe('安置点编码');
      // A household of another site is not theirs to update either.
      const foreign = await uploadAndSettle(api, 'siteclerk', await fillTemplate(template, { 搬迁户: [household('LA-IMP-2', 'IMP-A-2', 62)] }));
      expect(foreign.status).toBe('FAILED');
      expect(foreign.problems[0]).toMatchObject({ column: '户编码', reason: '户编码已被其他安置点的搬迁户使用' });
    });

    it('refuses uploads to roles that do not enter records, and to anonymous callers', async () => {
      const runs = await importRunCount(api);
      const file = await fillTemplate(template, { 搬迁户: [household('LA-IMP-1', 'IMP-F-1', 70)] });
      expect((await uploadImport(api, 'nanning', file)).status).toBe(403);
      expect((await uploadImport(api, null, file)).status).toBe(401);
      expect(await importRunCount(api)).toBe(runs);
    });

    it('shows a run to its importer and to staff above them, lists it by division, and lets only the importer commit', async () => {
      const run = await uploadAndSettle(api, 'longan', await fillTemplate(template, { 搬迁户: [household('LA-IMP-1', 'IMP-G-1', 80)] }));
      const query = `query($id: ID!) { importRun(id: $id) { id status } }`;
      expect((await api.as('nanning', query, { id: run.id })).data?.importRun.id).toBe(run.id);
      expect((await api.as('bobai', query, { id: run.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect((await api.as('siteclerk', query, { id: run.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');

      const list = `query($code: ID!) { imports(divisionCode: $code) { id } }`;
      expect((await api.as('nanning', list, { code: '450100' })).data?.imports.map((r: { id: string }) => r.id)).toContain(run.id);
      expect((await api.as('bobai', list, { code: '450923' })).data?.imports.map((r: { id: string }) => r.id)).not.toContain(run.id);
      expect((await api.as('bobai', list, { code: '450100' })).errors?.[0].extensions?.code).toBe('NOT_FOUND');

      const before = await api.recordCounts();
      expect((await commitImport(api, 'admin', run.id)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await commitImport(api, 'bobai', run.id)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(await api.recordCounts()).toEqual(before);
    });
  });

  describe('hostile files', () => {
    async function expectRefused(bytes: Buffer, status: number, reason: RegExp, name = 'x.xlsx') {
      const runs = await importRunCount(api);
      const before = await api.recordCounts();
      const response = await uploadImport(api, 'longan', bytes, name);
      expect(response.status).toBe(status);
      expect(response.body.fields[0]).toMatchObject({ field: 'file', reason: expect.stringMatching(reason) });
      expect(await importRunCount(api)).toBe(runs);
      expect(await api.recordCounts()).toEqual(before);
    }

    it('refuses what is not a spreadsheet', async () => {
      await expectRefused(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 400, /既不是 Excel 工作簿/);
    });

    it('refuses a truncated workbook', async () => {
      await expectRefused(template.subarray(0, Math.floor(template.length / 2)), 400, /不完整/);
    });

    it('refuses a file over the size limit while it streams in', async () => {
      await expectRefused(Buffer.alloc(600 * 1024, 'a'), 413, /超过大小上限/, 'big.csv');
    });

    it('refuses a CSV that is not UTF-8 (Excel’s default GBK), saying how to save it', async () => {
      await expectRefused(Buffer.from([0xb0, 0xb2, 0xd6, 0xc3, 0xb5, 0xe3, 0x2c, 0x31, 0x0a]), 400, /UTF-8/, 'gbk.csv');
    });

    it('refuses an empty file and a request that is not multipart', async () => {
      await expectRefused(Buffer.alloc(0), 400, /空文件/);
      const response = await fetch(`${api.url}/imports`, { method: 'POST', headers: { authorization: `Bearer ${await api.tokenFor('longan')}`, 'content-type': 'application/json' }, body: '{}' });
      expect(response.status).toBe(400);
    });

    it('refuses a zip bomb before decompressing it', async () => {
      const { default: JSZip } = await import('jszip');
      const zip = new JSZip();
      zip.file('[Content_Types].xml', '<Types/>');
      zip.file('xl/workbook.xml', '<workbook/>');
      zip.file('xl/worksheets/sheet1.xml', Buffer.alloc(64 * 1024 * 1024, 0x20));
      const bomb = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
      expect(bomb.length).toBeLessThan(512 * 1024);
      await expectRefused(bomb, 400, /压缩炸弹/);
    });

    it('reports a workbook with a sheet missing required columns, and one with too many rows, as problems', async () => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('搬迁户');
      sheet.addRow(['隆安县易地扶贫搬迁户花名册']);
      sheet.mergeCells('A1:E1');
      sheet.addRow(['户编码', '户主姓名', '户主身份证号', '搬迁户类型', '受益人口']);
      const missing = await uploadAndSettle(api, 'longan', Buffer.from(await workbook.xlsx.writeBuffer()));
      expect(missing.status).toBe('FAILED');
      expect(missing.problems.map((p: { column: string }) => p.column)).toEqual(expect.arrayContaining(['安置点编码', '户主民族', '搬迁年度']));
      expect(missing.problems[0]).toMatchObject({ sheet: '搬迁户', row: 2, reason: expect.stringContaining('缺少必填列') });

      const rows = Array.from({ length: 41 }, (_, i) => household('LA-IMP-1', `IMP-H-${i}`, 100 + i));
      const tooMany = await uploadAndSettle(api, 'longan', await fillTemplate(template, { 搬迁户: rows }));
      expect(tooMany.status).toBe('FAILED');
      expect(tooMany.problems[0].reason).toContain('数据超过 40 行');
    });
  });
});
