import { cellText } from '../cell-values';
import { Column, columnsOf, sheetKindOf } from '../columns';
import { Problem } from './import-problem';

/** Title rows may sit above the headers (a merged "XX县易地扶贫搬迁户花名册"): look this far down. */
export const HEADER_SEARCH_ROWS = 10;

export interface SheetLayout {
  kind: 'HOUSEHOLD' | 'PERSON';
  headerRow: number;
  /** Column number of each known column present; unknown extra columns are ignored. */
  positions: Map<Column, number>;
}

/** A header as staff write it: `*` marking required columns, spaces, full-width brackets. */
export const normalizeHeader = (raw: unknown): string => {
  const text = cellText(raw);
  if (!text.ok || typeof text.value !== 'string') return '';
  return text.value.replace(/^\*/, '').replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）');
};

/**
 * Recognises a row as the header of a household or person sheet, and where each column is.
 * Null when it is no header; problems when it is one that cannot be read (a required column
 * missing, e.g. because its header is merged with another, or a header given twice).
 */
export function layoutOf(sheet: string, rowNumber: number, cells: readonly unknown[]): { layout: SheetLayout | null; problems: Problem[] } {
  const headers = Array.from(cells, normalizeHeader);
  const kind = sheetKindOf(new Set(headers));
  if (!kind) return { layout: null, problems: [] };
  const { positions, problems } = locateColumns(sheet, rowNumber, headers, columnsOf(kind));
  return { layout: { kind, headerRow: rowNumber, positions }, problems };
}

/** Where each of `columns` is in a header row (normalised headers), and which required ones are missing or doubled. */
export function locateColumns(sheet: string, rowNumber: number, headers: readonly string[], columns: readonly Column[]): { positions: Map<Column, number>; problems: Problem[] } {
  const problems: Problem[] = [];
  const positions = new Map<Column, number>();
  for (const column of columns) {
    const found = headers.flatMap((header, index) => (header === column.header ? [index] : []));
    if (found.length > 1) problems.push({ sheet, row: rowNumber, column: column.header, value: null, reason: `表头“${column.header}”出现了 ${found.length} 次` });
    if (found.length > 0) positions.set(column, found[0]);
    else if (column.required) problems.push({ sheet, row: rowNumber, column: column.header, value: null, reason: '缺少必填列（表头须与模板一致，且不得合并单元格）' });
  }
  return { positions, problems };
}

/** A row that carries no record: blank, or a total at the bottom. */
export function isSkippable(cells: readonly unknown[]): boolean {
  // Array.from, not map: exceljs gives sparse arrays, whose holes map would keep as holes.
  const texts = Array.from(cells, (cell) => {
    const text = cellText(cell);
    return text.ok ? String(text.value ?? '') : 'x';
  });
  const first = texts.find((text) => text !== '');
  return first === undefined || /^(合计|总计|小计)/.test(first);
}
