import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { AppConfig, loadEnvFile } from '@app/common';
import { stopOnSignals } from '@app/operations';
import { WorkerModule } from './worker.module';

// Each step is logged, so a worker that hangs while starting shows where.
async function bootstrap(): Promise<void> {
  loadEnvFile();
  const app = await NestFactory.create(WorkerModule, { bufferLogs: true });
  const logger = app.get(Logger);
  app.useLogger(logger);
  const config = app.get(AppConfig);
  logger.log('Connected to PostgreSQL; starting processors, schedules and reconciliation', 'Worker');
  stopOnSignals(app, { timeoutMs: config.SHUTDOWN_TIMEOUT_MS, logger });
  await app.listen(config.WORKER_HEALTH_PORT, config.METRICS_HOST);
  const { port } = app.getHttpServer().address() as { port: number };
  logger.log(`Worker ready; health at http://${config.METRICS_HOST}:${port}/health/ready`, 'Worker');
}

// A worker that cannot start (bad settings, a job without a handler) must stop, visibly.
bootstrap().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
