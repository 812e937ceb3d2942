export * from './indicators.module';
export * from './indicators.entities';
export { IndicatorService, UnitRef } from './live/indicator.service';
export { IndicatorKey, RankingKey } from './catalog/indicator-key.enum';
export { IndicatorDirection, IndicatorUnit } from './catalog/indicator-key.enum';
export { INDICATOR_DEFINITIONS } from './catalog/indicator-definitions';
export type { IndicatorDefinition } from './catalog/indicator-definitions';
