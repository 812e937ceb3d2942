import { registerLabelledEnum } from '@app/common';
import { RedlineRule } from '@app/redlines';
import { EvaluationCheck, EvaluationFigureKey, EvaluationFigureUnit } from './evaluation.enums';

/**
 * One figure of the national evaluation: names staff read, its definition, and its numerator and
 * denominator as SQL aggregates over one site's rows, summed over sites for every tier (so a
 * city's figure is the sum of its counties'). Columns available (see sql/evaluation-households-sql.ts):
 * `h` one household as of the evaluation instant with its recognised claims, person counts and the
 * red lines that apply to it and that it crosses; `s` its site.
 */
export interface EvaluationFigure {
  key: EvaluationFigureKey;
  check: EvaluationCheck;
  nameZh: string;
  numeratorZh: string;
  /** Null for a count, whose value is its numerator. */
  denominatorZh: string | null;
  unit: EvaluationFigureUnit;
  /** How the figure is computed, as the explanation sheet states it. */
  definitionZh: string;
  numerator: string;
  denominator: string | null;
}

const households = (condition: string) => `count(h.id) FILTER (WHERE ${condition})`;
const POOR = "h.household_type = 'REGISTERED_POOR'";
const ALONGSIDE = "h.household_type = 'ALONGSIDE'";
const applies = (...rules: RedlineRule[]) => `h.rules_applying && ARRAY[${rules.map((r) => `'${r}'`).join(', ')}]`;
const crosses = (...rules: RedlineRule[]) => `h.rules_crossed && ARRAY[${rules.map((r) => `'${r}'`).join(', ')}]`;
const FUNDING_RULES = [RedlineRule.SELF_FUNDING_PER_PERSON, RedlineRule.SELF_FUNDING_PER_HOUSEHOLD];
const RATIO = EvaluationFigureUnit.RATIO;
const COUNT = EvaluationFigureUnit.COUNT;
const RECOGNISED = '须有相应佐证材料且未被驳回方予认定';

export const EVALUATION_FIGURES: readonly EvaluationFigure[] = [
  {
    key: EvaluationFigureKey.POOR_RECOGNISED, check: EvaluationCheck.TARGETING, nameZh: '建档立卡搬迁户认定率', unit: RATIO,
    numeratorZh: '经认定的建档立卡搬迁户', denominatorZh: '建档立卡搬迁户',
    definitionZh: `建档立卡贫困户中，受益人口经搬迁审批表认定（${RECOGNISED}）的户数 ÷ 建档立卡搬迁户数`,
    numerator: households(`${POOR} AND h.beneficiary_population_recognised`), denominator: households(POOR),
  },
  {
    key: EvaluationFigureKey.PLAN_HOUSEHOLDS, check: EvaluationCheck.TARGETING, nameZh: '搬迁户数计划完成率', unit: RATIO,
    numeratorZh: '经认定的建档立卡搬迁户', denominatorZh: '计划安置户数',
    definitionZh: '经搬迁审批表认定的建档立卡搬迁户数 ÷ 各安置点计划安置户数之和（同步搬迁户不计入）',
    numerator: households(`${POOR} AND h.beneficiary_population_recognised`), denominator: 'max(s.planned_households)',
  },
  {
    key: EvaluationFigureKey.PLAN_PERSONS, check: EvaluationCheck.TARGETING, nameZh: '搬迁人口计划完成率', unit: RATIO,
    numeratorZh: '经认定的建档立卡搬迁人口', denominatorZh: '计划安置人数',
    definitionZh: '经搬迁审批表认定的建档立卡搬迁户的受益人口之和 ÷ 各安置点计划安置人数之和（同步搬迁人口不计入）',
    numerator: `sum(h.beneficiary_count) FILTER (WHERE ${POOR} AND h.beneficiary_population_recognised)`, denominator: 'max(s.planned_persons)',
  },
  {
    key: EvaluationFigureKey.ALONGSIDE_HOUSEHOLDS, check: EvaluationCheck.TARGETING, nameZh: '同步搬迁户数', unit: COUNT,
    numeratorZh: '同步搬迁户', denominatorZh: null, definitionZh: '同步搬迁户数，单列，不计入建档立卡搬迁对象',
    numerator: households(ALONGSIDE), denominator: null,
  },
  {
    key: EvaluationFigureKey.ALONGSIDE_PERSONS, check: EvaluationCheck.TARGETING, nameZh: '同步搬迁人口', unit: COUNT,
    numeratorZh: '同步搬迁人口', denominatorZh: null, definitionZh: '同步搬迁户的受益人口之和，单列',
    numerator: `sum(h.beneficiary_count) FILTER (WHERE ${ALONGSIDE})`, denominator: null,
  },
  {
    key: EvaluationFigureKey.AREA_WITHIN_STANDARD, check: EvaluationCheck.HOUSING, nameZh: '住房面积达标率', unit: RATIO,
    numeratorZh: '人均住房面积未超标准的户', denominatorZh: '适用住房面积标准的户',
    definitionZh: '适用“人均住房面积”红线的户（按数据截至时的红线规则，默认建档立卡贫困户、人均不超过25㎡）中，住房面积 ÷ 受益人口（保留两位小数）不超过标准的户数 ÷ 适用的户数',
    numerator: households(`${applies(RedlineRule.HOUSING_AREA_PER_PERSON)} AND NOT ${crosses(RedlineRule.HOUSING_AREA_PER_PERSON)}`),
    denominator: households(applies(RedlineRule.HOUSING_AREA_PER_PERSON)),
  },
  {
    key: EvaluationFigureKey.MOVED_IN, check: EvaluationCheck.HOUSING, nameZh: '搬迁入住户比例', unit: RATIO,
    numeratorZh: '已搬迁入住户', denominatorZh: '搬迁户',
    definitionZh: '上报已搬迁入住的户数 ÷ 搬迁户数（含同步搬迁户）',
    numerator: households('h.moved_in'), denominator: 'count(h.id)',
  },
  {
    key: EvaluationFigureKey.ACTUALLY_RESIDENT, check: EvaluationCheck.HOUSING, nameZh: '实际入住率', unit: RATIO,
    numeratorZh: '经认定实际入住的户', denominatorZh: '已搬迁入住户',
    definitionZh: `已搬迁入住户中，实际入住经入住照片认定（${RECOGNISED}）的户数 ÷ 已搬迁入住户数；与月报“实际入住率”口径相同`,
    numerator: households('h.moved_in AND h.actually_resident_recognised'), denominator: households('h.moved_in'),
  },
  {
    key: EvaluationFigureKey.FUNDING_WITHIN_RED_LINES, check: EvaluationCheck.NO_DEBT, nameZh: '自筹资金未超红线户比例', unit: RATIO,
    numeratorZh: '自筹资金未超红线的户', denominatorZh: '适用自筹资金红线的户',
    definitionZh: '适用人均或户均自筹资金红线的户中，两项均未超过红线阈值（按数据截至时的红线规则）的户数 ÷ 适用的户数。以上报的自筹资金判断：超线即须核查，不论有无票据',
    numerator: households(`${applies(...FUNDING_RULES)} AND NOT ${crosses(...FUNDING_RULES)}`), denominator: households(applies(...FUNDING_RULES)),
  },
  {
    key: EvaluationFigureKey.OVER_PER_PERSON, check: EvaluationCheck.NO_DEBT, nameZh: '人均自筹资金超红线户数', unit: COUNT,
    numeratorZh: '人均自筹资金超红线的户', denominatorZh: null, definitionZh: '自筹资金 ÷ 受益人口（保留两位小数）超过人均红线阈值的户数，逐户列于“超红线户清单”',
    numerator: households(crosses(RedlineRule.SELF_FUNDING_PER_PERSON)), denominator: null,
  },
  {
    key: EvaluationFigureKey.OVER_PER_HOUSEHOLD, check: EvaluationCheck.NO_DEBT, nameZh: '户均自筹资金超红线户数', unit: COUNT,
    numeratorZh: '户均自筹资金超红线的户', denominatorZh: null, definitionZh: '自筹资金超过户均红线阈值的户数，逐户列于“超红线户清单”',
    numerator: households(crosses(RedlineRule.SELF_FUNDING_PER_HOUSEHOLD)), denominator: null,
  },
  {
    key: EvaluationFigureKey.SELF_FUNDING_PER_PERSON, check: EvaluationCheck.NO_DEBT, nameZh: '人均自筹资金', unit: EvaluationFigureUnit.YUAN,
    numeratorZh: '自筹资金合计（元）', denominatorZh: '受益人口', definitionZh: '全部搬迁户上报的自筹资金之和 ÷ 受益人口之和',
    numerator: 'sum(h.self_funding)', denominator: 'sum(h.beneficiary_count)',
  },
  {
    key: EvaluationFigureKey.SELF_FUNDING_PER_HOUSEHOLD, check: EvaluationCheck.NO_DEBT, nameZh: '户均自筹资金', unit: EvaluationFigureUnit.YUAN,
    numeratorZh: '自筹资金合计（元）', denominatorZh: '搬迁户', definitionZh: '全部搬迁户上报的自筹资金之和 ÷ 搬迁户数',
    numerator: 'sum(h.self_funding)', denominator: 'count(h.id)',
  },
  {
    key: EvaluationFigureKey.SELF_FUNDING_RECOGNISED, check: EvaluationCheck.NO_DEBT, nameZh: '自筹资金认定率', unit: RATIO,
    numeratorZh: '自筹资金经票据认定的户', denominatorZh: '上报有自筹资金的户',
    definitionZh: `上报自筹资金大于0的户中，经自筹资金票据认定（${RECOGNISED}）的户数 ÷ 上报自筹资金大于0的户数`,
    numerator: households('h.self_funding_recognised'), denominator: households('h.self_funding > 0'),
  },
  {
    key: EvaluationFigureKey.POVERTY_EXIT, check: EvaluationCheck.STABLE_EXIT, nameZh: '脱贫率', unit: RATIO,
    numeratorZh: '经认定已脱贫的建档立卡户', denominatorZh: '建档立卡搬迁户',
    definitionZh: `建档立卡搬迁户中，脱贫经双确认表认定（${RECOGNISED}）的户数 ÷ 建档立卡搬迁户数；与月报“脱贫率”口径相同`,
    numerator: households(`${POOR} AND h.poverty_exit_recognised`), denominator: households(POOR),
  },
  {
    key: EvaluationFigureKey.INCOME_CHANNEL, check: EvaluationCheck.STABLE_EXIT, nameZh: '增收渠道覆盖率', unit: RATIO,
    numeratorZh: '至少有一个增收渠道的户', denominatorZh: '搬迁户',
    definitionZh: '有主要收入来源、产业项目或至少一名在业成员的户数 ÷ 搬迁户数（每户至少1个增收渠道）；与月报“增收渠道覆盖率”口径相同',
    numerator: households('h.has_income_channel'), denominator: 'count(h.id)',
  },
  {
    key: EvaluationFigureKey.LABOUR_HOUSEHOLD_EMPLOYED, check: EvaluationCheck.STABLE_EXIT, nameZh: '有劳动力户就业覆盖率', unit: RATIO,
    numeratorZh: '至少1人稳定就业的有劳动力户', denominatorZh: '有劳动力的户',
    definitionZh: '有劳动力（在册）的户中，至少一名劳动力就业的户数 ÷ 有劳动力的户数（有劳动力户至少1人稳定就业）；与月报“有劳动力家庭就业覆盖率”口径相同',
    numerator: households('h.labour_persons > 0 AND h.employed_labour_persons > 0'), denominator: households('h.labour_persons > 0'),
  },
  {
    key: EvaluationFigureKey.OLD_HOUSE_DEMOLISHED, check: EvaluationCheck.STABLE_EXIT, nameZh: '旧房拆除率', unit: RATIO,
    numeratorZh: '经认定已拆除的旧房', denominatorZh: '应拆除的旧房',
    definitionZh: `应拆除旧房的户中，拆除经拆旧复垦照片认定（${RECOGNISED}）的户数 ÷ 应拆除旧房的户数；与月报“旧房拆除率”口径相同`,
    numerator: households("h.old_house_disposition = 'MUST_DEMOLISH' AND h.old_house_demolished_recognised"),
    denominator: households("h.old_house_disposition = 'MUST_DEMOLISH'"),
  },
  {
    key: EvaluationFigureKey.LAND_RECLAIMED, check: EvaluationCheck.STABLE_EXIT, nameZh: '复垦复绿率', unit: RATIO,
    numeratorZh: '经认定已复垦复绿的地块', denominatorZh: '经认定已拆除的旧房',
    definitionZh: '经认定已拆除旧房的户中，复垦复绿经认定的户数 ÷ 经认定已拆除旧房的户数；与月报“复垦复绿率”口径相同',
    numerator: households('h.old_house_demolished_recognised AND h.land_reclaimed_recognised'), denominator: households('h.old_house_demolished_recognised'),
  },
];

/** The figures of the housing check, which are also given by relocation year. */
export const HOUSING_FIGURES = EVALUATION_FIGURES.filter((f) => f.check === EvaluationCheck.HOUSING);

registerLabelledEnum(
  EvaluationFigureKey,
  'EvaluationFigureKey',
  '国家评估核查数据',
  Object.fromEntries(EVALUATION_FIGURES.map((f) => [f.key, f.nameZh])) as Record<EvaluationFigureKey, string>,
);
