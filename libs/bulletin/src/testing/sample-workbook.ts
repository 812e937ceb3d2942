import { UnitLevel } from '@app/registry';
import type { BulletinExtract } from '../model/bulletin-extract';
import { MEASURES } from '../model/measures';
import type { WorkbookDocument } from '../model/workbook-document';
import { sampleCountyExtract } from './sample-extract';

/** The sample county's workbook document: the county and its sites on every sheet. */
export function sampleWorkbook(extract: BulletinExtract = sampleCountyExtract()): WorkbookDocument {
  const rows = [...extract.own, ...extract.children];
  const codeOf = (unitCode: string) => extract.displayCodes.get(unitCode) ?? unitCode;
  const units = [...new Map(rows.map((row) => [row.unitCode, row])).values()];
  return {
    header: extract.header,
    summary: units.map((unit) => {
      const composite = rows.find((row) => row.unitCode === unit.unitCode && row.indicator === 'COMPOSITE')!;
      return {
        level: unit.level, name: unit.unitName, code: codeOf(unit.unitCode), parentName: unit.parentName,
        composite: composite.value, compositeRankInParent: composite.rankInParent, compositeRankInRegion: composite.rankInRegion,
        ranks: Object.fromEntries(rows.filter((row) => row.unitCode === unit.unitCode).map((row) => [row.indicator, row.rankInParent])),
      };
    }),
    measures: MEASURES,
    measureLines: async (m) =>
      rows
        .filter((row) => row.indicator === m.key)
        .map((row) => ({
          level: row.level, name: row.unitName, code: codeOf(row.unitCode), parentName: row.level === UnitLevel.COUNTY ? '南宁市' : row.parentName,
          numerator: row.numerator, denominator: row.denominator, value: row.value, rankInParent: row.rankInParent, rankInRegion: row.rankInRegion, change: row.changeFromPreviousMonth,
        })),
    definitions: extract.definitions,
  };
}
