import { INDICATOR_DEFINITIONS } from '../catalog/indicator-definitions';
import { IndicatorKey, IndicatorUnit } from '../catalog/indicator-key.enum';
import { IndicatorValue } from '../dtos/indicator.types';
import { denominatorColumn, numeratorColumn } from '../figures/site-figures-sql';

/**
 * Turns one rolled-up row into indicator values: a rate with a zero denominator has no value
 * (SPEC §4); a count has no denominator (0 here) and its value is the count itself.
 */
export function indicatorValuesOf(row: Record<string, unknown>, keys?: readonly IndicatorKey[]): IndicatorValue[] {
  const wanted = keys && keys.length > 0 ? new Set(keys) : undefined;
  return INDICATOR_DEFINITIONS.filter((def) => !wanted || wanted.has(def.key)).map((def) => {
    const numerator = Number(row[numeratorColumn(def.key)] ?? 0);
    const denominator = Number(row[denominatorColumn(def.key)] ?? 0);
    const value = def.unit === IndicatorUnit.COUNT ? numerator : denominator === 0 ? null : numerator / denominator;
    return { key: def.key, numerator, denominator, value };
  });
}

/** Weighted mean of the values that exist; null when none of the weighted indicators has one. */
export function compositeScore(values: readonly IndicatorValue[], weights: ReadonlyMap<IndicatorKey, number>): number | null {
  let weighted = 0;
  let total = 0;
  for (const { key, value } of values) {
    const weight = weights.get(key) ?? 0;
    if (value === null || weight <= 0) continue;
    weighted += weight * value;
    total += weight;
  }
  return total === 0 ? null : weighted / total;
}
