import ExcelJS from 'exceljs';
import type { Readable, Writable } from 'node:stream';
import { ImportFormat, readSheets, SheetRow } from '../reading/sheet-reader';
import { ImportProblem } from '../runs/import-problem.entity';
import { HEADER_SEARCH_ROWS, layoutOf, normalizeHeader } from '../validation/sheet-layout';

const PROBLEM_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };
const REASON_HEADER = '问题说明';
const SUMMARY_SHEET = '问题汇总';

/**
 * The clerk's file sent back for fixing (issue 15): a summary sheet of every problem, then each
 * uploaded sheet with its rows where they were, the cells at fault filled red and the reasons in
 * a last column 问题说明 (which the import ignores, so the fixed file can be sent as it is).
 * Read and written as streams: the file is never held whole.
 */
export async function writeProblemsWorkbook(original: Readable, format: ImportFormat, problems: readonly ImportProblem[], out: Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const summary = workbook.addWorksheet(SUMMARY_SHEET);
  summary.columns = [
    { header: '工作表', width: 12 },
    { header: '行号', width: 8 },
    { header: '列名', width: 18 },
    { header: '单元格的值', width: 24 },
    { header: '原因', width: 60 },
  ];
  for (const problem of problems) summary.addRow([problem.sheet ?? '（整个文件）', problem.row, problem.column, problem.value, problem.reason]).commit();
  summary.commit();

  const byRow = new Map<string, ImportProblem[]>();
  for (const problem of problems) {
    if (problem.sheet === null || problem.row === null) continue;
    const key = `${problem.sheet}\u0000${problem.row}`;
    byRow.set(key, [...(byRow.get(key) ?? []), problem]);
  }
  for await (const sheet of readSheets(original, format)) {
    // Only data sheets come back (not 填写说明): a sheet is copied once its header row is found.
    let copy: ExcelJS.Worksheet | null = null;
    const pending: SheetRow[] = [];
    let columnOf = new Map<string, number>();
    let reasonColumn = 0;
    for await (const row of sheet.rows) {
      if (!copy) {
        if (row.number > HEADER_SEARCH_ROWS) continue;
        pending.push(row);
        if (!layoutOf(sheet.name, row.number, row.cells).layout) continue;
        copy = workbook.addWorksheet(sheet.name);
        columnOf = new Map(Array.from(row.cells, (cell, index) => [normalizeHeader(cell), index] as const));
        reasonColumn = row.cells.length;
        for (const earlier of pending) copyRow(copy, earlier);
        const header = copy.getRow(row.number);
        header.getCell(reasonColumn).value = REASON_HEADER;
        header.getCell(reasonColumn).font = { bold: true, color: { argb: 'FFC00000' } };
        header.commit();
        continue;
      }
      const target = copyRow(copy, row);
      const found = byRow.get(`${sheet.name}\u0000${row.number}`);
      if (found) {
        for (const problem of found) {
          const column = problem.column ? columnOf.get(problem.column) : undefined;
          if (column) target.getCell(column).fill = PROBLEM_FILL;
        }
        target.getCell(reasonColumn).value = found.map((problem) => (problem.column ? `${problem.column}：${problem.reason}` : problem.reason)).join('；');
      }
      target.commit();
    }
    copy?.commit();
  }
  await workbook.commit();
}

/** Puts a row where it was in the upload, so row numbers in problems and in the file agree. */
function copyRow(sheet: ExcelJS.Worksheet, row: SheetRow): ExcelJS.Row {
  const target = sheet.getRow(row.number);
  row.cells.forEach((value, index) => {
    if (index > 0 && value !== undefined && value !== null) target.getCell(index).value = value as ExcelJS.CellValue;
  });
  return target;
}
