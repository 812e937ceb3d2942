import { INDICATOR_DEFINITIONS, IndicatorDirection, IndicatorKey, IndicatorUnit, RankingKey } from '@app/indicators';

/** One column of the report as documents show it: the composite score or an indicator. */
export interface Measure {
  key: RankingKey;
  name: string;
  /** What the numerator and denominator count (headers of the count columns). */
  numeratorName: string;
  denominatorName: string;
  /** A count (red-line problems), not a rate: no denominator, changes in units, not points. */
  isCount: boolean;
  isComposite: boolean;
  higherIsBetter: boolean;
}

export const COMPOSITE: Measure = {
  key: RankingKey.COMPOSITE, name: '综合得分', numeratorName: '', denominatorName: '', isCount: false, isComposite: true, higherIsBetter: true,
};

/** The composite first, then every indicator in catalogue order. */
export const MEASURES: readonly Measure[] = [
  COMPOSITE,
  ...INDICATOR_DEFINITIONS.map((d) => ({
    key: d.key,
    name: d.nameZh,
    numeratorName: d.numeratorZh,
    denominatorName: d.denominatorZh,
    isCount: d.unit === IndicatorUnit.COUNT,
    isComposite: false,
    higherIsBetter: d.direction === IndicatorDirection.HIGHER_IS_BETTER,
  })),
];

export const INDICATOR_MEASURES = MEASURES.filter((m) => !m.isComposite);

export function measure(key: RankingKey): Measure {
  const found = MEASURES.find((m) => m.key === key);
  if (!found) throw new Error(`unknown measure ${key}`);
  return found;
}

/** The figures on the bulletin's first page (design: 一、总体情况). */
export const HEADLINE_KEYS: readonly IndicatorKey[] = [
  IndicatorKey.MOVE_IN_RATE,
  IndicatorKey.ACTUAL_RESIDENCE_RATE,
  IndicatorKey.DEMOLITION_RATE,
  IndicatorKey.EMPLOYMENT_COVERAGE,
  IndicatorKey.EVIDENCE_COMPLETENESS,
  IndicatorKey.REDLINE_VIOLATIONS,
];

/** Whether a change is an improvement, a decline or neither, in the measure's direction. */
export type Tone = 'better' | 'worse' | 'same' | 'none';

export function toneOf(m: Measure, change: number | null): Tone {
  if (change === null) return 'none';
  // Below what any document prints (0.05 points, half a problem) counts as unchanged.
  if (Math.abs(change) < (m.isCount ? 0.5 : 0.0005)) return 'same';
  return (change > 0) === m.higherIsBetter ? 'better' : 'worse';
}
