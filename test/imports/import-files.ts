import ExcelJS from 'exceljs';
import { ApiHarness } from '../support/api-harness';
import { eventually } from '../support/eventually';
import { RestResponse } from '../support/evidence-files';

export const RUN_FIELDS = 'id status rowsTotal rowsDone rowsValid fileName importedBy preview { householdsCreated householdsUpdated personsCreated personsUpdated } problems { sheet row column value reason }';

/** A row as a clerk types it: Chinese header → value. */
export type SheetRow = Record<string, string | number | Date | null | object>;

/** A household row of the template as a clerk fills it: a registered-poor household of three, 2018. */
export function householdRow(siteCode: string, code: string, headId: string, extra: SheetRow = {}): SheetRow {
  return {
    安置点编码: siteCode,
    户编码: code,
    户主姓名: '韦建华',
    户主身份证号: headId,
    户主民族: '壮族',
    搬迁户类型: '建档立卡贫困户',
    受益人口: 3,
    劳动力人口: 2,
    搬迁年度: 2018,
    迁出地类型: '石山地区/石漠化地区',
    '住房面积（㎡）': 75,
    ...extra,
  };
}

/** Opens a workbook's bytes (exceljs types its Buffer narrower than Node's). */
export async function loadWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as never);
  return workbook;
}

/** Fills the downloaded template the way a clerk does: values under the headers, nothing else touched. */
export async function fillTemplate(template: Buffer, sheets: Record<string, SheetRow[]>): Promise<Buffer> {
  const workbook = await loadWorkbook(template);
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = workbook.getWorksheet(name);
    if (!sheet) throw new Error(`the template has no sheet ${name}`);
    const headers = (sheet.getRow(1).values as unknown[]).map((header) => String(header ?? '').replace(/^\*/, ''));
    rows.forEach((row, i) => {
      for (const [header, value] of Object.entries(row)) {
        const column = headers.indexOf(header);
        if (column < 1) throw new Error(`the template's ${name} has no column ${header}`);
        sheet.getRow(i + 2).getCell(column).value = value as ExcelJS.CellValue;
      }
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function downloadTemplate(api: ApiHarness, user: string): Promise<{ status: number; bytes: Buffer; headers: Headers }> {
  const response = await fetch(`${api.url}/imports/templates/households.xlsx`, { headers: { authorization: `Bearer ${await api.tokenFor(user)}` } });
  return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()), headers: response.headers };
}

/** POST /imports as a user (or anonymously with null). */
export async function uploadImport(api: ApiHarness, user: string | null, bytes: Uint8Array, name = '隆安县搬迁户.xlsx'): Promise<RestResponse> {
  const form = new FormData();
  form.append('file', new Blob([bytes]), name);
  const headers: Record<string, string> = user ? { authorization: `Bearer ${await api.tokenFor(user)}` } : {};
  const response = await fetch(`${api.url}/imports`, { method: 'POST', headers, body: form });
  return { status: response.status, body: await response.json() };
}

/** Polls importRun (or exchangeRun) until the worker has judged the file. */
export async function settledRun(api: ApiHarness, user: string, id: string, query = 'importRun', fields = RUN_FIELDS): Promise<Record<string, any>> {
  return eventually(async () => {
    const response = await api.as(user, `query($id: ID!) { ${query}(id: $id) { ${fields} } }`, { id });
    const run = response.data?.[query];
    if (!run) throw new Error(`${query} failed: ${JSON.stringify(response.errors)}`);
    return run.status === 'VALIDATED' || run.status === 'FAILED' ? run : undefined;
  }, `${query} ${id} to be judged by the worker`, 60_000);
}

export async function uploadAndSettle(api: ApiHarness, user: string, bytes: Uint8Array, name?: string): Promise<Record<string, any>> {
  const response = await uploadImport(api, user, bytes, name);
  if (response.status !== 202) throw new Error(`upload refused: ${response.status} ${JSON.stringify(response.body)}`);
  return settledRun(api, user, response.body.id);
}

export async function commitImport(api: ApiHarness, user: string, id: string) {
  return api.as(user, `mutation($id: ID!) { commitImport(id: $id) { ${RUN_FIELDS} } }`, { id });
}

/** Runs recorded, whatever their outcome. */
export async function importRunCount(api: ApiHarness): Promise<number> {
  const { rows } = await api.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM import_run`);
  return rows[0].n;
}
