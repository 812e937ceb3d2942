export * from './operations.module';
export { loggerParams } from './logging/logger-params';
export { scrub } from './logging/scrub';
export { noteOperation, operationOf, requestIdOf } from './logging/request-id';
export { METRICS, scrapedGauge } from './metrics/metrics';
export { clusterMetricsServer, listen, MetricsEndpoint } from './metrics/metrics-server';
export { ShutdownState } from './lifecycle/shutdown-state';
export { stopOnSignals, type ShutdownOptions } from './lifecycle/graceful-shutdown';
export { DependencyHealth } from './health/dependency-health';
