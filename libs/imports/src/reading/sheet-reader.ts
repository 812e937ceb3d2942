import { parse } from '@fast-csv/parse';
import ExcelJS from 'exceljs';
import type { Readable } from 'node:stream';

export type ImportFormat = 'XLSX' | 'CSV';

/** One row as read: cells by 1-based column number, as the spreadsheet holds them. */
export interface SheetRow {
  number: number;
  cells: readonly unknown[];
}

export interface SheetRows {
  name: string;
  rows: AsyncIterable<SheetRow>;
}

/**
 * The sheets of an uploaded file, one at a time and row by row: a workbook through exceljs'
 * streaming reader (the file is never loaded whole), a CSV as one sheet. Styles are read only
 * to tell date cells from numbers.
 */
export async function* readSheets(content: Readable, format: ImportFormat): AsyncGenerator<SheetRows> {
  if (format === 'CSV') {
    yield { name: 'CSV', rows: csvRows(content) };
    return;
  }
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(content, { sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'cache', worksheets: 'emit', entries: 'ignore' });
  for await (const worksheet of reader) {
    yield { name: (worksheet as unknown as { name: string }).name, rows: worksheetRows(worksheet) };
  }
}

async function* worksheetRows(worksheet: ExcelJS.stream.xlsx.WorksheetReader): AsyncGenerator<SheetRow> {
  for await (const row of worksheet) {
    yield { number: row.number, cells: row.values as unknown[] };
  }
}

async function* csvRows(content: Readable): AsyncGenerator<SheetRow> {
  let number = 0;
  // A BOM (Excel's "CSV UTF-8") is not part of the first header.
  const parser = content.pipe(parse({ ignoreEmpty: false, trim: false, strictColumnHandling: false, encoding: 'utf8' }));
  for await (const record of parser as AsyncIterable<string[]>) {
    number += 1;
    const cells = number === 1 && record.length > 0 ? [record[0].replace(/^\uFEFF/, ''), ...record.slice(1)] : record;
    yield { number, cells: [undefined, ...cells] };
  }
}
