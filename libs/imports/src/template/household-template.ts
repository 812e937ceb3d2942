import ExcelJS from 'exceljs';
import { Column, GUIDE_SHEET, HOUSEHOLD_COLUMNS, HOUSEHOLD_SHEET, PERSON_COLUMNS, PERSON_SHEET } from '../columns';

/** Rows the dropdowns and formats cover; the import itself reads however many rows there are. */
const TEMPLATE_ROWS = 10000;
const LISTS_SHEET = '选项';
const REQUIRED_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFCE4D6' } };
const OPTIONAL_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };

const NUMBER_FORMATS: Partial<Record<Column['kind']['type'], string>> = {
  code: '@',
  int: '0',
  decimal: '0.00',
  date: 'yyyy-mm-dd',
};

/**
 * One validation over a whole range, as Excel stores it (one `sqref`), rather than one per cell:
 * exceljs writes range keys of `dataValidations` that way, but its typings do not declare them.
 */
function addRangeValidation(sheet: ExcelJS.Worksheet, range: string, validation: ExcelJS.DataValidation): void {
  (sheet as unknown as { dataValidations: { add(address: string, rule: ExcelJS.DataValidation): void } }).dataValidations.add(range, validation);
}

/** The header a column shows: required ones start with `*`, which the import ignores. */
export const headerText = (column: Column): string => (column.required ? `*${column.header}` : column.header);

const columnLetter = (index: number): string => {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
};

/**
 * The workbook counties fill in (issue 15): 搬迁户 and 搬迁人口 with a column for every field of
 * SPEC §2.2–2.3, required headers marked, each enumerated column a dropdown of its Chinese
 * labels (kept on a hidden sheet, as long lists exceed Excel's inline limit), codes as text so
 * resident IDs keep their digits, and 填写说明 explaining every column.
 */
export function buildHouseholdTemplate(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '易地扶贫搬迁工作调度系统';
  const households = workbook.addWorksheet(HOUSEHOLD_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  const persons = workbook.addWorksheet(PERSON_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  const guide = workbook.addWorksheet(GUIDE_SHEET);
  const lists = workbook.addWorksheet(LISTS_SHEET, { state: 'veryHidden' });
  let listColumn = 0;
  const listRange = (labels: string[]): string => {
    const letter = columnLetter(listColumn++);
    labels.forEach((label, i) => (lists.getCell(`${letter}${i + 1}`).value = label));
    return `${LISTS_SHEET}!$${letter}$1:$${letter}$${labels.length}`;
  };

  for (const [sheet, columns] of [
    [households, HOUSEHOLD_COLUMNS],
    [persons, PERSON_COLUMNS],
  ] as const) {
    sheet.columns = columns.map((column) => ({ header: headerText(column), key: column.field, width: column.width ?? 12 }));
    columns.forEach((column, index) => {
      const letter = columnLetter(index);
      const header = sheet.getCell(`${letter}1`);
      header.font = { bold: true, color: column.required ? { argb: 'FFC00000' } : undefined };
      header.fill = column.required ? REQUIRED_FILL : OPTIONAL_FILL;
      header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
      if (column.note) header.note = column.note;
      const numFmt = NUMBER_FORMATS[column.kind.type];
      if (numFmt) sheet.getColumn(index + 1).numFmt = numFmt;
      const range = `${letter}2:${letter}${TEMPLATE_ROWS + 1}`;
      const kind = column.kind;
      if (kind.type === 'enum' || kind.type === 'yesNo') {
        const labels = kind.type === 'enum' ? Object.values(kind.labels) : ['是', '否'];
        addRangeValidation(sheet, range, {
          type: 'list',
          allowBlank: !column.required,
          formulae: [listRange(labels)],
          showErrorMessage: true,
          errorTitle: column.header,
          error: `请从下拉列表中选择：${labels.join('、')}`,
        });
      } else if (kind.type === 'date') {
        addRangeValidation(sheet, range, {
          type: 'date',
          operator: 'greaterThan',
          allowBlank: true,
          formulae: [new Date(Date.UTC(1900, 0, 1))],
          showErrorMessage: true,
          error: '请填写日期，如 2019-05-01',
        });
      }
    });
    sheet.getRow(1).height = 32;
  }

  guide.columns = [
    { header: '工作表', key: 'sheet', width: 12 },
    { header: '列名', key: 'header', width: 24 },
    { header: '是否必填', key: 'required', width: 10 },
    { header: '填写要求', key: 'rule', width: 80 },
  ];
  guide.getRow(1).font = { bold: true };
  guide.addRow({ sheet: '全部', header: '', required: '', rule: '带 * 的列为必填列；第一行为表头，请勿修改、合并或删除表头；不要使用公式；空行会被跳过。' });
  guide.addRow({ sheet: '全部', header: '', required: '', rule: '户编码把搬迁人口与搬迁户联系起来；安置点编码把搬迁户与安置点联系起来，须为您辖区内已登记的安置点。' });
  guide.addRow({ sheet: '全部', header: '', required: '', rule: '整个文件全部通过校验后方可提交入库；有任何问题则一行也不写入，请按问题清单修改后重新上传。' });
  for (const [name, columns] of [
    [HOUSEHOLD_SHEET, HOUSEHOLD_COLUMNS],
    [PERSON_SHEET, PERSON_COLUMNS],
  ] as const) {
    for (const column of columns) {
      const kind = column.kind;
      const choices = kind.type === 'enum' ? `从下拉列表选择：${Object.values(kind.labels).join('、')}` : kind.type === 'yesNo' ? '填“是”或“否”' : '';
      const format = kind.type === 'date' ? '日期，如 2019-05-01' : kind.type === 'int' ? '整数' : kind.type === 'decimal' ? '数字，最多两位小数' : '';
      guide.addRow({ sheet: name, header: column.header, required: column.required ? '必填' : '选填', rule: [format, choices, column.note].filter(Boolean).join('；') });
    }
  }
  guide.getColumn('rule').alignment = { wrapText: true };
  return workbook;
}
