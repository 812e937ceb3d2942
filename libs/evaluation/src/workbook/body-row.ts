import type ExcelJS from 'exceljs';
import { SHEET_FONT, THIN_BORDERS } from '@app/common';

/** A body row with borders; bold for the evaluated unit's own line. */
export function bodyRow(sheet: ExcelJS.Worksheet, values: ExcelJS.CellValue[], bold = false): void {
  const row = sheet.addRow(values);
  row.eachCell({ includeEmpty: true }, (cell) => {
    cell.border = THIN_BORDERS;
    cell.alignment = { vertical: 'middle', wrapText: typeof cell.value === 'string' };
    if (bold) cell.font = { name: SHEET_FONT, size: 10, bold: true };
  });
}
