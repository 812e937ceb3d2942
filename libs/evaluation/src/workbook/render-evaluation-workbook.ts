import ExcelJS from 'exceljs';
import type { Writable } from 'node:stream';
import { PrintableColumn, printableSheet, SHEET_FONT } from '@app/common';
import { HOUSEHOLD_TYPE_LABELS, UNIT_LEVEL_LABELS } from '@app/registry';
import { REDLINE_RULE_LABELS } from '@app/redlines';
import { EVALUATION_FIGURES, EvaluationFigure, HOUSING_FIGURES } from '../catalog/evaluation-figures';
import { EVALUATION_CHECK_LABELS, EvaluationCheck, EvaluationFigureUnit } from '../catalog/evaluation.enums';
import { EvaluationFigureValue, NationalEvaluation } from '../dtos/national-evaluation.types';
import { bodyRow } from './body-row';

const COUNT_FORMAT = '#,##0';
const YUAN_FORMAT = '#,##0.00';

/** "2026年11月30日24时": the end of the as-of day, as the monthly workbook writes it. */
const asOfZh = (day: string) => {
  const [y, m, d] = day.split('-').map(Number);
  return `${y}年${m}月${d}日24时`;
};

/** The columns a figure takes: a rate shows numerator, denominator and rate; a count or an amount its value. */
function figureColumns(figure: EvaluationFigure): PrintableColumn[] {
  switch (figure.unit) {
    case EvaluationFigureUnit.COUNT:
      return [{ header: figure.nameZh, width: 11, numFmt: COUNT_FORMAT }];
    case EvaluationFigureUnit.YUAN:
      return [{ header: `${figure.nameZh}（元）`, width: 12, numFmt: YUAN_FORMAT }];
    case EvaluationFigureUnit.RATIO:
      return [
        { header: figure.numeratorZh, width: 12, numFmt: COUNT_FORMAT },
        { header: figure.denominatorZh ?? '', width: 12, numFmt: COUNT_FORMAT },
        { header: `${figure.nameZh}（%）`, width: 10, numFmt: '0.0%' },
      ];
  }
}

function figureCells(figure: EvaluationFigure, value: EvaluationFigureValue): ExcelJS.CellValue[] {
  return figure.unit === EvaluationFigureUnit.RATIO ? [value.numerator, value.denominator, value.value] : [value.value];
}

/**
 * The evaluation as a workbook for printing and for working in: one sheet per check (the unit
 * and every unit below it, counts and rates), the housing check by relocation year, the
 * households over a self-funding red line, and the definitions with the as-of instant last.
 */
export async function renderEvaluationWorkbook(evaluation: NationalEvaluation, unitName: string, output: Writable): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '易地扶贫搬迁工作调度系统';
  const asOf = asOfZh(evaluation.asOf);
  const pageHeader = { left: `${unitName} 国家评估核查指标\u3000数据截至 ${asOf}` };
  const titles = (title: string) => [`${unitName} 易地扶贫搬迁国家评估核查指标 · ${title}`, `数据截至 ${asOf}\u3000仅计经认定的数据（须有佐证材料且未被驳回）`];
  const sheetOf = (name: string, title: string, columns: PrintableColumn[]) => printableSheet(workbook, name, { titles: titles(title), columns, pageHeader });
  const unitColumns: PrintableColumn[] = [
    { header: '层级', width: 8 },
    { header: '单位名称', width: 22 },
    { header: '代码', width: 12 },
  ];

  for (const check of Object.values(EvaluationCheck)) {
    const figures = EVALUATION_FIGURES.filter((f) => f.check === check);
    const sheet = sheetOf(EVALUATION_CHECK_LABELS[check].replace(/[、]/g, '与'), EVALUATION_CHECK_LABELS[check], [...unitColumns, ...figures.flatMap(figureColumns)]);
    for (const unit of evaluation.units) {
      const byKey = new Map(unit.figures.map((v) => [v.key, v]));
      bodyRow(sheet, [UNIT_LEVEL_LABELS[unit.level], unit.name, unit.code, ...figures.flatMap((f) => figureCells(f, byKey.get(f.key)!))], unit.code === evaluation.divisionCode);
    }
  }

  const years = sheetOf('按搬迁年度', '住房面积达标、搬迁入住（按搬迁年度）', [{ header: '搬迁年度', width: 10 }, ...HOUSING_FIGURES.flatMap(figureColumns)]);
  for (const year of evaluation.byRelocationYear) {
    bodyRow(years, [year.relocationYear, ...HOUSING_FIGURES.flatMap((f, i) => figureCells(f, year.figures[i]))]);
  }

  const overLine = sheetOf('超红线户清单', '自筹资金超红线户清单', [
    { header: '县（市、区）', width: 14 },
    { header: '安置点', width: 22 },
    { header: '户编码', width: 18 },
    { header: '户主姓名', width: 10 },
    { header: '搬迁户类型', width: 13 },
    { header: '受益人口', width: 8, numFmt: COUNT_FORMAT },
    { header: '自筹资金（元）', width: 13, numFmt: YUAN_FORMAT },
    { header: '人均自筹资金（元）', width: 13, numFmt: YUAN_FORMAT },
    { header: '超过的红线', width: 26 },
  ]);
  for (const h of evaluation.overLineHouseholds) {
    bodyRow(overLine, [h.countyName, h.siteName, h.code, h.headName, HOUSEHOLD_TYPE_LABELS[h.householdType], h.beneficiaryCount, h.selfFunding, h.selfFundingPerPerson, h.rules.map((r) => REDLINE_RULE_LABELS[r]).join('、')]);
  }
  if (evaluation.overLineHouseholds.length === 0) bodyRow(overLine, ['无自筹资金超红线的户']);

  const definitions = sheetOf('指标说明', '指标说明', [
    { header: '核查事项', width: 18 },
    { header: '数据项', width: 20 },
    { header: '分子', width: 22 },
    { header: '分母', width: 18 },
    { header: '计算方法', width: 70 },
  ]);
  for (const f of EVALUATION_FIGURES) bodyRow(definitions, [EVALUATION_CHECK_LABELS[f.check], f.nameZh, f.numeratorZh, f.denominatorZh ?? '（数量）', f.definitionZh]);
  const note = definitions.addRow([
    `全部数据按 ${asOf}（北京时间）系统中记录的状态计算，其后的修改不影响本表。核查内容依据发改地区规〔2016〕2660号的四项要求。需佐证的上报事项须上传相应佐证材料且未被驳回方予认定，未认定的不计入。上级单位的数据为所辖安置点之和。`,
  ]);
  note.font = { name: SHEET_FONT, size: 10 };
  note.alignment = { wrapText: true, vertical: 'top' };
  note.height = 60;
  definitions.mergeCells(note.number, 1, note.number, 5);

  await workbook.xlsx.write(output);
}
