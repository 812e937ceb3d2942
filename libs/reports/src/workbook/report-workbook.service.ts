import { Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { DivisionCode, notFound } from '@app/common';
import { Viewer } from '@app/access';
import { INDICATOR_DEFINITIONS, IndicatorUnit } from '@app/indicators';
import { SiteService, UNIT_LEVEL_LABELS, UnitLevel } from '@app/registry';
import { ReportReader } from '../reading/report-reader.service';
import { ReportRow } from '../snapshot/report-row.entity';
import { ReportUnitSummary } from '../snapshot/report-unit-summary.entity';

const TIERS_BELOW: Record<UnitLevel, UnitLevel[]> = {
  [UnitLevel.REGION]: [UnitLevel.CITY, UnitLevel.COUNTY, UnitLevel.SITE],
  [UnitLevel.CITY]: [UnitLevel.COUNTY, UnitLevel.SITE],
  [UnitLevel.COUNTY]: [UnitLevel.SITE],
  [UnitLevel.SITE]: [],
};

const levelOfCode = (code: string): UnitLevel => UnitLevel[DivisionCode.parse(code).tier];

const MEASURES = [
  { key: 'COMPOSITE', name: '综合得分', percent: true },
  ...INDICATOR_DEFINITIONS.map((d) => ({ key: d.key, name: d.nameZh, percent: d.unit === IndicatorUnit.RATIO })),
];

/**
 * The monthly report as staff exchange it, in Chinese: a first sheet with the unit's own
 * figures, then one sheet per tier below it.
 */
@Injectable()
export class ReportWorkbook {
  constructor(
    private readonly reader: ReportReader,
    private readonly sites: SiteService,
  ) {}

  async build(viewer: Viewer, period: string, divisionCode: string): Promise<Buffer> {
    const report = await this.reader.report(viewer, period, divisionCode);
    if (!report) throw notFound('MonthlyReport', `${period}/${divisionCode}`);
    const [rows, summaries] = await Promise.all([
      this.reader.rows(viewer, period, divisionCode, {}),
      this.reader.summaries(viewer, period, divisionCode, null),
    ]);
    const own = rows.find((row) => row.unitCode === divisionCode);
    // Report rows name a site by its id, staff by its code.
    const siteCodes = await this.sites.codesByIds(rows.filter((row) => row.level === UnitLevel.SITE).map((row) => row.unitCode));
    const codeOf = (row: ReportRow) => (row.level === UnitLevel.SITE ? siteCodes.get(row.unitCode) ?? row.unitCode : row.unitCode);
    const workbook = new ExcelJS.Workbook();
    workbook.creator = '易地扶贫搬迁工作调度系统';
    workbook.created = report.generatedAt;
    const title = `${own?.unitName ?? divisionCode} ${period} 易地扶贫搬迁进度月报`;
    const generated = `生成时间：${report.generatedAt.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false })}`;
    const ownLevel = levelOfCode(divisionCode);
    const sheets = [
      { level: ownLevel, rows: rows.filter((row) => row.unitCode === divisionCode) },
      ...TIERS_BELOW[ownLevel].map((level) => ({ level, rows: rows.filter((row) => row.level === level) })),
    ];
    for (const sheet of sheets) {
      this.addTierSheet(workbook, `${title}（${UNIT_LEVEL_LABELS[sheet.level]}）  ${generated}`, sheet.level, sheet.rows, summaries, codeOf);
    }
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }

  private addTierSheet(
    workbook: ExcelJS.Workbook,
    title: string,
    level: UnitLevel,
    rows: ReportRow[],
    summaries: ReportUnitSummary[],
    codeOf: (row: ReportRow) => string,
  ): void {
    const sheet = workbook.addWorksheet(UNIT_LEVEL_LABELS[level], { views: [{ state: 'frozen', ySplit: 2, xSplit: 2 }] });
    const headers = [
      '单位名称', '单位代码', '上级代码',
      ...MEASURES.flatMap((m) => [m.percent ? `${m.name}（%）` : m.name, `${m.name}本级排名`, `${m.name}全区排名`, `${m.name}较上月`]),
      '本月死亡人口', '本月新增人口', '未整改红线问题', '未认定事项',
    ];
    sheet.addRow([title]);
    sheet.addRow(headers).font = { bold: true };
    const byUnit = new Map<string, Map<string, ReportRow>>();
    for (const row of rows) {
      if (!byUnit.has(row.unitCode)) byUnit.set(row.unitCode, new Map());
      byUnit.get(row.unitCode)!.set(row.indicator, row);
    }
    const summaryOf = new Map(summaries.map((s) => [s.unitCode, s]));
    const composite = (unit: Map<string, ReportRow>) => unit.get('COMPOSITE')?.rankInRegion ?? Number.MAX_SAFE_INTEGER;
    const units = [...byUnit.values()].sort((a, b) => composite(a) - composite(b));
    for (const unit of units) {
      const any = unit.values().next().value as ReportRow;
      const summary = summaryOf.get(any.unitCode);
      sheet.addRow([
        any.unitName, codeOf(any), any.parentCode,
        ...MEASURES.flatMap((m) => {
          const row = unit.get(m.key);
          return [row?.value ?? null, row?.rankInParent ?? null, row?.rankInRegion ?? null, row?.changeFromPreviousMonth ?? null];
        }),
        summary?.deceased ?? null, summary?.added ?? null, summary?.openViolations ?? null, summary?.unrecognizedClaims ?? null,
      ]);
    }
    MEASURES.forEach((measure, i) => {
      const first = 4 + i * 4;
      const format = measure.percent ? '0.00%' : '0';
      sheet.getColumn(first).numFmt = format;
      sheet.getColumn(first + 3).numFmt = measure.percent ? '+0.00%;-0.00%;0.00%' : '+0;-0;0';
    });
    sheet.getColumn(1).width = 28;
    sheet.getColumn(2).width = 14;
  }
}
