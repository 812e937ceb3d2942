import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import { IndicatorKey } from '@app/indicators';
import { sampleCountyExtract } from '../testing/sample-extract';
import { sampleWorkbook } from '../testing/sample-workbook';
import type { WorkbookDocument } from '../model/workbook-document';
import { renderWorkbook } from './render-workbook';

async function render(document: WorkbookDocument): Promise<ExcelJS.Workbook> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  await renderWorkbook(document, out);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.concat(chunks) as never);
  return workbook;
}

/** A row's values across the sheet's columns, empty cells as null. */
const texts = (row: ExcelJS.Row) => Array.from({ length: row.worksheet.columnCount }, (_, i) => row.getCell(i + 1).value ?? null);

describe('the report workbook', () => {
  let workbook: ExcelJS.Workbook;
  const extract = sampleCountyExtract();

  beforeAll(async () => {
    workbook = await render(sampleWorkbook(extract));
  });

  it('opens with the summary, then one sheet per indicator, and ends with the definitions', () => {
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names[0]).toBe('综合排名');
    expect(names.at(-1)).toBe('指标说明');
    expect(names).toContain('搬迁入住率');
    expect(names).toHaveLength(2 + Object.keys(IndicatorKey).length);
  });

  it('prints every sheet on A4 landscape, one page wide, with its titles (and on the summary the unit names) on every page', () => {
    for (const sheet of workbook.worksheets) {
      expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:3' });
      expect(sheet.headerFooter.oddFooter).toBe('&C第 &P 页 共 &N 页');
      expect(String(sheet.getCell('A1').value)).toContain('隆安县 2026年11月 易地扶贫搬迁进度月报');
      expect(String(sheet.getCell('A2').value)).toContain('数据截至 2026年11月30日24时');
      const header = sheet.getRow(3);
      header.eachCell((cell) => expect(cell.alignment?.wrapText || cell.alignment?.textRotation === 'vertical').toBeTruthy());
    }
    expect(workbook.getWorksheet('综合排名')!.pageSetup.printTitlesColumn).toBe('A:B');
  });

  it('shows an indicator in long form: names, parent names, counts headed by what they count, rate, both ranks and the change in points, coloured by direction', () => {
    const sheet = workbook.getWorksheet('实际入住率')!;
    expect(texts(sheet.getRow(3))).toEqual(['层级', '单位名称', '代码', '上级单位', '经认定实际入住的户数', '已搬迁入住户数', '实际入住率（%）', '本级排名', '全区排名', '较上月（百分点）']);
    const rows = [...extract.own, ...extract.children].filter((row) => row.indicator === IndicatorKey.ACTUAL_RESIDENCE_RATE);
    expect(sheet.rowCount).toBe(3 + rows.length);
    rows.forEach((row, i) => {
      const line = texts(sheet.getRow(4 + i));
      expect(line.slice(1, 4)).toEqual([row.unitName, extract.displayCodes.get(row.unitCode) ?? row.unitCode, row.level === 'COUNTY' ? '南宁市' : row.parentName]);
      expect(line.slice(4)).toEqual([row.numerator, row.denominator, row.value, row.rankInParent, row.rankInRegion, row.changeFromPreviousMonth === null ? null : Math.round(row.changeFromPreviousMonth * 1000) / 10]);
    });
    expect(sheet.getColumn(7).numFmt).toBe('0.0%');
    expect(sheet.getColumn(10).numFmt).toBe('+0.0;-0.0;0.0');
    const colourOf = (r: number) => sheet.getRow(r).getCell(10).font?.color?.argb;
    const better = rows.findIndex((row) => row.changeFromPreviousMonth! > 0.0005);
    const worse = rows.findIndex((row) => row.changeFromPreviousMonth! < -0.0005);
    expect(colourOf(4 + better)).toBe('FF1A7F37');
    expect(colourOf(4 + worse)).toBe('FFC62828');
    const violations = workbook.getWorksheet('政策红线问题数')!;
    expect(texts(violations.getRow(3))).toEqual(['层级', '单位名称', '代码', '上级单位', '未整改的红线问题（个）', '本级排名', '全区排名', '较上月（个）']);
  });

  it('summarises each unit’s composite, its ranks and its rank on every indicator', () => {
    const sheet = workbook.getWorksheet('综合排名')!;
    const header = texts(sheet.getRow(3));
    expect(header.slice(0, 7)).toEqual(['层级', '单位名称', '代码', '上级单位', '综合得分（满分100）', '综合本级排名', '综合全区排名']);
    const site = texts(sheet.getRow(5));
    const composite = extract.children.find((row) => row.unitName === site[1] && row.indicator === 'COMPOSITE')!;
    expect(site[4]).toBe(Math.round(composite.value! * 1000) / 10);
    const moveIn = extract.children.find((row) => row.unitName === site[1] && row.indicator === IndicatorKey.MOVE_IN_RATE)!;
    expect(String(sheet.getCell('A1').value)).toContain('综合得分及各项指标本级排名');
    expect(site[header.indexOf('搬迁入住率')]).toBe(moveIn.rankInParent);
  });

  it('states each indicator’s definition and the evidence that recognises its claims', () => {
    const sheet = workbook.getWorksheet('指标说明')!;
    const line = Array.from({ length: sheet.rowCount }, (_, i) => texts(sheet.getRow(i + 1))).find((row) => row[0] === '实际入住率')!;
    expect(line).toEqual(['实际入住率', '经认定实际入住的户数 ÷ 已搬迁入住户数', '%', '越高越好', 2, '实际入住：实际入住照片']);
  });

  it('says on every sheet that the month was revised, and which units had not confirmed it, when that is so', async () => {
    const revised = await render(
      sampleWorkbook({ ...extract, header: { ...extract.header, revision: { revisedAt: new Date('2026-12-05T10:30:00+08:00'), reason: '数据更正' }, unconfirmedUnits: ['丁当镇安置点'] } }),
    );
    for (const sheet of revised.worksheets) {
      expect(String(sheet.getCell('A3').value)).toBe('修订说明：本月报已于 2026年12月5日 10:30 修订。修订原因：数据更正');
      expect(String(sheet.getCell('A4').value)).toBe('未确认本月数据的单位：丁当镇安置点');
      expect(sheet.pageSetup.printTitlesRow).toBe('1:5');
    }
  });
});
