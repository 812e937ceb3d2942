import { registerLabelledEnum } from '@app/common';

/**
 * Key claims that count only when backed by evidence (SPEC §5, 不予认定 otherwise). Declaration
 * order is the column order of the claim-status views, so append new claims at the end.
 */
export enum Claim {
  BENEFICIARY_POPULATION = 'BENEFICIARY_POPULATION',
  ACTUALLY_RESIDENT = 'ACTUALLY_RESIDENT',
  OLD_HOUSE_DEMOLISHED = 'OLD_HOUSE_DEMOLISHED',
  LAND_RECLAIMED = 'LAND_RECLAIMED',
  POVERTY_EXIT = 'POVERTY_EXIT',
  SELF_FUNDING = 'SELF_FUNDING',
  GEOHAZARD_ASSESSMENT = 'GEOHAZARD_ASSESSMENT',
  HOUSING_QUALITY_SAFETY = 'HOUSING_QUALITY_SAFETY',
}
export const CLAIM_LABELS = registerLabelledEnum(Claim, 'Claim', '需佐证材料认定的上报事项', {
  BENEFICIARY_POPULATION: '受益人口',
  ACTUALLY_RESIDENT: '实际入住',
  OLD_HOUSE_DEMOLISHED: '旧房已拆除',
  LAND_RECLAIMED: '已复垦复绿',
  POVERTY_EXIT: '已脱贫',
  SELF_FUNDING: '自筹资金',
  GEOHAZARD_ASSESSMENT: '地灾评估',
  HOUSING_QUALITY_SAFETY: '安置住房质量安全（竣工验收）',
});
