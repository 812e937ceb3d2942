import ExcelJS from 'exceljs';
import type { Writable } from 'node:stream';
import { UNIT_LEVEL_LABELS } from '@app/registry';
import { asOfZh, dateTimeZh, periodZh } from '../model/format';
import { INDICATOR_MEASURES, Measure, toneOf } from '../model/measures';
import type { WorkbookDocument } from '../model/workbook-document';

const FONT = 'Noto Sans SC';
const GREEN = 'FF1A7F37';
const RED = 'FFC62828';
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEF2F7' } };
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin', color: { argb: 'FFC9D1DB' } },
  bottom: { style: 'thin', color: { argb: 'FFC9D1DB' } },
  left: { style: 'thin', color: { argb: 'FFC9D1DB' } },
  right: { style: 'thin', color: { argb: 'FFC9D1DB' } },
};
const POINTS_FORMAT = '+0.0;-0.0;0.0';
const COUNT_FORMAT = '#,##0';

type Writer = ExcelJS.stream.xlsx.WorkbookWriter;

interface ColumnSpec {
  header: string;
  width: number;
  numFmt?: string;
  /** Narrow rank columns read their header top to bottom. */
  vertical?: boolean;
}

/**
 * The month's workbook for printing and for working in: a summary first (each unit's composite
 * and its ranks), one sheet per indicator in long form (one row per unit), and the definitions
 * last. Every sheet prints on A4 landscape, one page wide, with its title and header rows (and
 * on the wide summary the unit's name) repeated on each page, and says as of when its figures
 * are and whether the month was revised. Written as a stream: a region's workbook has every
 * site on every sheet.
 */
export async function renderWorkbook(document: WorkbookDocument, output: Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  workbook.creator = '易地扶贫搬迁工作调度系统';
  workbook.created = document.header.publishedAt;
  await summarySheet(workbook, document);
  for (const m of INDICATOR_MEASURES) await measureSheet(workbook, document, m, await document.measureLines(m));
  await definitionsSheet(workbook, document);
  await workbook.commit();
}

/** Title lines every sheet opens with: whose, which month, as of when, revision and sign-off notes. */
function titleLines(document: WorkbookDocument, sheetTitle: string): string[] {
  const { header } = document;
  return [
    `${header.unit.name} ${periodZh(header.period)} 易地扶贫搬迁进度月报 · ${sheetTitle}`,
    `数据截至 ${asOfZh(header.asOf)}\u3000系统生成于 ${dateTimeZh(header.publishedAt)}`,
    ...(header.revision ? [`修订说明：本月报已于 ${dateTimeZh(header.revision.revisedAt)} 修订。修订原因：${header.revision.reason}`] : []),
    ...(header.unconfirmedUnits.length > 0 ? [`未确认本月数据的单位：${header.unconfirmedUnits.join('、')}`] : []),
  ];
}

/** A sheet set up for printing, with its title lines and header row written; returns it. */
function openSheet(workbook: Writer, document: WorkbookDocument, name: string, title: string, columns: ColumnSpec[], repeatColumns?: string): ExcelJS.Worksheet {
  const lines = titleLines(document, title);
  const headerRow = lines.length + 1;
  const { header } = document;
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: headerRow, xSplit: repeatColumns ? 2 : 0 }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: `1:${headerRow}`,
      ...(repeatColumns ? { printTitlesColumn: repeatColumns } : {}),
    },
    headerFooter: {
      oddHeader: `&L${header.unit.name} ${periodZh(header.period)} 进度月报&R数据截至 ${asOfZh(header.asOf)}`,
      oddFooter: '&C第 &P 页 共 &N 页',
    },
  }) as unknown as ExcelJS.Worksheet;
  sheet.columns = columns.map((c) => ({ width: c.width, style: c.numFmt ? { numFmt: c.numFmt, font: { name: FONT, size: 10 } } : { font: { name: FONT, size: 10 } } }));
  lines.forEach((line, i) => {
    const row = sheet.addRow([line]);
    row.font = { name: FONT, size: i === 0 ? 14 : 10, bold: i === 0, color: i >= 2 ? { argb: RED } : undefined };
    row.height = i === 0 ? 24 : 16;
    sheet.mergeCells(row.number, 1, row.number, columns.length);
    row.commit();
  });
  const head = sheet.addRow(columns.map((c) => c.header));
  const tall = columns.some((c) => c.vertical);
  // Stacked characters need about 13 points each.
  head.height = tall ? Math.max(...columns.filter((c) => c.vertical).map((c) => c.header.length)) * 13 + 8 : 34;
  head.eachCell((cell, i) => {
    const spec = columns[i - 1];
    cell.font = { name: FONT, size: 10, bold: true };
    cell.fill = HEADER_FILL;
    cell.border = THIN;
    cell.alignment = spec.vertical ? { textRotation: 'vertical', horizontal: 'center', vertical: 'middle' } : { wrapText: true, horizontal: 'center', vertical: 'middle' };
  });
  head.commit();
  return sheet;
}

type Tone = 'better' | 'worse' | null;

/**
 * The styles of a sheet's body cells, one object per column and variant, shared by every cell
 * that has it: exceljs recognises a style object it has seen (a WeakMap) instead of serialising
 * each cell's own, which for a region's 950,000 rows is most of the time spent.
 */
class BodyStyles {
  private readonly styles = new Map<string, Partial<ExcelJS.Style>>();

  constructor(private readonly columns: readonly ColumnSpec[]) {}

  of(column: number, bold: boolean, tone: Tone): Partial<ExcelJS.Style> {
    const key = `${column}:${bold}:${tone}`;
    let style = this.styles.get(key);
    if (!style) {
      const spec = this.columns[column];
      const color = tone === 'better' ? { argb: GREEN } : tone === 'worse' ? { argb: RED } : undefined;
      style = {
        font: { name: FONT, size: 10, bold, color },
        border: THIN,
        alignment: { vertical: 'middle', wrapText: !spec.numFmt },
        ...(spec.numFmt ? { numFmt: spec.numFmt } : {}),
      };
      this.styles.set(key, style);
    }
    return style;
  }
}

/**
 * Commits a sheet and waits until the zip has taken it in whole. exceljs hands each sheet's XML
 * to the zip without back-pressure, so a sheet written faster than it is compressed waits in
 * memory; without this a region's workbook held every sheet at once (national scale: 770 MB).
 */
async function commitSheet(workbook: Writer, sheet: ExcelJS.Worksheet): Promise<void> {
  const zip = (workbook as unknown as { zip: NodeJS.EventEmitter }).zip;
  const name = `worksheets/sheet${sheet.id}.xml`;
  const zipped = new Promise<void>((resolve, reject) => {
    const onEntry = (entry: { name: string }) => {
      if (!entry.name.endsWith(name)) return;
      zip.off('entry', onEntry).off('error', reject);
      resolve();
    };
    zip.on('entry', onEntry).once('error', reject);
  });
  await sheet.commit();
  await zipped;
}

/** Lets the zip compress what the rows so far produced, every so many rows. */
const breathe = (index: number): Promise<void> | undefined => (index % 2000 === 1999 ? new Promise((resolve) => setImmediate(resolve)) : undefined);

/** A body row, bold for the division's own line; `tone` colours the last column (the change). */
function bodyRow(sheet: ExcelJS.Worksheet, styles: BodyStyles, values: ExcelJS.CellValue[], emphasise = false, tone: Tone = null): void {
  const row = sheet.addRow(values);
  for (let i = 0; i < values.length; i += 1) row.getCell(i + 1).style = styles.of(i, emphasise, i === values.length - 1 ? tone : null);
  row.commit();
}

/** How every unit is named on the summary and indicator sheets. */
const UNIT_COLUMNS: readonly ColumnSpec[] = [
  { header: '层级', width: 9 },
  { header: '单位名称', width: 24 },
  { header: '代码', width: 11 },
  { header: '上级单位', width: 12 },
];

async function summarySheet(workbook: Writer, document: WorkbookDocument): Promise<void> {
  const columns: ColumnSpec[] = [
    ...UNIT_COLUMNS,
    { header: '综合得分（满分100）', width: 9, numFmt: '0.0' },
    { header: '综合本级排名', width: 6, vertical: true },
    { header: '综合全区排名', width: 6, vertical: true },
    // The sheet's title says these are ranks within the parent: the names alone fit a narrow column.
    ...INDICATOR_MEASURES.map((m) => ({ header: m.name, width: 4.2, vertical: true })),
  ];
  const sheet = openSheet(workbook, document, '综合排名', '综合得分及各项指标本级排名（同一上级单位内的名次）', columns, 'A:B');
  const styles = new BodyStyles(columns);
  for (const [i, line] of document.summary.entries()) {
    await breathe(i);
    const own = line.code === document.header.unit.code;
    bodyRow(sheet, styles, [
      UNIT_LEVEL_LABELS[line.level], line.name, line.code, line.parentName ?? '',
      line.composite === null ? null : Math.round(line.composite * 1000) / 10,
      line.compositeRankInParent, line.compositeRankInRegion,
      ...INDICATOR_MEASURES.map((m) => line.ranks[m.key] ?? null),
    ], own);
  }
  await commitSheet(workbook, sheet);
}

async function measureSheet(workbook: Writer, document: WorkbookDocument, m: Measure, lines: Awaited<ReturnType<WorkbookDocument['measureLines']>>): Promise<void> {
  const columns: ColumnSpec[] = [
    ...UNIT_COLUMNS,
    ...(m.isCount
      ? [{ header: `${m.numeratorName}（个）`, width: 14, numFmt: COUNT_FORMAT }]
      : [
          { header: m.numeratorName, width: 14, numFmt: COUNT_FORMAT },
          { header: m.denominatorName, width: 14, numFmt: COUNT_FORMAT },
          { header: `${m.name}（%）`, width: 11, numFmt: '0.0%' },
        ]),
    { header: '本级排名', width: 7 },
    { header: '全区排名', width: 7 },
    { header: m.isCount ? '较上月（个）' : '较上月（百分点）', width: 14, numFmt: m.isCount ? '+0;-0;0' : POINTS_FORMAT },
  ];
  const sheet = openSheet(workbook, document, sheetName(m.name), `${m.name}（${m.isCount ? m.numeratorName : `${m.numeratorName} ÷ ${m.denominatorName}`}）`, columns);
  const styles = new BodyStyles(columns);
  for (const [i, line] of lines.entries()) {
    await breathe(i);
    const change = line.change === null ? null : m.isCount ? line.change : Math.round(line.change * 1000) / 10;
    const tone = toneOf(m, line.change);
    bodyRow(sheet, styles, [
      UNIT_LEVEL_LABELS[line.level], line.name, line.code, line.parentName ?? '',
      ...(m.isCount ? [line.numerator] : [line.numerator, line.denominator, line.value]),
      line.rankInParent, line.rankInRegion, change,
    ], line.code === document.header.unit.code, tone === 'better' || tone === 'worse' ? tone : null);
  }
  await commitSheet(workbook, sheet);
}

async function definitionsSheet(workbook: Writer, document: WorkbookDocument): Promise<void> {
  const columns: ColumnSpec[] = [
    { header: '指标', width: 22 },
    { header: '计算方法', width: 46 },
    { header: '单位', width: 6 },
    { header: '方向', width: 9 },
    { header: '综合得分权重', width: 9 },
    { header: '认定依据（事项：佐证材料）', width: 46 },
  ];
  const sheet = openSheet(workbook, document, '指标说明', '指标说明', columns);
  const styles = new BodyStyles(columns);
  for (const d of document.definitions) {
    bodyRow(sheet, styles, [d.name, d.formula, d.unit, d.direction, d.weight > 0 ? d.weight : '不计入', d.recognition.join('；') || '—']);
  }
  const note = sheet.addRow([
    `数据截至 ${asOfZh(document.header.asOf)}。需佐证的上报事项须上传相应佐证材料且未被驳回方予认定，未认定的事项不计入指标；综合得分为各比率指标按权重加权的平均值（满分100）；排名并列时名次相同，无数据的单位排在最后。`,
  ]);
  note.font = { name: FONT, size: 10 };
  note.alignment = { wrapText: true, vertical: 'top' };
  note.height = 48;
  sheet.mergeCells(note.number, 1, note.number, columns.length);
  note.commit();
  await commitSheet(workbook, sheet);
}

/** Sheet names are at most 31 characters and exclude a few; indicator names fit as they are. */
function sheetName(name: string): string {
  return name.replace(/[\\/?*[\]:]/g, '').slice(0, 31);
}
