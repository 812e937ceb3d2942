/**
 * Department roster exchanges by resident ID end to end (issue 15, part 2): a city clerk uploads
 * a roster, the worker matches it to the active persons of the city, the clerk reads the preview
 * and the reconciliation workbook and commits; what a newer manual edit set is not overwritten,
 * a commit writes all or nothing, and a refused upload writes nothing. Real PostgreSQL, Redis
 * and the worker, through HTTP.
 */
import ExcelJS from 'exceljs';
import { ApiHarness } from '../support/api-harness';
import { RestResponse } from '../support/evidence-files';
import { addPerson, createHousehold, createSite, householdInput, personInput, siteInput } from '../support/registry-fixtures';
import { residentId } from '../support/resident-ids';
import { WorkerHarness } from '../support/worker-harness';
import { importRunCount, loadWorkbook, settledRun, SheetRow } from './import-files';

const EXCHANGE_FIELDS =
  'id kind asOf status rowsTotal rowsValid importedBy summary { matched unmatched conflicting unchanged } problems { sheet row column value reason } entries { row idNumber name outcome personId changes conflicts }';

const shanghaiDay = (offsetDays = 0) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() + offsetDays * 86_400_000));
const TODAY = shanghaiDay();
const YESTERDAY = shanghaiDay(-1);

/** A roster as a department sends it: a title row, a header row, one row per person. */
async function roster(headers: string[], rows: SheetRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('名单');
  sheet.addRow(['南宁市部门名单（按身份证号）']);
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(headers.map((header) => row[header] ?? null));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function postExchange(api: ApiHarness, user: string, fields: Record<string, string>, bytes: Uint8Array, name = '名单.xlsx'): Promise<RestResponse> {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  form.append('file', new Blob([bytes]), name);
  const response = await fetch(`${api.url}/exchanges`, { method: 'POST', headers: { authorization: `Bearer ${await api.tokenFor(user)}` }, body: form });
  return { status: response.status, body: await response.json() };
}

const settledExchange = (api: ApiHarness, user: string, id: string) => settledRun(api, user, id, 'exchangeRun', EXCHANGE_FIELDS);

async function exchange(api: ApiHarness, user: string, kind: string, asOf: string, bytes: Buffer): Promise<Record<string, any>> {
  const response = await postExchange(api, user, { kind, asOf }, bytes);
  if (response.status !== 202) throw new Error(`exchange refused: ${response.status} ${JSON.stringify(response.body)}`);
  return settledExchange(api, user, response.body.id);
}

const commitExchange = (api: ApiHarness, user: string, id: string) => api.as(user, `mutation($id: ID!) { commitExchange(id: $id) { status summary { matched } } }`, { id });

async function personRow(api: ApiHarness, id: string): Promise<Record<string, unknown>> {
  const { rows } = await api.db.query(
    `SELECT version, employment, employer, monthly_wage::float AS wage, medical_insured, pension_insured, schooling, school_stage, written_by, written_via FROM person WHERE id = $1`,
    [id],
  );
  return rows[0];
}

/** A manual edit by the county clerk, as the console makes it. */
async function updatePerson(api: ApiHarness, id: string, input: string) {
  const { version } = await personRow(api, id);
  return api.as('longan', `mutation($id: ID!, $v: Int!) { updatePerson(id: $id, version: $v, input: ${input}) { version } }`, { id, v: version });
}

describe('exchanges of department rosters by resident ID', () => {
  let api: ApiHarness;
  let worker: WorkerHarness;
  let serial = 500;
  const ids = new Map<string, string>();
  /** A person of a household in Longan (Nanning) or Bobai (Yulin), with a resident ID of their own. */
  async function person(user: 'longan' | 'bobai', householdId: string, extra: Record<string, unknown> = {}): Promise<{ id: string; idNumber: string }> {
    serial += 1;
    const idNumber = residentId('450123', '1992-02-02', 'FEMALE', serial);
    const added = await addPerson(api, user, personInput(householdId, serial, { idNumber, birthDate: '1992-02-02', ...extra }));
    ids.set(idNumber, added.id);
    return { id: added.id, idNumber };
  }
  let longanHousehold: string;
  let bobaiHousehold: string;

  beforeAll(async () => {
    api = await ApiHarness.start();
    const users: Record<string, [role: string, jurisdiction: string]> = {
      admin: ['REGION_ADMIN', '450000'],
      region: ['REGION_STAFF', '450000'],
      nanning: ['CITY_STAFF', '450100'],
      yulin: ['CITY_STAFF', '450900'],
      longan: ['COUNTY_STAFF', '450123'],
      bobai: ['COUNTY_STAFF', '450923'],
    };
    for (const [name, [role, jurisdiction]] of Object.entries(users)) await api.createUser(name, role, jurisdiction);
    const longanSite = await createSite(api, 'longan', siteInput('450123', 'LA-EX-1'));
    const bobaiSite = await createSite(api, 'bobai', siteInput('450923', 'BB-EX-1'));
    await api.createUser('siteclerk', 'SITE_STAFF', longanSite.id);
    longanHousehold = (await createHousehold(api, 'longan', householdInput(longanSite.id, 'LA-EX-H1', { beneficiaryCount: 20 }))).id;
    bobaiHousehold = (await createHousehold(api, 'bobai', householdInput(bobaiSite.id, 'BB-EX-H1'))).id;
    worker = await WorkerHarness.start();
  });
  afterAll(async () => {
    await worker.stop();
    await api.stop();
  });

  it('matches an employment roster, previews it without writing, commits it with its provenance, and serves the reconciliation workbook', async () => {
    const moving = await person('longan', longanHousehold, { employment: 'UNEMPLOYED' });
    const steady = await person('longan', longanHousehold, { employment: 'LOCAL_JOB' });
    const otherCity = await person('bobai', bobaiHousehold, { employment: 'UNEMPLOYED' });
    const nobody = residentId('450123', '1980-01-01', 'MALE', 999);
    const file = await roster(
      ['序号', '姓名', '身份证号', '就业情况', '就业单位或地点', '月工资（元）'],
      [
        { 序号: 1, 姓名: '甲', 身份证号: moving.idNumber, 就业情况: '区外务工', 就业单位或地点: '广东省东莞市', '月工资（元）': 4500 },
        { 序号: 2, 姓名: '乙', 身份证号: steady.idNumber, 就业情况: '县内务工' },
        { 序号: 3, 姓名: '丙', 身份证号: otherCity.idNumber, 就业情况: '县内务工' },
        { 序号: 4, 姓名: '丁', 身份证号: nobody, 就业情况: '未就业' },
      ],
    );
    const before = { moving: await personRow(api, moving.id), steady: await personRow(api, steady.id), otherCity: await personRow(api, otherCity.id) };

    const run = await exchange(api, 'nanning', 'EMPLOYMENT', TODAY, file);
    expect(run).toMatchObject({ kind: 'EMPLOYMENT', asOf: TODAY, status: 'VALIDATED', rowsTotal: 4, rowsValid: 4, importedBy: 'nanning', problems: [] });
    expect(run.summary).toEqual({ matched: 1, unmatched: 2, conflicting: 0, unchanged: 1 });
    // A person of another city is as unknown to Nanning as one who does not exist.
    expect(run.entries.map((e: any) => [e.row, e.outcome, e.personId])).toEqual([
      [3, 'MATCHED', moving.id],
      [4, 'UNCHANGED', steady.id],
      [5, 'UNMATCHED', null],
      [6, 'UNMATCHED', null],
    ]);
    expect(run.entries[0].changes).toEqual({
      employment: { from: 'UNEMPLOYED', to: 'OUTSIDE_PROVINCE' },
      employer: { from: null, to: '广东省东莞市' },
      monthlyWage: { from: null, to: 4500 },
    });
    // Previewed, not written.
    expect(await personRow(api, moving.id)).toEqual(before.moving);

    const committed = await commitExchange(api, 'nanning', run.id);
    expect(committed.errors).toBeUndefined();
    expect(committed.data?.commitExchange.status).toBe('COMMITTED');
    expect(await personRow(api, moving.id)).toMatchObject({ employment: 'OUTSIDE_PROVINCE', employer: '广东省东莞市', wage: 4500, written_by: 'nanning', written_via: `EMPLOYMENT ${TODAY}` });
    // Unchanged and unmatched persons were not written at all.
    expect(await personRow(api, steady.id)).toEqual(before.steady);
    expect(await personRow(api, otherCity.id)).toEqual(before.otherCity);

    // History says who wrote the change and from which roster.
    const members = await api.as('longan', `query($id: ID!) { household(id: $id) { persons { id history { actor via changes } } } }`, { id: longanHousehold });
    const last = members.data?.household.persons.find((p: { id: string }) => p.id === moving.id).history.at(-1);
    expect(last).toMatchObject({ actor: 'nanning', via: `EMPLOYMENT ${TODAY}` });
    expect(Object.keys(last.changes).sort()).toEqual(['employer', 'employment', 'monthlyWage']);

    // A committed exchange cannot be committed again.
    const again = await commitExchange(api, 'nanning', run.id);
    expect(again.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    // What a roster wrote is no manual edit: an older roster is not in conflict with it.
    const older = await exchange(api, 'nanning', 'EMPLOYMENT', YESTERDAY, await roster(['身份证号', '就业情况'], [{ 身份证号: moving.idNumber, 就业情况: '县内务工' }]));
    expect(older.entries).toEqual([expect.objectContaining({ outcome: 'MATCHED', conflicts: {} })]);

    const download = await fetch(`${api.url}/exchanges/${run.id}/reconciliation.xlsx`, { headers: { authorization: `Bearer ${await api.tokenFor('nanning')}` } });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toContain(encodeURIComponent('名单比对对账表.xlsx'));
    const workbook = await loadWorkbook(Buffer.from(await download.arrayBuffer()));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['比对汇总', '比对明细', '未匹配', '有冲突']);
    const detail = workbook.getWorksheet('比对明细')!;
    const texts = (sheet: ExcelJS.Worksheet) => sheet.getSheetValues().slice(3).map((row) => Array.from({ length: 7 }, (_, i) => (row as unknown[])[i + 1] ?? ''));
    // City staff do not see resident IDs in full, in the workbook either.
    const masked = (idNumber: string) => `${idNumber.slice(0, 6)}********${idNumber.slice(14)}`;
    expect(texts(detail)).toEqual([
      ['名单', 3, masked(moving.idNumber), '甲', '已匹配，将更新', '就业情况：未就业 → 区外务工；就业单位或地点：（空） → 广东省东莞市；月工资（元）：（空） → 4500', ''],
      ['名单', 4, masked(steady.idNumber), '乙', '已匹配，无变化', '', ''],
      ['名单', 5, masked(otherCity.idNumber), '丙', expect.stringContaining('未匹配'), '', ''],
      ['名单', 6, masked(nobody), '丁', expect.stringContaining('未匹配'), '', ''],
    ]);
    expect(texts(workbook.getWorksheet('未匹配')!).map((row) => row[1])).toEqual([5, 6]);
  });

  it('leaves a field edited by hand after the roster date as it is, reports it as a conflict, and writes the rest', async () => {
    const edited = await person('longan', longanHousehold, { medicalInsured: true });
    const plain = await person('longan', longanHousehold);
    const manual = await updatePerson(api, edited.id, '{ medicalInsured: false }');
    expect(manual.errors).toBeUndefined();

    // The medical insurance roster as of yesterday lists both as insured; one was edited by hand today.
    const file = await roster(['公民身份号码', '姓名'], [{ 公民身份号码: edited.idNumber, 姓名: '戊' }, { 公民身份号码: plain.idNumber, 姓名: '己' }]);
    const run = await exchange(api, 'nanning', 'MEDICAL_INSURANCE', YESTERDAY, file);
    expect(run.summary).toEqual({ matched: 1, unmatched: 0, conflicting: 1, unchanged: 0 });
    expect(run.entries[0]).toMatchObject({ outcome: 'CONFLICTING', changes: {}, conflicts: { medicalInsured: { from: false, to: true, editedOn: TODAY } } });
    expect(run.entries[1]).toMatchObject({ outcome: 'MATCHED', changes: { medicalInsured: { from: false, to: true } }, conflicts: {} });

    const before = await personRow(api, edited.id);
    expect((await commitExchange(api, 'nanning', run.id)).data?.commitExchange.status).toBe('COMMITTED');
    expect(await personRow(api, edited.id)).toEqual(before); // the manual edit stands, not even a new version
    expect(await personRow(api, plain.id)).toMatchObject({ medical_insured: true, written_via: `MEDICAL_INSURANCE ${YESTERDAY}` });

    // A roster as of the day of the edit (or later) is newer: it is not a conflict.
    const sameDay = await exchange(api, 'region', 'MEDICAL_INSURANCE', TODAY, file);
    expect(sameDay.summary).toEqual({ matched: 1, unmatched: 0, conflicting: 0, unchanged: 1 });
  });

  it('writes all or nothing: a person changed after the preview refuses the whole commit, and nothing is written', async () => {
    const first = await person('longan', longanHousehold);
    const second = await person('longan', longanHousehold);
    const file = await roster(['身份证号', '就学情况', '在读学段'], [
      { 身份证号: first.idNumber, 就学情况: '在校生', 在读学段: '普通高中' },
      { 身份证号: second.idNumber, 就学情况: '在校生', 在读学段: '初中' },
    ]);
    const run = await exchange(api, 'nanning', 'SCHOOLING', TODAY, file);
    expect(run.summary).toEqual({ matched: 2, unmatched: 0, conflicting: 0, unchanged: 0 });

    // The county edits the second person after the preview: the roster no longer describes what is there.
    expect((await updatePerson(api, second.id, '{ name: "改名" }')).errors).toBeUndefined();
    const before = { first: await personRow(api, first.id), second: await personRow(api, second.id) };

    const refused = await commitExchange(api, 'nanning', run.id);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'id', reason: expect.stringContaining('nothing was written') }] });
    // The first person, written before the refusal in the same transaction, is rolled back.
    expect(await personRow(api, first.id)).toEqual(before.first);
    expect(await personRow(api, second.id)).toEqual(before.second);
    const after = await settledExchange(api, 'nanning', run.id);
    expect(after.status).toBe('FAILED');
    expect(after.problems).toEqual([expect.objectContaining({ row: 4, reason: expect.stringContaining('未写入任何数据') })]);
  });

  it('lets only region and city staff run exchanges, for persons of their jurisdiction', async () => {
    const inNanning = await person('longan', longanHousehold, { pensionInsured: false });
    const file = await roster(['身份证号'], [{ 身份证号: inNanning.idNumber }]);
    const runs = await importRunCount(api);
    for (const user of ['longan', 'siteclerk']) {
      const response = await postExchange(api, user, { kind: 'PENSION_INSURANCE', asOf: TODAY }, file);
      expect(response.status).toBe(403);
    }
    expect(await importRunCount(api)).toBe(runs);

    // Yulin's clerk does not reach a Nanning person: unmatched, and nothing to write.
    const yulin = await exchange(api, 'yulin', 'PENSION_INSURANCE', TODAY, file);
    expect(yulin.summary).toEqual({ matched: 0, unmatched: 1, conflicting: 0, unchanged: 0 });
    const region = await exchange(api, 'region', 'PENSION_INSURANCE', TODAY, file);
    expect(region.summary).toEqual({ matched: 1, unmatched: 0, conflicting: 0, unchanged: 0 });

    const read = async (user: string, id: string) => (await api.as(user, `query($id: ID!) { exchangeRun(id: $id) { id } }`, { id })).errors?.[0]?.extensions?.code ?? 'OK';
    expect(await read('region', yulin.id)).toBe('OK');
    expect(await read('nanning', yulin.id)).toBe('NOT_FOUND');
    expect(await read('longan', region.id)).toBe('FORBIDDEN');
    expect(await read('siteclerk', region.id)).toBe('FORBIDDEN');
    const download = async (user: string, id: string) => (await fetch(`${api.url}/exchanges/${id}/reconciliation.xlsx`, { headers: { authorization: `Bearer ${await api.tokenFor(user)}` } })).status;
    expect(await download('nanning', yulin.id)).toBe(404);
    expect(await download('longan', region.id)).toBe(403);
    expect(await download('yulin', yulin.id)).toBe(200);

    const listed = async (user: string, code: string) => (await api.as(user, `query($c: ID!) { exchanges(divisionCode: $c) { id kind } }`, { c: code })).data?.exchanges.map((run: { id: string }) => run.id);
    expect(await listed('region', '450000')).toEqual(expect.arrayContaining([yulin.id, region.id]));
    expect(await listed('yulin', '450900')).toEqual(expect.arrayContaining([yulin.id]));
    expect(await listed('yulin', '450900')).not.toContain(region.id);

    // An exchange is no import, and an import no exchange: neither query nor commit answers for the other.
    expect((await api.as('region', `query($id: ID!) { importRun(id: $id) { id } }`, { id: region.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await api.as('region', `mutation($id: ID!) { commitImport(id: $id) { id } }`, { id: region.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await api.as('region', `query($c: ID!) { imports(divisionCode: $c) { id } }`, { c: '450000' })).data?.imports).toEqual([]);

    // Only who ran it commits it.
    expect((await commitExchange(api, 'admin', region.id)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await commitExchange(api, 'nanning', region.id)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await personRow(api, inNanning.id)).toMatchObject({ pension_insured: false });
    expect((await commitExchange(api, 'region', region.id)).data?.commitExchange.status).toBe('COMMITTED');
    expect(await personRow(api, inNanning.id)).toMatchObject({ pension_insured: true, written_by: 'region', written_via: `PENSION_INSURANCE ${TODAY}` });
  });

  it('refuses bad input with a reason and records nothing', async () => {
    const someone = await person('longan', longanHousehold);
    const good = await roster(['身份证号', '就业情况'], [{ 身份证号: someone.idNumber, 就业情况: '县内务工' }]);
    const runs = await importRunCount(api);
    const records = await api.recordCounts();
    const cases: Array<[Record<string, string>, Uint8Array, number, string, string]> = [
      [{ kind: 'HOUSING', asOf: TODAY }, good, 400, 'kind', 'EMPLOYMENT'],
      [{ asOf: TODAY }, good, 400, 'kind', 'EMPLOYMENT'],
      [{ kind: 'EMPLOYMENT', asOf: '2026-02-30' }, good, 400, 'asOf', 'YYYY-MM-DD'],
      [{ kind: 'EMPLOYMENT', asOf: '30/11/2026' }, good, 400, 'asOf', 'YYYY-MM-DD'],
      [{ kind: 'EMPLOYMENT', asOf: shanghaiDay(2) }, good, 400, 'asOf', '今天'],
      [{ kind: 'EMPLOYMENT', asOf: TODAY }, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]), 400, 'file', '既不是 Excel 工作簿'],
      [{ kind: 'EMPLOYMENT', asOf: TODAY }, await roster(['姓名', '就业情况'], [{ 姓名: '甲', 就业情况: '县内务工' }]), 400, 'file', '没有找到“身份证号”列'],
      [{ kind: 'EMPLOYMENT', asOf: TODAY }, await roster(['身份证号', '姓名'], [{ 身份证号: someone.idNumber, 姓名: '甲' }]), 400, 'file', '就业情况'],
      [{ kind: 'SCHOOLING', asOf: TODAY }, Buffer.from(`姓名,就学情况\n甲,在校生\n`), 400, 'file', '没有找到“身份证号”列'],
    ];
    for (const [fields, bytes, status, field, reason] of cases) {
      const response = await postExchange(api, 'nanning', fields, bytes);
      expect({ fields, status: response.status }).toEqual({ fields, status });
      expect(response.body.fields).toEqual(expect.arrayContaining([expect.objectContaining({ field, reason: expect.stringContaining(reason) })]));
    }
    expect(await importRunCount(api)).toBe(runs);
    expect(await api.recordCounts()).toEqual(records);

    // A roster whose rows are wrong is matched by no one: FAILED with its problems, and nothing to commit.
    const badRows = await roster(['身份证号', '就业情况'], [
      { 身份证号: someone.idNumber, 就业情况: '外出打工' },
      { 身份证号: '450123199202020000', 就业情况: '县内务工' },
      { 身份证号: someone.idNumber, 就业情况: '县内务工' },
    ]);
    const failed = await exchange(api, 'nanning', 'EMPLOYMENT', TODAY, badRows);
    expect(failed.status).toBe('FAILED');
    expect(failed.problems.map((p: any) => [p.row, p.column])).toEqual([
      [3, '就业情况'],
      [4, '身份证号'],
      [5, '身份证号'],
    ]);
    expect(failed.entries).toEqual([]);
    expect((await commitExchange(api, 'nanning', failed.id)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await api.recordCounts()).toEqual(records);
  });
});
