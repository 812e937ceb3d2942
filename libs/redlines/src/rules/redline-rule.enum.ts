import { registerLabelledEnum } from '@app/common';

/**
 * The policy red lines of SPEC §7. What each one measures is code (redline-measures.ts);
 * its threshold, the household types it applies to and whether it is on are data.
 * A leaf file: the registry's household filter imports it.
 */
export enum RedlineRule {
  HOUSING_AREA_PER_PERSON = 'HOUSING_AREA_PER_PERSON',
  SELF_FUNDING_PER_PERSON = 'SELF_FUNDING_PER_PERSON',
  SELF_FUNDING_PER_HOUSEHOLD = 'SELF_FUNDING_PER_HOUSEHOLD',
}
export const REDLINE_RULE_LABELS = registerLabelledEnum(RedlineRule, 'RedlineRule', '政策红线', {
  HOUSING_AREA_PER_PERSON: '人均住房面积超标',
  SELF_FUNDING_PER_PERSON: '人均自筹资金超标',
  SELF_FUNDING_PER_HOUSEHOLD: '户均自筹资金超标',
});
