import ExcelJS from 'exceljs';

export const FONT = 'Noto Sans SC';
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEF2F7' } };
const LINE = { style: 'thin', color: { argb: 'FFC9D1DB' } } as const;
export const THIN: Partial<ExcelJS.Borders> = { top: LINE, bottom: LINE, left: LINE, right: LINE };

export interface Column {
  header: string;
  width: number;
  numFmt?: string;
}

/**
 * A sheet laid out as staff print the monthly workbook: A4 landscape, one page wide, the title
 * lines and the header row repeated on every page, page numbers in the footer, the header row
 * frozen on screen. Returns the sheet with its titles and header written.
 */
export function printableSheet(workbook: ExcelJS.Workbook, name: string, titles: readonly string[], columns: readonly Column[], pageHeader: string): ExcelJS.Worksheet {
  const headerRow = titles.length + 1;
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: headerRow }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: `1:${headerRow}`,
    },
    headerFooter: { oddHeader: `&L${pageHeader}`, oddFooter: '&C第 &P 页 共 &N 页' },
  });
  sheet.columns = columns.map((c) => ({ width: c.width, style: { font: { name: FONT, size: 10 }, ...(c.numFmt ? { numFmt: c.numFmt } : {}) } }));
  titles.forEach((line, i) => {
    const row = sheet.addRow([line]);
    row.font = { name: FONT, size: i === 0 ? 14 : 10, bold: i === 0 };
    row.height = i === 0 ? 24 : 16;
    sheet.mergeCells(row.number, 1, row.number, columns.length);
  });
  const head = sheet.addRow(columns.map((c) => c.header));
  head.height = 34;
  head.eachCell((cell) => {
    cell.font = { name: FONT, size: 10, bold: true };
    cell.fill = HEADER_FILL;
    cell.border = THIN;
    cell.alignment = { wrapText: true, horizontal: 'center', vertical: 'middle' };
  });
  return sheet;
}

/** A body row with borders; bold for the evaluated unit's own line. */
export function bodyRow(sheet: ExcelJS.Worksheet, values: ExcelJS.CellValue[], bold = false): void {
  const row = sheet.addRow(values);
  row.eachCell({ includeEmpty: true }, (cell) => {
    cell.border = THIN;
    cell.alignment = { vertical: 'middle', wrapText: typeof cell.value === 'string' };
    if (bold) cell.font = { name: FONT, size: 10, bold: true };
  });
}
