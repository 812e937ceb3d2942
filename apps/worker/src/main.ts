import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { WorkerModule } from './worker.module';

// Each step is logged, so a worker that hangs while starting shows where.
async function bootstrap(): Promise<void> {
  Logger.log('Starting: connecting to PostgreSQL and Redis, then starting processors and schedules', 'Worker');
  const app = await NestFactory.createApplicationContext(WorkerModule);
  app.enableShutdownHooks();
  Logger.log('Worker ready', 'Worker');
}

// A worker that cannot start (bad settings, a job without a handler) must stop, visibly.
bootstrap().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
