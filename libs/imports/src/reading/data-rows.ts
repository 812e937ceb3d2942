import { Logger } from '@nestjs/common';
import type { Readable } from 'node:stream';
import { DomainError } from '@app/common';
import type { Problem } from '../validation/import-problem';
import { HEADER_SEARCH_ROWS, isSkippable } from '../validation/sheet-layout';
import { ImportFormat, readSheets, SheetRow } from './sheet-reader';

/** A row recognised (or not) as the header of a data sheet, with what makes it unreadable. */
export interface Recognised<L> {
  layout: L | null;
  problems: Problem[];
}

export interface DataRowsOptions<L> {
  maxRows: number;
  /** Tells a header row and where its columns are; null layout for any other row. */
  recognise(sheet: string, rowNumber: number, cells: readonly unknown[]): Recognised<L>;
  /** Takes one data row of a recognised sheet. */
  take(sheet: string, row: SheetRow, layout: L): Promise<void>;
}

const logger = new Logger('DataRows');
class TooManyRows extends Error {}
/** A failure of the caller's own work on a row (the database, say): not the file's fault, so not reported as unreadable. */
class TakeFailed extends Error {
  constructor(readonly failure: unknown) {
    super('taking a row failed');
  }
}
const fileProblem = (reason: string): Problem => ({ sheet: null, row: null, column: null, value: null, reason });

/**
 * Streams the data rows of every sheet whose header is found near its top (title rows above
 * it, sheets without one such as 填写说明 skipped; blank and total rows skipped). What makes the
 * file unreadable — a broken header, too many rows, a corrupt file — comes back as problems of
 * the file; the caller's own refusals (DomainError) and failures (so the job is retried) pass through.
 */
export async function readDataRows<L>(content: Readable, format: ImportFormat, options: DataRowsOptions<L>): Promise<Problem[]> {
  const problems: Problem[] = [];
  let rows = 0;
  try {
    for await (const sheet of readSheets(content, format)) {
      let layout: L | null = null;
      let unreadable = false;
      // Every row is consumed even when the sheet is skipped: the streaming reader must reach its end.
      for await (const row of sheet.rows) {
        if (unreadable) continue;
        if (!layout) {
          if (row.number > HEADER_SEARCH_ROWS) continue;
          const found = options.recognise(sheet.name, row.number, row.cells);
          problems.push(...found.problems);
          if (found.layout && found.problems.length === 0) layout = found.layout;
          else if (found.layout) unreadable = true;
          continue;
        }
        if (isSkippable(row.cells)) continue;
        rows += 1;
        if (rows > options.maxRows) throw new TooManyRows();
        await options.take(sheet.name, row, layout).catch((failure: unknown) => {
          throw failure instanceof DomainError ? failure : new TakeFailed(failure);
        });
      }
    }
  } catch (error) {
    if (error instanceof TooManyRows) problems.push(fileProblem(`数据超过 ${options.maxRows} 行：请按乡镇或安置点拆分成多个文件`));
    else if (error instanceof DomainError) throw error;
    else if (error instanceof TakeFailed) throw error.failure;
    else {
      logger.warn(`unreadable file (${String(error)})`);
      problems.push(fileProblem('文件无法读取：已损坏，或不是 Excel 工作簿（.xlsx）/ CSV 文件'));
    }
  } finally {
    content.destroy();
  }
  return problems;
}
