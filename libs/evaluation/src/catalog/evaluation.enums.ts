import { registerLabelledEnum } from '@app/common';

/** The four things the national assessment rules (发改地区规〔2016〕2660号) check. */
export enum EvaluationCheck {
  TARGETING = 'TARGETING',
  HOUSING = 'HOUSING',
  NO_DEBT = 'NO_DEBT',
  STABLE_EXIT = 'STABLE_EXIT',
}
export const EVALUATION_CHECK_LABELS = registerLabelledEnum(EvaluationCheck, 'EvaluationCheck', '国家评估核查事项', {
  TARGETING: '搬迁对象精准',
  HOUSING: '住房面积达标、搬迁入住',
  NO_DEBT: '不因建房而负债',
  STABLE_EXIT: '稳定脱贫',
});

export enum EvaluationFigureKey {
  POOR_RECOGNISED = 'POOR_RECOGNISED',
  PLAN_HOUSEHOLDS = 'PLAN_HOUSEHOLDS',
  PLAN_PERSONS = 'PLAN_PERSONS',
  ALONGSIDE_HOUSEHOLDS = 'ALONGSIDE_HOUSEHOLDS',
  ALONGSIDE_PERSONS = 'ALONGSIDE_PERSONS',
  AREA_WITHIN_STANDARD = 'AREA_WITHIN_STANDARD',
  MOVED_IN = 'MOVED_IN',
  ACTUALLY_RESIDENT = 'ACTUALLY_RESIDENT',
  FUNDING_WITHIN_RED_LINES = 'FUNDING_WITHIN_RED_LINES',
  OVER_PER_PERSON = 'OVER_PER_PERSON',
  OVER_PER_HOUSEHOLD = 'OVER_PER_HOUSEHOLD',
  SELF_FUNDING_PER_PERSON = 'SELF_FUNDING_PER_PERSON',
  SELF_FUNDING_PER_HOUSEHOLD = 'SELF_FUNDING_PER_HOUSEHOLD',
  SELF_FUNDING_RECOGNISED = 'SELF_FUNDING_RECOGNISED',
  POVERTY_EXIT = 'POVERTY_EXIT',
  INCOME_CHANNEL = 'INCOME_CHANNEL',
  LABOUR_HOUSEHOLD_EMPLOYED = 'LABOUR_HOUSEHOLD_EMPLOYED',
  OLD_HOUSE_DEMOLISHED = 'OLD_HOUSE_DEMOLISHED',
  LAND_RECLAIMED = 'LAND_RECLAIMED',
}

/** How a figure reads: a rate (numerator ÷ denominator), a count, or yuan per unit. */
export enum EvaluationFigureUnit {
  RATIO = 'RATIO',
  COUNT = 'COUNT',
  YUAN = 'YUAN',
}
registerLabelledEnum(EvaluationFigureUnit, 'EvaluationFigureUnit', '核查数据的单位', { RATIO: '比率', COUNT: '数量', YUAN: '元' });
