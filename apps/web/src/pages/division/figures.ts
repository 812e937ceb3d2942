import type { IndicatorDirection, IndicatorUnit } from '../../gql/graphql';
import type { Unit } from '../../format/numbers';

/** One indicator of one unit, live or as published. */
export interface Figure {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  /** Against last month: the published change, or live minus the latest published month. */
  change: number | null;
}

export interface UnitFigures {
  /** Division code, or the site id for sites. */
  id: string;
  name: string;
  href: string;
  figures: Record<string, Figure>;
  openViolations?: number;
  unrecognizedClaims?: number;
}

export interface PlatformFigures {
  own: Record<string, Figure>;
  units: UnitFigures[];
  /** Live figures only: the instant they describe (earlier than now while a full recount runs). */
  asOf?: string;
}

export interface IndicatorChoice {
  key: string;
  name: string;
  unit: Unit;
  lowerIsBetter: boolean;
  numeratorZh?: string;
  denominatorZh?: string;
}

/** The headline figures staff look at first (the bulletin's 总体情况), in this order. */
export const HEADLINE_INDICATORS = ['MOVE_IN_RATE', 'ACTUAL_RESIDENCE_RATE', 'DEMOLITION_RATE', 'EMPLOYMENT_COVERAGE', 'EVIDENCE_COMPLETENESS', 'REDLINE_VIOLATIONS'];

export const COMPOSITE: IndicatorChoice = { key: 'COMPOSITE', name: '综合得分', unit: 'SCORE', lowerIsBetter: false };

export function choiceOf(definition: {
  key: string;
  nameZh: string;
  unit: IndicatorUnit;
  direction: IndicatorDirection;
  numeratorZh: string;
  denominatorZh: string;
}): IndicatorChoice {
  return {
    key: definition.key,
    name: definition.nameZh,
    unit: definition.unit === 'RATIO' ? 'RATIO' : 'COUNT',
    lowerIsBetter: definition.direction === 'LOWER_IS_BETTER',
    numeratorZh: definition.numeratorZh,
    denominatorZh: definition.denominatorZh,
  };
}

/**
 * Units ordered best first for an indicator; units without a value (nothing to count) last.
 * Equal values share a rank, as in the published rankings.
 */
export function ranked(units: UnitFigures[], indicator: IndicatorChoice): Array<UnitFigures & { rank: number | null }> {
  const valueOf = (unit: UnitFigures) => unit.figures[indicator.key]?.value ?? null;
  const sorted = [...units].sort((a, b) => {
    const [x, y] = [valueOf(a), valueOf(b)];
    if (x === null || y === null) return x === null ? (y === null ? a.name.localeCompare(b.name, 'zh-CN') : 1) : -1;
    return indicator.lowerIsBetter ? x - y : y - x;
  });
  let rank = 0;
  return sorted.map((unit, index) => {
    const value = valueOf(unit);
    if (value !== null && (index === 0 || valueOf(sorted[index - 1]) !== value)) rank = index + 1;
    return { ...unit, rank: value === null ? null : rank };
  });
}

/** Green when the change is an improvement for this indicator, red when it is not. */
export function changeTone(change: number | null, indicator: IndicatorChoice): 'good' | 'bad' | 'flat' {
  if (change === null || change === 0) return 'flat';
  return change > 0 !== indicator.lowerIsBetter ? 'good' : 'bad';
}
