import { IndicatorKey, RankingKey } from '@app/indicators';
import { UnitLevel } from '@app/registry';
import type { SnapshotUnitRow } from '@app/reports';
import { sampleCountyExtract } from '../testing/sample-extract';
import { buildBulletin, INDICATOR_TABLE_MAX_ROWS } from './build-bulletin';

describe('the bulletin document model', () => {
  const extract = sampleCountyExtract();
  const document = buildBulletin(extract);
  const own = (key: string) => extract.own.find((row) => row.indicator === key)!;

  it('opens with the six headline figures, each with its counts, its change in points and a sentence ranking it among its peers', () => {
    expect(document.headlines.map((h) => h.name)).toEqual(['搬迁入住率', '实际入住率', '旧房拆除率', '有劳动力家庭就业覆盖率', '佐证材料完整率', '政策红线问题数']);
    const moveIn = own(IndicatorKey.MOVE_IN_RATE);
    const [first] = document.headlines;
    expect(first.value).toBe(`${((moveIn.numerator! / moveIn.denominator!) * 100).toFixed(1)}%`);
    expect(first.counts).toEqual([`已搬迁入住户的经认定受益人口 ${moveIn.numerator!.toLocaleString('en-US')}`, `经认定的受益人口 ${moveIn.denominator!.toLocaleString('en-US')}`]);
    expect(first.sentence).toBe(`全县搬迁入住率 ${first.value}，与上月持平，在南宁市 12 个县（市、区）中排第 ${moveIn.rankInParent} 位（全区 111 个中第 ${moveIn.rankInRegion} 位）。`);
    const actual = document.headlines[1];
    expect(actual.change).toBe('较上月 +0.3个百分点');
    expect(actual.tone).toBe('better');
    expect(actual.sentence).toContain('较上月提高 0.3 个百分点');
    const violations = document.headlines[5];
    expect(violations.value).toBe(`${own(IndicatorKey.REDLINE_VIOLATIONS).numerator} 个`);
  });

  it('colours a change by the indicator’s direction: fewer red-line problems is better', () => {
    const fewer = buildBulletin(sampleCountyExtract({ own: extract.own.map((row) => (row.indicator === IndicatorKey.REDLINE_VIOLATIONS ? { ...row, changeFromPreviousMonth: -2 } : row)) }));
    const headline = fewer.headlines[5];
    expect(headline).toMatchObject({ change: '较上月 -2', tone: 'better' });
    expect(headline.sentence).toContain('较上月减少 2 个');
  });

  it('ranks the units below on the composite with their rank changes, sites named with their codes', () => {
    expect(document.composite.units.map((u) => [u.rank, u.name, u.scoreText, u.rankChange])).toEqual([
      [1, '那桐镇安置点（LA-01）', '97.0', '↑1'],
      [2, '城厢镇幸福小区（LA-02）', '91.0', '—'],
      [3, '乔建镇安置点（LA-03）', '84.0', '—'],
      [4, '雁江镇移民新村（LA-04）', '72.0', '↓2'],
      [5, '丁当镇安置点（LA-05）', '20.0', '—'],
    ]);
    expect(document.composite.own).toEqual({ name: '隆安县', score: 0.862, scoreText: '86.2' });
  });

  it('marks the top three and bottom three of each indicator table (fewer in a short one), never a unit without a value', () => {
    const table = document.indicators.find((t) => t.measure.key === IndicatorKey.MOVE_IN_RATE)!;
    expect(table.rows.map((r) => r.mark)).toEqual(['top', 'top', 'bottom', 'bottom', null]);
    expect(table.rows[4]).toMatchObject({ name: '丁当镇安置点（LA-05）', value: '—', counts: '0 / 0' });
    expect(document.indicators).toHaveLength(Object.keys(IndicatorKey).length);
    // Ties share a mark: ranks 1, 2, 2 mark the first as top and both seconds as bottom.
    const tied = extract.children.filter((row) => row.indicator === IndicatorKey.MOVE_IN_RATE).slice(0, 3).map((row, i) => ({ ...row, rankInParent: i === 0 ? 1 : 2 }));
    const marks = buildBulletin(sampleCountyExtract({ children: tied })).indicators.find((t) => t.measure.key === IndicatorKey.MOVE_IN_RATE)!.rows.map((r) => r.mark);
    expect(marks).toEqual(['top', 'bottom', 'bottom']);
  });

  it('keeps the head and tail of a long table and says how many units it left out', () => {
    const many: SnapshotUnitRow[] = Array.from({ length: 45 }, (_, i) => ({
      level: UnitLevel.SITE, unitCode: `x${i}`, unitName: `安置点${i + 1}`, parentCode: '450123', parentName: '隆安县', indicator: IndicatorKey.MOVE_IN_RATE as RankingKey,
      numerator: 100 - i, denominator: 100, value: (100 - i) / 100, rankInParent: i + 1, rankInRegion: i + 1, changeFromPreviousMonth: 0, rankChangeInParent: 0, peersInParent: 45,
    }));
    const long = buildBulletin(sampleCountyExtract({ children: many, displayCodes: new Map() })).indicators.find((t) => t.measure.key === IndicatorKey.MOVE_IN_RATE)!;
    expect(long.rows).toHaveLength(INDICATOR_TABLE_MAX_ROWS);
    expect(long.omitted).toBe(45 - INDICATOR_TABLE_MAX_ROWS);
    expect(long.rows[long.omittedAfter - 1].rank).toBe(INDICATOR_TABLE_MAX_ROWS / 2);
    expect(long.rows[long.omittedAfter].rank).toBe(45 - INDICATOR_TABLE_MAX_ROWS / 2 + 1);
    expect(long.rows.at(-1)!.mark).toBe('bottom');
  });

  it('lists the month’s movers: composite rank up and down, and each unit’s largest indicator gain and decline', () => {
    expect(document.movers.rankUp.map((m) => m.name)).toEqual(['那桐镇安置点（LA-01）']);
    expect(document.movers.rankUp[0].detail).toBe('综合排名由第 2 位升至第 1 位（↑1），综合得分 97.0');
    expect(document.movers.rankDown.map((m) => m.name)).toEqual(['雁江镇移民新村（LA-04）']);
    const gainers = document.movers.gains.map((m) => m.name);
    expect(new Set(gainers).size).toBe(gainers.length);
  });

  it('lists the problems: red lines by unit with the county’s households, unrecognised claims, units without data', () => {
    expect(document.problems.violationsByUnit).toEqual([{ name: '雁江镇移民新村（LA-04）', count: 2 }]);
    expect(document.problems.violationHouseholds.map((h) => [h.household, h.head, h.rule, h.value])).toEqual([
      ['LA-04-0012', '韦福贵', '人均住房面积超标', '31.5 / 限 25 ㎡/人'],
      ['LA-04-0031', '蒙秀英', '人均自筹资金超标', '3100 / 限 2500 元/人'],
    ]);
    expect(document.problems.claimsByUnit.map((c) => c.count)).toEqual([12, 9, 6, 3]);
    expect(document.problems.noData).toEqual(['丁当镇安置点（LA-05）']);
    expect(document.problems.unconfirmed).toEqual([]);
  });

  it('speaks of the region without ranking it, and of a city among the region’s cities', () => {
    const region = buildBulletin(sampleCountyExtract({ header: { ...extract.header, unit: { code: '450000', name: '广西壮族自治区', level: UnitLevel.REGION } } }));
    expect(region.scopeWord).toBe('全区');
    expect(region.childLabel).toBe('设区市');
    expect(region.headlines[0].sentence).not.toContain('排第');
    const city = buildBulletin(sampleCountyExtract({ header: { ...extract.header, unit: { code: '450100', name: '南宁市', level: UnitLevel.CITY } }, parentName: '广西壮族自治区' }));
    expect(city.headlines[0].sentence).toContain('在广西壮族自治区 12 个设区市中排第');
    const alone = buildBulletin(sampleCountyExtract({ ownPeers: new Map([[IndicatorKey.MOVE_IN_RATE, { inParent: 1, inRegion: 3 }]]) }));
    expect(alone.headlines[0].sentence).toMatch(/，在全区 3 个县（市、区）中排第 \d+ 位。$/);
    expect(alone.headlines[5].sentence).toMatch(/^全县政策红线问题数为 \d+ 个，/);
  });
});
