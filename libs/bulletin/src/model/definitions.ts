import { Claim } from '@app/evidence';
import { IndicatorDefinition, IndicatorDirection, IndicatorUnit } from '@app/indicators';

/** One indicator as 附：指标说明 / the workbook's last sheet explain it. */
export interface DefinitionLine {
  name: string;
  formula: string;
  unit: string;
  direction: string;
  weight: number;
  /** "实际入住：实际入住照片" for each claim the indicator counts only when recognised. */
  recognition: string[];
}

/** A claim rule as documents name it. */
export interface ClaimRuleLabel {
  claim: Claim;
  claimName: string;
  evidenceName: string;
}

/**
 * The claims an indicator counts only when recognised: those whose recognised flag
 * (`<claim>_recognised`) its numerator or denominator reads, or every claim for the measures
 * over all claims (`claims_recognised`, evidence completeness). Read from the definition, so a
 * new indicator is explained without a list kept beside it.
 */
export function recognisedClaims(definition: IndicatorDefinition): Claim[] {
  const sql = `${definition.numerator} ${definition.denominator}`;
  if (/\bclaims_recognised\b/.test(sql)) return Object.values(Claim);
  return Object.values(Claim).filter((claim) => new RegExp(`\\b${claim.toLowerCase()}_recognised\\b`).test(sql));
}

export function definitionLines(definitions: readonly IndicatorDefinition[], weights: ReadonlyMap<string, number>, rules: readonly ClaimRuleLabel[]): DefinitionLine[] {
  return definitions.map((d) => ({
    name: d.nameZh,
    formula: d.unit === IndicatorUnit.COUNT ? `${d.numeratorZh}（个数）` : `${d.numeratorZh} ÷ ${d.denominatorZh}`,
    unit: d.unit === IndicatorUnit.COUNT ? '个' : '%',
    direction: d.direction === IndicatorDirection.HIGHER_IS_BETTER ? '越高越好' : '越低越好',
    weight: weights.get(d.key) ?? 0,
    recognition: recognisedClaims(d).flatMap((claim) =>
      rules.filter((rule) => rule.claim === claim).map((rule) => `${rule.claimName}：${rule.evidenceName}`),
    ),
  }));
}
