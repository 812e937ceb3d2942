export * from './indicators.module';
export * from './indicators.entities';
export { IndicatorService, UnitRef } from './live/indicator.service';
export { IndicatorKey, RankingKey } from './catalog/indicator-key.enum';
