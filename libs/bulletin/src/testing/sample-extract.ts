import { Claim } from '@app/evidence';
import { INDICATOR_DEFINITIONS, RankingKey } from '@app/indicators';
import { RedlineRule } from '@app/redlines';
import { UnitLevel } from '@app/registry';
import type { SnapshotUnitRow, SnapshotUnitSummary } from '@app/reports';
import type { BulletinExtract } from '../model/bulletin-extract';
import { definitionLines } from '../model/definitions';
import { MEASURES } from '../model/measures';

/**
 * A county's month for unit tests of the model and the renderers: five sites with figures that
 * differ per measure, one without households, ranks as the snapshot would give them.
 */
export function sampleCountyExtract(overrides: Partial<BulletinExtract> = {}): BulletinExtract {
  const sites = [
    { id: 's1', name: '那桐镇安置点', code: 'LA-01', base: 0.97 },
    { id: 's2', name: '城厢镇幸福小区', code: 'LA-02', base: 0.91 },
    { id: 's3', name: '乔建镇安置点', code: 'LA-03', base: 0.84 },
    { id: 's4', name: '雁江镇移民新村', code: 'LA-04', base: 0.72 },
    { id: 's5', name: '丁当镇安置点', code: 'LA-05', base: null },
  ];
  const children: SnapshotUnitRow[] = [];
  const own: SnapshotUnitRow[] = [];
  MEASURES.forEach((m, i) => {
    const valued = sites.map((site) => {
      if (site.base === null) return { site, numerator: 0, denominator: 0, value: m.isComposite ? 0.2 : null };
      const denominator = m.isCount ? 1 : 200 + i * 7;
      const rate = Math.min(1, site.base - (i % 4) * 0.03);
      const numerator = m.isCount ? Math.round((1 - site.base) * 10) : Math.round(rate * denominator);
      return { site, numerator, denominator, value: m.isCount ? numerator : m.isComposite ? rate : numerator / denominator };
    });
    const direction = m.higherIsBetter ? -1 : 1;
    const order = [...valued].sort((a, b) => (a.value === null ? 1 : b.value === null ? -1 : direction * (a.value - b.value)));
    order.forEach((entry, position) => {
      const rank = entry.value === null ? order.filter((e) => e.value !== null).length + 1 : order.findIndex((e) => e.value === entry.value) + 1;
      children.push({
        level: UnitLevel.SITE, unitCode: entry.site.id, unitName: entry.site.name, parentCode: '450123', parentName: '隆安县',
        indicator: m.key, numerator: m.isComposite ? null : entry.numerator, denominator: m.isComposite ? null : entry.denominator, value: entry.value,
        rankInParent: rank, rankInRegion: rank + 20, changeFromPreviousMonth: entry.value === null ? null : (position - 1.5) * 0.004,
        rankChangeInParent: position === 0 ? 1 : position === 3 ? -2 : 0, peersInParent: sites.length,
      });
    });
    const numerator = valued.reduce((sum, v) => sum + v.numerator, 0);
    const denominator = valued.reduce((sum, v) => sum + v.denominator, 0);
    own.push({
      level: UnitLevel.COUNTY, unitCode: '450123', unitName: '隆安县', parentCode: '450100', parentName: '南宁市', indicator: m.key as RankingKey,
      numerator: m.isComposite ? null : numerator, denominator: m.isComposite ? null : denominator,
      value: m.isComposite ? 0.862 : m.isCount ? numerator : numerator / denominator,
      rankInParent: 2 + (i % 3), rankInRegion: 30 + i, changeFromPreviousMonth: 0.003 * ((i % 3) - 1), rankChangeInParent: 1, peersInParent: 1,
    });
  });
  const childSummaries: SnapshotUnitSummary[] = sites.map((site, i) => ({
    level: UnitLevel.SITE, unitCode: site.id, unitName: site.name, parentCode: '450123', deceased: i, added: 1, openViolations: i === 3 ? 2 : 0, unrecognizedClaims: i * 3,
  }));
  return {
    header: {
      unit: { code: '450123', name: '隆安县', level: UnitLevel.COUNTY },
      period: '2026-11',
      asOf: new Date('2026-11-30T23:59:59.999+08:00'),
      publishedAt: new Date('2026-12-01T00:05:00+08:00'),
      snapshotId: '00000000-0000-4000-8000-000000000001',
      revision: null,
      unconfirmedUnits: [],
      correctionsOfPreviousMonth: [],
    },
    own,
    ownPeers: new Map(MEASURES.map((m) => [m.key as string, { inParent: 12, inRegion: 111 }])),
    parentName: '南宁市',
    children,
    childSummaries,
    displayCodes: new Map(sites.map((site) => [site.id, site.code])),
    violations: [
      { siteId: 's4', siteCode: 'LA-04', siteName: '雁江镇移民新村', householdCode: 'LA-04-0012', headName: '韦福贵', rule: RedlineRule.HOUSING_AREA_PER_PERSON, value: 31.5, threshold: 25, detectedAt: new Date('2026-10-12T10:00:00+08:00') },
      { siteId: 's4', siteCode: 'LA-04', siteName: '雁江镇移民新村', householdCode: 'LA-04-0031', headName: '蒙秀英', rule: RedlineRule.SELF_FUNDING_PER_PERSON, value: 3100, threshold: 2500, detectedAt: new Date('2026-11-02T10:00:00+08:00') },
    ],
    missingChildren: [],
    definitions: definitionLines(INDICATOR_DEFINITIONS, new Map(INDICATOR_DEFINITIONS.map((d) => [d.key, d.defaultWeight])), [
      { claim: Claim.ACTUALLY_RESIDENT, claimName: '实际入住', evidenceName: '实际入住照片' },
      { claim: Claim.OLD_HOUSE_DEMOLISHED, claimName: '旧房已拆除', evidenceName: '旧房拆除复垦照片' },
    ]),
    ...overrides,
  };
}
