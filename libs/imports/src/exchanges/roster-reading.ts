import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { Readable } from 'node:stream';
import { UpdatePersonInput } from '@app/registry';
import { readCell } from '../cell-values';
import { Column } from '../columns';
import { Recognised } from '../reading/data-rows';
import { ImportFormat, readSheets, SheetRow } from '../reading/sheet-reader';
import { displayValue, Problem } from '../validation/import-problem';
import { inputProblems, residentIdReason } from '../validation/reasons';
import { HEADER_SEARCH_ROWS, locateColumns, normalizeHeader } from '../validation/sheet-layout';
import { ID_NUMBER_COLUMN, ROSTER_COLUMNS, rosterFields, RosterKind } from './roster-kind';

export interface RosterLayout {
  positions: Map<Column, number>;
}

/** One usable roster row: whose it is and the person fields it sets. */
export interface RosterRow {
  sheet: string;
  row: number;
  idNumber: string;
  name: string | null;
  fields: Record<string, unknown>;
}

/** Departments head their resident-ID column in their own words. */
const HEADER_ALIASES: Record<string, string> = { 身份证号码: '身份证号', 公民身份号码: '身份证号', 公民身份证号码: '身份证号' };

/** A roster's header: the row naming a resident-ID column, with the kind's columns located. */
export function rosterRecogniser(kind: RosterKind): (sheet: string, rowNumber: number, cells: readonly unknown[]) => Recognised<RosterLayout> {
  return (sheet, rowNumber, cells) => {
    const headers = Array.from(cells, (cell) => {
      const header = normalizeHeader(cell);
      return HEADER_ALIASES[header] ?? header;
    });
    if (!headers.includes(ID_NUMBER_COLUMN.header)) return { layout: null, problems: [] };
    const { positions, problems } = locateColumns(sheet, rowNumber, headers, ROSTER_COLUMNS[kind]);
    return { layout: { positions }, problems };
  };
}

/**
 * Why a roster cannot be exchanged at all, judged from its header before it is accepted: no
 * sheet with a resident-ID column near its top, or one without the kind's required columns.
 * Stops reading at the first header found.
 */
export async function rosterHeaderProblems(content: Readable, format: ImportFormat, kind: RosterKind): Promise<string[]> {
  const recognise = rosterRecogniser(kind);
  try {
    for await (const sheet of readSheets(content, format)) {
      for await (const row of sheet.rows) {
        if (row.number > HEADER_SEARCH_ROWS) break;
        const found = recognise(sheet.name, row.number, row.cells);
        if (found.layout) return found.problems.map((problem) => `“${problem.sheet}”第 ${problem.row} 行“${problem.column}”：${problem.reason}`);
      }
    }
  } catch {
    return ['文件无法读取：已损坏，或不是 Excel 工作簿（.xlsx）/ CSV 文件'];
  } finally {
    content.destroy();
  }
  return [`没有找到“身份证号”列：名单须有一行表头（前 ${HEADER_SEARCH_ROWS} 行内），其中一列为“身份证号”`];
}

/**
 * A roster read row by row: each cell by the template's reading of its column, the values by
 * the registry's own person input rules, resident IDs checked and unique within the file.
 */
export class RosterReading {
  readonly problems: Problem[] = [];
  readonly rows: RosterRow[] = [];
  private readonly seen = new Map<string, { sheet: string; row: number }>();

  constructor(private readonly kind: RosterKind) {}

  async take(sheet: string, row: SheetRow, layout: RosterLayout): Promise<void> {
    const before = this.problems.length;
    const values: Record<string, unknown> = {};
    const headerOf = new Map<string, Column>();
    const problem = (column: Column, reason: string) =>
      this.problems.push({ sheet, row: row.number, column: column.header, value: displayValue(row.cells[layout.positions.get(column) ?? -1]), reason });
    for (const [column, index] of layout.positions) {
      headerOf.set(column.field, column);
      const reading = readCell(row.cells[index], column.kind);
      if (!reading.ok) problem(column, reading.reason);
      else if (reading.value === undefined && column.required) problem(column, '为必填项，不得为空');
      else values[column.field] = reading.value;
    }
    const idNumber = values.idNumber;
    const idProblem = residentIdReason(idNumber);
    if (idProblem) problem(ID_NUMBER_COLUMN, idProblem);
    const fields = rosterFields(this.kind, values);
    if (this.problems.length === before) {
      for (const found of inputProblems(await validate(plainToInstance(UpdatePersonInput, fields), { skipMissingProperties: true }))) {
        const column = headerOf.get(found.field);
        if (column) problem(column, found.reason);
      }
    }
    if (typeof idNumber === 'string' && !idProblem) {
      const earlier = this.seen.get(idNumber);
      if (earlier) problem(ID_NUMBER_COLUMN, `身份证号与“${earlier.sheet}”第 ${earlier.row} 行重复`);
      else this.seen.set(idNumber, { sheet, row: row.number });
    }
    if (this.problems.length === before) this.rows.push({ sheet, row: row.number, idNumber: idNumber as string, name: (values.name as string | undefined) ?? null, fields });
  }
}
