import type { BulletinHeader } from './bulletin-header';
import type { DefinitionLine } from './definitions';
import type { Measure, Tone } from './measures';

/** The printed bulletin as data: every text and figure decided, only layout left to the renderer. */
export interface BulletinDocument {
  header: BulletinHeader;
  /** 全县 / 全市 / 全区 */
  scopeWord: string;
  /** What the units below are called: 安置点, 县（市、区）, 设区市. */
  childLabel: string;
  headlines: Headline[];
  composite: CompositeSection;
  indicators: IndicatorTable[];
  movers: MoversSection;
  problems: ProblemsSection;
  definitions: DefinitionLine[];
}

export interface Headline {
  name: string;
  /** "97.8%" or "3 个". */
  value: string;
  /** ["已搬迁入住户的人口 1,234", "受益人口 1,262"], or nothing for a count. */
  counts: string[];
  /** "较上月 +0.3个百分点". */
  change: string;
  tone: Tone;
  sentence: string;
}

export interface RankedUnit {
  rank: number | null;
  name: string;
  score: number | null;
  scoreText: string;
  rankChange: string;
  rankTone: Tone;
}

export interface CompositeSection {
  units: RankedUnit[];
  /** The division's own composite, drawn among the units in a stronger colour. */
  own: { name: string; score: number | null; scoreText: string };
  sentence: string;
}

export interface IndicatorTableRow {
  rank: number | null;
  name: string;
  /** "1,234 / 1,262", or the count for a count measure. */
  counts: string;
  value: string;
  change: string;
  tone: Tone;
  mark: 'top' | 'bottom' | null;
}

export interface IndicatorTable {
  measure: Measure;
  /** The division's own figure, for the table's caption. */
  ownValue: string;
  rows: IndicatorTableRow[];
  /** Units left out in the middle of a long table (the workbook has them all). */
  omitted: number;
  /** Index in rows after which the omitted units would stand. */
  omittedAfter: number;
}

export interface Mover {
  name: string;
  detail: string;
  tone: Tone;
}

export interface MoversSection {
  rankUp: Mover[];
  rankDown: Mover[];
  gains: Mover[];
  declines: Mover[];
}

export interface ViolationHousehold {
  site: string;
  household: string;
  head: string;
  rule: string;
  value: string;
}

export interface ProblemsSection {
  violationsByUnit: Array<{ name: string; count: number }>;
  violationHouseholds: ViolationHousehold[];
  claimsByUnit: Array<{ name: string; count: number }>;
  unconfirmed: string[];
  noData: string[];
}
