import ExcelJS from 'exceljs';
import type { Writable } from 'node:stream';
import { maskResidentId, printableSheet, THIN_BORDERS } from '@app/common';
import { Column } from '../columns';
import { ImportRun } from '../runs/import-run.entity';
import { EXCHANGE_OUTCOME_LABELS, ExchangeEntry, ExchangeOutcome, FieldChange } from './exchange-entry.entity';
import { ROSTER_COLUMNS, ROSTER_KIND_LABELS, RosterKind } from './roster-kind';

/** Entries are read and written this many at a time: a roster of any length is never held whole. */
export type EntryPages = (outcomes: ExchangeOutcome[], offset: number) => Promise<ExchangeEntry[]>;
export const ENTRY_PAGE = 1000;

const COLUMNS = [
  { header: '工作表', width: 10 },
  { header: '行号', width: 7 },
  { header: '身份证号', width: 22 },
  { header: '姓名', width: 10 },
  { header: '比对结果', width: 16 },
  { header: '将更新的字段（系统值 → 名单值）', width: 48 },
  { header: '冲突字段（不更新）', width: 56 },
];

/** A value as staff read it: the Chinese label of an enumerated value, 是/否, or （空）. */
function display(column: Column, value: unknown): string {
  if (value === null || value === undefined || value === '') return '（空）';
  if (column.kind.type === 'enum') return column.kind.labels[String(value)] ?? String(value);
  if (typeof value === 'boolean') return value ? '是' : '否';
  return String(value);
}

/**
 * The reconciliation workbook of an exchange (对账表), in Chinese: a summary of the roster and its
 * outcomes, then one sheet of every roster row (with what changes and what is in conflict), and
 * sheets of the unmatched and conflicting rows alone for the department to follow up. Streamed.
 */
export async function writeReconciliationWorkbook(run: ImportRun, pages: EntryPages, fullIds: boolean, out: Writable): Promise<void> {
  const kind = run.kind as RosterKind;
  // In the roster's column order (jsonb keeps its keys in an order of its own).
  const describe = (changes: Record<string, FieldChange>, conflict: boolean): string | null =>
    ROSTER_COLUMNS[kind]
      .filter((column) => column.field in changes)
      .map((column) => {
        const change = changes[column.field];
        const text = `${column.header}：${display(column, change.from)} → ${display(column, change.to)}`;
        return conflict ? `${text}（系统中 ${change.editedOn} 手工修改，晚于名单日期）` : text;
      })
      .join('；') || null;
  const title = `${ROSTER_KIND_LABELS[kind]}比对对账表（名单日期 ${run.asOf}）`;
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });

  const summary = printableSheet(workbook, '比对汇总', { titles: [title], columns: [{ header: '项目', width: 30 }, { header: '数量', width: 12 }], pageHeader: { left: title } });
  const counts: Array<[string, number]> = [
    ['名单数据行', run.rowsTotal],
    [EXCHANGE_OUTCOME_LABELS.MATCHED, run.personsMatched],
    [EXCHANGE_OUTCOME_LABELS.CONFLICTING, run.personsConflicting],
    [EXCHANGE_OUTCOME_LABELS.UNCHANGED, run.personsUnchanged],
    [EXCHANGE_OUTCOME_LABELS.UNMATCHED, run.personsUnmatched],
  ];
  for (const [label, count] of counts) summary.addRow([label, count]).commit();
  summary.addRow([]).commit();
  summary.addRow(['上传文件', run.fileName]).commit();
  summary.addRow(['比对人', run.importedBy]).commit();
  summary.addRow(['状态', run.committedAt ? `已于 ${run.committedAt.toISOString().slice(0, 10)} 提交入库` : '未提交']).commit();
  summary.commit();

  const sheets: Array<[string, ExchangeOutcome[]]> = [
    ['比对明细', []],
    ['未匹配', [ExchangeOutcome.UNMATCHED]],
    ['有冲突', [ExchangeOutcome.CONFLICTING]],
  ];
  for (const [name, outcomes] of sheets) {
    const sheet = printableSheet(workbook, name, { titles: [`${title}：${name}`], columns: COLUMNS, pageHeader: { left: title, right: name } });
    for (let offset = 0; ; offset += ENTRY_PAGE) {
      const entries = await pages(outcomes, offset);
      for (const entry of entries) {
        const row = sheet.addRow([
          entry.sheet,
          entry.row,
          fullIds ? entry.idNumber : maskResidentId(entry.idNumber),
          entry.name,
          EXCHANGE_OUTCOME_LABELS[entry.outcome],
          describe(entry.changes, false),
          describe(entry.conflicts, true),
        ]);
        row.eachCell((cell) => (cell.border = THIN_BORDERS));
        row.commit();
      }
      if (entries.length < ENTRY_PAGE) break;
    }
    sheet.commit();
  }
  await workbook.commit();
}
