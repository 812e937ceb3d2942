import ExcelJS from 'exceljs';
import type { Writable } from 'node:stream';
import { PrintableColumn, printableSheet, SHEET_FONT as FONT, THIN_BORDERS as THIN } from '@app/common';
import { UNIT_LEVEL_LABELS } from '@app/registry';
import { signOffLines } from '../model/bulletin-header';
import { asOfZh, dateTimeZh, periodZh } from '../model/format';
import { INDICATOR_MEASURES, Measure, toneOf } from '../model/measures';
import type { WorkbookDocument } from '../model/workbook-document';

const GREEN = 'FF1A7F37';
const RED = 'FFC62828';
const POINTS_FORMAT = '+0.0;-0.0;0.0';
const COUNT_FORMAT = '#,##0';

type Writer = ExcelJS.stream.xlsx.WorkbookWriter;


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
    ...signOffLines(header),
  ];
}

/** A sheet set up for printing, with its title lines and header row written; returns it. */
function openSheet(workbook: Writer, document: WorkbookDocument, name: string, title: string, columns: PrintableColumn[], repeatColumns?: string): ExcelJS.Worksheet {
  const { header } = document;
  return printableSheet(workbook, name, {
    titles: titleLines(document, title),
    columns,
    pageHeader: { left: `${header.unit.name} ${periodZh(header.period)} 进度月报`, right: `数据截至 ${asOfZh(header.asOf)}` },
    repeatColumns,
  });
}

type Tone = 'better' | 'worse' | null;

/**
 * The styles of a sheet's body cells, one object per column and variant, shared by every cell
 * that has it: exceljs recognises a style object it has seen (a WeakMap) instead of serialising
 * each cell's own, which for a region's 950,000 rows is most of the time spent.
 */
class BodyStyles {
  private readonly styles = new Map<string, Partial<ExcelJS.Style>>();

  constructor(private readonly columns: readonly PrintableColumn[]) {}

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
const UNIT_COLUMNS: readonly PrintableColumn[] = [
  { header: '层级', width: 9 },
  { header: '单位名称', width: 24 },
  { header: '代码', width: 11 },
  { header: '上级单位', width: 12 },
];

async function summarySheet(workbook: Writer, document: WorkbookDocument): Promise<void> {
  const columns: PrintableColumn[] = [
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
  const columns: PrintableColumn[] = [
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
  const columns: PrintableColumn[] = [
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
