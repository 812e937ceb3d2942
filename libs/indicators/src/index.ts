// The catalog's keys are GraphQL enums wherever the lib is used.
import './catalog/register-indicator-enums';
// The module, its entities and GraphQL surface
export * from './indicators.module';
export * from './indicators.entities';
export * from './indicators.resolvers';
export { IndicatorLoaderFactory, type IndicatorLoaders } from './live/indicator.loaders';
// The catalog
export { IndicatorDirection, IndicatorKey, IndicatorUnit, RankingKey } from './catalog/indicator-key.enum';
export { FACILITY_COVERAGE_KINDS, INDICATOR_DEFINITIONS, type IndicatorDefinition } from './catalog/indicator-definitions';
// Live figures
export { IndicatorService, type UnitRef } from './live/indicator.service';
export { indicatorRollupSql } from './live/indicator-rollup-sql';
export { SiteFiguresService } from './figures/site-figures.service';
export { REFRESH_LOCK as SITE_FIGURES_REFRESH_LOCK, SiteFiguresRefresher } from './figures/site-figures-refresher';
// The per-site figures statement, which the monthly report runs as of a month's end
export { type FigureSources, LIVE_SOURCES, sourcesAsOf } from './figures/figure-sources';
export { denominatorColumn, FIGURE_COLUMNS, numeratorColumn, siteFiguresSql } from './figures/site-figures-sql';
