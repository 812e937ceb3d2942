import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import { GUIDE_SHEET, HOUSEHOLD_COLUMNS, HOUSEHOLD_SHEET, PERSON_COLUMNS, PERSON_SHEET } from '../columns';
import { readSheets } from '../reading/sheet-reader';
import { layoutOf } from '../validation/sheet-layout';
import { buildHouseholdTemplate } from './household-template';

describe('the household template', () => {
  let bytes: Buffer;
  beforeAll(async () => {
    bytes = Buffer.from(await buildHouseholdTemplate().xlsx.writeBuffer());
  });

  it('has the three sheets staff see, with every column header, required ones marked', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as never);
    expect(workbook.worksheets.filter((sheet) => sheet.state === 'visible').map((sheet) => sheet.name)).toEqual([HOUSEHOLD_SHEET, PERSON_SHEET, GUIDE_SHEET]);
    const headers = (workbook.getWorksheet(HOUSEHOLD_SHEET)!.getRow(1).values as unknown[]).slice(1);
    expect(headers).toEqual(HOUSEHOLD_COLUMNS.map((c) => (c.required ? `*${c.header}` : c.header)));
    expect(headers).toContain('*户主身份证号');
    expect(headers).toContain('劳动力人口');
  });

  it('offers a dropdown of Chinese labels for enumerated columns and formats codes as text', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as never);
    const persons = workbook.getWorksheet(PERSON_SHEET)!;
    const relation = PERSON_COLUMNS.findIndex((c) => c.field === 'relation') + 1;
    const cell = persons.getRow(500).getCell(relation);
    expect(cell.dataValidation).toMatchObject({ type: 'list' });
    const [, sheet, from, to] = /^(.+)!\$(\w+)\$(\d+):\$\w+\$(\d+)$/.exec(cell.dataValidation.formulae[0])!.slice(0, 4).concat([]);
    expect(sheet).toBeDefined();
    expect(from).toBeDefined();
    expect(to).toBeDefined();
    const idColumn = PERSON_COLUMNS.findIndex((c) => c.field === 'idNumber') + 1;
    expect(persons.getColumn(idColumn).numFmt).toBe('@');
  });

  it('is read back by the import: both data sheets recognised by their headers', async () => {
    const source = new PassThrough();
    source.end(bytes);
    const kinds: string[] = [];
    for await (const sheet of readSheets(source, 'XLSX')) {
      for await (const row of sheet.rows) {
        const { layout, problems } = layoutOf(sheet.name, row.number, row.cells);
        if (layout) kinds.push(`${sheet.name}:${layout.kind}:${problems.length}`);
      }
    }
    expect(kinds).toEqual([`${HOUSEHOLD_SHEET}:HOUSEHOLD:0`, `${PERSON_SHEET}:PERSON:0`]);
  });
});
