import type ExcelJS from 'exceljs';

/** The font staff workbooks are set in (the bulletin's Chinese font, so print and PDF match). */
export const SHEET_FONT = 'Noto Sans SC';
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEF2F7' } };
const LINE = { style: 'thin', color: { argb: 'FFC9D1DB' } } as const;
/** Thin grey borders on four sides, the grid of every printed table. */
export const THIN_BORDERS: Partial<ExcelJS.Borders> = { top: LINE, bottom: LINE, left: LINE, right: LINE };
const NOTICE_COLOUR = 'FFC62828';

export interface PrintableColumn {
  header: string;
  width: number;
  numFmt?: string;
  /** Narrow columns (ranks) read their header top to bottom. */
  vertical?: boolean;
}

export interface PrintableSheetLayout {
  /** Title lines above the table: the first is the sheet's title; lines from the third on are notices (revisions, sign-off) and print red. */
  titles: readonly string[];
  columns: readonly PrintableColumn[];
  /** The running header of every printed page: left part, and an optional right part. */
  pageHeader: { left: string; right?: string };
  /** Columns repeated on every printed page of a wide sheet, e.g. 'A:B' (the unit's name). */
  repeatColumns?: string;
}

/** What both exceljs workbooks (in memory and streaming) offer for adding a sheet. */
interface SheetHost {
  addWorksheet(name: string, options?: Partial<ExcelJS.AddWorksheetOptions>): unknown;
}

/**
 * A sheet laid out as staff print their workbooks: A4 landscape, fitted to one page wide, the
 * title lines and the header row repeated on every page (and the name columns of a wide sheet),
 * page numbers in the footer, the header row frozen on screen. Writes the titles and the header
 * and returns the sheet; works for the streaming writer too (rows are committed as written).
 */
export function printableSheet(workbook: SheetHost, name: string, layout: PrintableSheetLayout): ExcelJS.Worksheet {
  const { titles, columns, pageHeader, repeatColumns } = layout;
  const headerRow = titles.length + 1;
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
      oddHeader: `&L${pageHeader.left}${pageHeader.right ? `&R${pageHeader.right}` : ''}`,
      oddFooter: '&C第 &P 页 共 &N 页',
    },
  }) as ExcelJS.Worksheet;
  sheet.columns = columns.map((c) => ({ width: c.width, style: { font: { name: SHEET_FONT, size: 10 }, ...(c.numFmt ? { numFmt: c.numFmt } : {}) } }));
  titles.forEach((line, i) => {
    const row = sheet.addRow([line]);
    row.font = { name: SHEET_FONT, size: i === 0 ? 14 : 10, bold: i === 0, color: i >= 2 ? { argb: NOTICE_COLOUR } : undefined };
    row.height = i === 0 ? 24 : 16;
    sheet.mergeCells(row.number, 1, row.number, columns.length);
    row.commit();
  });
  const head = sheet.addRow(columns.map((c) => c.header));
  const vertical = columns.filter((c) => c.vertical);
  // Stacked characters need about 13 points each.
  head.height = vertical.length > 0 ? Math.max(...vertical.map((c) => c.header.length)) * 13 + 8 : 34;
  head.eachCell((cell, i) => {
    cell.font = { name: SHEET_FONT, size: 10, bold: true };
    cell.fill = HEADER_FILL;
    cell.border = THIN_BORDERS;
    cell.alignment = columns[i - 1].vertical
      ? { textRotation: 'vertical', horizontal: 'center', vertical: 'middle' }
      : { wrapText: true, horizontal: 'center', vertical: 'middle' };
  });
  head.commit();
  return sheet;
}
