import { RedlineRule } from './redline-rule.enum';

export interface RedlineMeasure {
  /** SQL over the household alias `h`; NULL where the measure is undefined (no beneficiaries). */
  sql: string;
  unit: string;
  /** How staff would compute it by hand. */
  formula: string;
}

/** What each red line measures. Exhaustive: a new rule cannot be added without its measure. */
export const REDLINE_MEASURES: Record<RedlineRule, RedlineMeasure> = {
  [RedlineRule.HOUSING_AREA_PER_PERSON]: { sql: 'h.housing_area / NULLIF(h.beneficiary_count, 0)', unit: '㎡/人', formula: '住房面积 ÷ 受益人口' },
  [RedlineRule.SELF_FUNDING_PER_PERSON]: { sql: 'h.self_funding / NULLIF(h.beneficiary_count, 0)', unit: '元/人', formula: '自筹资金 ÷ 受益人口' },
  [RedlineRule.SELF_FUNDING_PER_HOUSEHOLD]: { sql: 'h.self_funding', unit: '元/户', formula: '自筹资金' },
};

/**
 * The value a household has under the rule in `ruleColumn`, rounded to the two decimals it is
 * shown with, so what is flagged is exactly what staff see exceed the threshold.
 */
export function measureSql(ruleColumn: string): string {
  const cases = Object.entries(REDLINE_MEASURES).map(([rule, measure]) => `WHEN '${rule}' THEN ${measure.sql}`);
  return `round(CASE ${ruleColumn} ${cases.join(' ')} END, 2)`;
}
