import 'reflect-metadata';
import cluster from 'node:cluster';
import { ConsoleLogger, Logger as NestLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { AppConfig, ConfigError, loadAppConfig, loadEnvFile } from '@app/common';
import { clusterMetricsServer, listen, stopOnSignals } from '@app/operations';
import { ApiModule } from './api.module';

async function serve(): Promise<void> {
  const app = await NestFactory.create(ApiModule, { bufferLogs: true });
  const logger = app.get(Logger);
  app.useLogger(logger);
  const config = app.get(AppConfig);
  stopOnSignals(app, { timeoutMs: config.SHUTDOWN_TIMEOUT_MS, logger });
  await app.listen(config.PORT, '0.0.0.0');
  logger.log(`Staff console at http://localhost:${config.PORT}/ ; GraphQL API at http://localhost:${config.PORT}/graphql`, 'Api');
}

/**
 * Runs `processes` API processes on one port, replaces one that crashes once it had been
 * serving (one that dies before it listens would only die again: the supervisor gives up),
 * serves their metrics together, and on SIGTERM or SIGINT lets each finish its requests and
 * exits 0 once all have stopped.
 */
async function supervise(processes: number, config: AppConfig): Promise<void> {
  const log = new NestLogger('Api');
  const serving = new Set<number>();
  let stopping = false;
  cluster.on('listening', (worker) => serving.add(worker.id));
  cluster.on('exit', (worker, code, signal) => {
    const living = Object.keys(cluster.workers ?? {}).length;
    if (stopping) {
      if (living === 0) process.exit(0);
      return;
    }
    if (!serving.delete(worker.id)) {
      log.error(`API process ${worker.process.pid} failed to start (${signal ?? code}); stopping`);
      for (const other of Object.values(cluster.workers ?? {})) other?.process.kill('SIGTERM');
      process.exit(1);
    }
    log.warn(`API process ${worker.process.pid} exited (${signal ?? code}); starting another`);
    cluster.fork();
  });
  for (const shutdownSignal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(shutdownSignal, () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
    });
  }
  for (let i = 0; i < processes; i++) cluster.fork();
  const port = await listen(clusterMetricsServer(), config.METRICS_PORT, config.METRICS_HOST);
  log.log(`Metrics of all ${processes} API processes at http://${config.METRICS_HOST}:${port}/metrics`);
}

loadEnvFile();
const config = loadAppConfig();
if (cluster.isPrimary && config.API_PROCESSES > 1) {
  // The primary only forks and supervises; its few lines use the same format as the processes.
  NestLogger.overrideLogger(new ConsoleLogger({ json: config.LOG_FORMAT === 'json', colors: config.LOG_FORMAT === 'pretty' }));
  void supervise(config.API_PROCESSES, config);
} else {
  // A process that cannot start (bad settings, no signing key) must stop, saying why.
  serve().catch((error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(1);
  });
}
