import { registerEnumType } from '@nestjs/graphql';
import { INDICATOR_DEFINITIONS } from './indicator-definitions';
import { IndicatorDirection, IndicatorKey, IndicatorUnit, RankingKey } from './indicator-key.enum';

const described = Object.fromEntries(INDICATOR_DEFINITIONS.map((d) => [d.key, { description: `${d.nameZh}（${d.numeratorZh} / ${d.denominatorZh}）` }]));

registerEnumType(IndicatorKey, { name: 'IndicatorKey', description: '指标', valuesMap: described });
registerEnumType(RankingKey, {
  name: 'RankingKey',
  description: '排名依据：各项指标或综合得分',
  valuesMap: { ...described, COMPOSITE: { description: '综合得分（各比率指标加权平均）' } },
});
registerEnumType(IndicatorUnit, { name: 'IndicatorUnit', valuesMap: { RATIO: { description: '比率（0–1）' }, COUNT: { description: '计数' } } });
registerEnumType(IndicatorDirection, {
  name: 'IndicatorDirection',
  valuesMap: { HIGHER_IS_BETTER: { description: '越高越好' }, LOWER_IS_BETTER: { description: '越低越好' } },
});
