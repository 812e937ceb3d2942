import { IndicatorKey } from '@app/indicators';
import { REDLINE_RULE_LABELS, RedlineRule } from '@app/redlines';
import type { SnapshotUnitRow } from '@app/reports';
import { UnitLevel, UNIT_LEVEL_LABELS } from '@app/registry';
import type { BulletinDocument, CompositeSection, Headline, IndicatorTable, IndicatorTableRow, Mover, MoversSection, ProblemsSection, RankedUnit } from './bulletin-document';
import type { BulletinExtract } from './bulletin-extract';
import { count, countChange, percent, pointsChange, rankChange, score } from './format';
import { COMPOSITE, HEADLINE_KEYS, INDICATOR_MEASURES, Measure, measure, toneOf } from './measures';

const SCOPE_WORD: Record<UnitLevel, string> = { REGION: '全区', CITY: '全市', COUNTY: '全县', SITE: '本安置点' };
const CHILD_LEVEL: Record<UnitLevel, UnitLevel> = { REGION: UnitLevel.CITY, CITY: UnitLevel.COUNTY, COUNTY: UnitLevel.SITE, SITE: UnitLevel.SITE };

/** Longest indicator table printed whole; longer ones keep their head and tail. */
export const INDICATOR_TABLE_MAX_ROWS = 20;
const MOVERS_SHOWN = 5;
const REDLINE_UNITS: Record<RedlineRule, string> = {
  [RedlineRule.HOUSING_AREA_PER_PERSON]: '㎡/人',
  [RedlineRule.SELF_FUNDING_PER_PERSON]: '元/人',
  [RedlineRule.SELF_FUNDING_PER_HOUSEHOLD]: '元/户',
};

export function childLevelOf(level: UnitLevel): UnitLevel {
  return CHILD_LEVEL[level];
}

/** A measure's value as printed: a rate in %, a count in 个, the composite on 100. */
export function valueText(m: Measure, value: number | null): string {
  if (m.isComposite) return score(value);
  return m.isCount ? (value === null ? '—' : `${count(value)} 个`) : percent(value);
}

export function changeText(m: Measure, change: number | null): string {
  if (m.isComposite) return change === null ? '—' : change === 0 ? '持平' : `${change > 0 ? '+' : ''}${(Math.round(change * 1000) / 10).toFixed(1)}分`;
  return m.isCount ? countChange(change) : pointsChange(change);
}

function countsText(m: Measure, row: SnapshotUnitRow | undefined): string {
  if (!row || m.isComposite) return '';
  if (m.isCount) return count(row.numerator);
  return `${count(row.numerator)} / ${count(row.denominator)}`;
}

/** "提高 0.3 个百分点" / "减少 1 个" / "持平" / "上月无可比数据" for the running text. */
function changeWords(m: Measure, change: number | null): string {
  if (change === null) return '上月无可比数据';
  if (toneOf(m, change) === 'same') return '与上月持平';
  const up = change > 0;
  if (m.isCount) return `较上月${up ? '增加' : '减少'} ${Math.abs(Math.round(change))} 个`;
  return `较上月${up ? '提高' : '下降'} ${(Math.abs(Math.round(change * 1000)) / 10).toFixed(1)} ${m.isComposite ? '分' : '个百分点'}`;
}

export function buildBulletin(extract: BulletinExtract): BulletinDocument {
  const { header } = extract;
  const level = header.unit.level;
  const childLevel = CHILD_LEVEL[level];
  const ownRow = new Map(extract.own.map((row) => [row.indicator as string, row]));
  const childRows = groupBy(extract.children, (row) => row.indicator);
  const nameOf = (row: { unitCode: string; unitName: string }) => {
    const code = extract.displayCodes.get(row.unitCode);
    return childLevel === UnitLevel.SITE && code ? `${row.unitName}（${code}）` : row.unitName;
  };
  const context = { extract, level, ownRow, nameOf, scopeWord: SCOPE_WORD[level] };
  return {
    header,
    scopeWord: SCOPE_WORD[level],
    childLabel: UNIT_LEVEL_LABELS[childLevel],
    headlines: HEADLINE_KEYS.map((key) => headline(context, measure(key))),
    composite: compositeSection(context, childRows.get(COMPOSITE.key) ?? []),
    indicators: INDICATOR_MEASURES.map((m) => indicatorTable(m, ownRow.get(m.key), childRows.get(m.key) ?? [], nameOf)),
    movers: movers(childRows, nameOf),
    problems: problems(extract, childRows, nameOf),
    definitions: extract.definitions,
  };
}

interface Context {
  extract: BulletinExtract;
  level: UnitLevel;
  ownRow: Map<string, SnapshotUnitRow>;
  nameOf: (row: { unitCode: string; unitName: string }) => string;
  scopeWord: string;
}

/**
 * "在南宁市 12 个县（市、区）中排第 2 位（全区 111 个中第 37 位）"; only the region-wide rank
 * where the unit is alone under its parent; nothing for the region.
 */
function peerPhrase(context: Context, m: Measure, row: SnapshotUnitRow | undefined): string {
  if (!row || context.level === UnitLevel.REGION || row.rankInParent === null) return '';
  const peers = context.extract.ownPeers.get(m.key);
  if (!peers) return '';
  const label = UNIT_LEVEL_LABELS[context.level];
  if (peers.inParent <= 1) return row.rankInRegion === null ? '' : `，在全区 ${peers.inRegion} 个${label}中排第 ${row.rankInRegion} 位`;
  const among = `在${context.extract.parentName ?? '上级'} ${peers.inParent} 个${label}中排第 ${row.rankInParent} 位`;
  const regionWide = peers.inRegion > peers.inParent && row.rankInRegion !== null ? `（全区 ${peers.inRegion} 个中第 ${row.rankInRegion} 位）` : '';
  return `，${among}${regionWide}`;
}

function headline(context: Context, m: Measure): Headline {
  const row = context.ownRow.get(m.key);
  const value = row?.value ?? null;
  const change = row?.changeFromPreviousMonth ?? null;
  const counts = row && !m.isCount ? [`${m.numeratorName} ${count(row.numerator)}`, `${m.denominatorName} ${count(row.denominator)}`] : [];
  const sentence =
    value === null
      ? `${context.scopeWord}暂无${m.name}数据（${m.denominatorName}为 0）。`
      : `${context.scopeWord}${m.name}${m.isCount ? '为' : ''} ${valueText(m, value)}，${changeWords(m, change)}${peerPhrase(context, m, row)}。`;
  return { name: m.name, value: valueText(m, value), counts, change: `较上月 ${changeText(m, change)}`, tone: toneOf(m, change), sentence };
}

function compositeSection(context: Context, rows: SnapshotUnitRow[]): CompositeSection {
  const units: RankedUnit[] = rows.map((row) => ({
    rank: row.rankInParent,
    name: context.nameOf(row),
    score: row.value,
    scoreText: score(row.value),
    rankChange: rankChange(row.rankChangeInParent),
    rankTone: row.rankChangeInParent === null ? 'none' : row.rankChangeInParent > 0 ? 'better' : row.rankChangeInParent < 0 ? 'worse' : 'same',
  }));
  const own = context.ownRow.get(COMPOSITE.key);
  const ownName = context.extract.header.unit.name;
  const sentence =
    own?.value === null || own === undefined
      ? `${context.scopeWord}本月暂无综合得分。`
      : `${context.scopeWord}综合得分 ${score(own.value)}，${changeWords(COMPOSITE, own.changeFromPreviousMonth)}${peerPhrase(context, COMPOSITE, own)}。`;
  return { units, own: { name: ownName, score: own?.value ?? null, scoreText: score(own?.value ?? null) }, sentence };
}

function indicatorTable(m: Measure, own: SnapshotUnitRow | undefined, rows: SnapshotUnitRow[], nameOf: Context['nameOf']): IndicatorTable {
  // Three at each end, fewer in a short table so the two ends never meet.
  const valued = rows.filter((row) => row.value !== null);
  const marked = Math.min(3, Math.floor(valued.length / 2));
  // By rank, so units tied with a marked one are marked too.
  const bottomRank = marked > 0 ? valued[valued.length - marked].rankInParent ?? Infinity : Infinity;
  const all: IndicatorTableRow[] = rows.map((row) => ({
    rank: row.rankInParent,
    name: nameOf(row),
    counts: countsText(m, row),
    value: m.isCount ? (row.value === null ? '—' : count(row.value)) : percent(row.value),
    change: changeText(m, row.changeFromPreviousMonth),
    tone: toneOf(m, row.changeFromPreviousMonth),
    mark: row.value === null || row.rankInParent === null ? null : row.rankInParent <= marked ? 'top' : row.rankInParent >= bottomRank ? 'bottom' : null,
  }));
  if (all.length <= INDICATOR_TABLE_MAX_ROWS) return { measure: m, ownValue: valueText(m, own?.value ?? null), rows: all, omitted: 0, omittedAfter: all.length };
  const half = INDICATOR_TABLE_MAX_ROWS / 2;
  return {
    measure: m,
    ownValue: valueText(m, own?.value ?? null),
    rows: [...all.slice(0, half), ...all.slice(all.length - half)],
    omitted: all.length - INDICATOR_TABLE_MAX_ROWS,
    omittedAfter: half,
  };
}

function movers(childRows: Map<string, SnapshotUnitRow[]>, nameOf: Context['nameOf']): MoversSection {
  const composite = childRows.get(COMPOSITE.key) ?? [];
  const ranked = composite.filter((row) => row.rankChangeInParent !== null && row.rankChangeInParent !== 0);
  const rankMover = (row: SnapshotUnitRow): Mover => {
    const change = row.rankChangeInParent!;
    const before = (row.rankInParent ?? 0) + change;
    return {
      name: nameOf(row),
      detail: `综合排名由第 ${before} 位${change > 0 ? '升至' : '降至'}第 ${row.rankInParent} 位（${change > 0 ? '↑' : '↓'}${Math.abs(change)}），综合得分 ${score(row.value)}`,
      tone: change > 0 ? 'better' : 'worse',
    };
  };
  const changes = INDICATOR_MEASURES.filter((m) => !m.isCount).flatMap((m) =>
    (childRows.get(m.key) ?? []).filter((row) => toneOf(m, row.changeFromPreviousMonth) !== 'none' && toneOf(m, row.changeFromPreviousMonth) !== 'same').map((row) => ({ m, row })),
  );
  const changeMover = ({ m, row }: { m: Measure; row: SnapshotUnitRow }): Mover => ({
    name: nameOf(row),
    detail: `${m.name} ${percent(row.value)}，较上月 ${pointsChange(row.changeFromPreviousMonth)}`,
    tone: toneOf(m, row.changeFromPreviousMonth),
  });
  const byChange = (sign: 1 | -1) => (a: { row: SnapshotUnitRow }, b: { row: SnapshotUnitRow }) => sign * (b.row.changeFromPreviousMonth! - a.row.changeFromPreviousMonth!);
  return {
    rankUp: ranked.filter((row) => row.rankChangeInParent! > 0).sort((a, b) => b.rankChangeInParent! - a.rankChangeInParent!).slice(0, MOVERS_SHOWN).map(rankMover),
    rankDown: ranked.filter((row) => row.rankChangeInParent! < 0).sort((a, b) => a.rankChangeInParent! - b.rankChangeInParent!).slice(0, MOVERS_SHOWN).map(rankMover),
    gains: onePerUnit(changes.filter((c) => toneOf(c.m, c.row.changeFromPreviousMonth) === 'better').sort(byChange(1))).slice(0, MOVERS_SHOWN).map(changeMover),
    declines: onePerUnit(changes.filter((c) => toneOf(c.m, c.row.changeFromPreviousMonth) === 'worse').sort(byChange(-1))).slice(0, MOVERS_SHOWN).map(changeMover),
  };
}

/** Each unit's first (largest) change only, so the list names several units rather than one unit's every indicator. */
function onePerUnit<T extends { row: SnapshotUnitRow }>(sorted: T[]): T[] {
  const seen = new Set<string>();
  return sorted.filter(({ row }) => !seen.has(row.unitCode) && seen.add(row.unitCode) !== undefined);
}

function problems(extract: BulletinExtract, childRows: Map<string, SnapshotUnitRow[]>, nameOf: Context['nameOf']): ProblemsSection {
  const summaries = extract.childSummaries;
  // A unit with no beneficiaries on record has no household data to rank.
  const moveIn = childRows.get(IndicatorKey.MOVE_IN_RATE) ?? [];
  return {
    violationsByUnit: summaries.filter((s) => s.openViolations > 0).sort((a, b) => b.openViolations - a.openViolations).map((s) => ({ name: nameOf(s), count: s.openViolations })),
    violationHouseholds: extract.violations.map((v) => ({
      site: `${v.siteName}（${v.siteCode}）`,
      household: v.householdCode,
      head: v.headName,
      rule: REDLINE_RULE_LABELS[v.rule],
      value: `${v.value} / 限 ${v.threshold} ${REDLINE_UNITS[v.rule]}`,
    })),
    claimsByUnit: summaries.filter((s) => s.unrecognizedClaims > 0).sort((a, b) => b.unrecognizedClaims - a.unrecognizedClaims).map((s) => ({ name: nameOf(s), count: s.unrecognizedClaims })),
    unconfirmed: extract.header.unconfirmedUnits,
    noData: [...moveIn.filter((row) => !row.denominator).map(nameOf), ...extract.missingChildren],
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k)!.push(item);
  }
  return groups;
}
