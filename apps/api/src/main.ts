import 'reflect-metadata';
import cluster from 'node:cluster';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, ConfigError, loadAppConfig } from '@app/common';
import { ApiModule } from './api.module';

async function serve(): Promise<void> {
  const app = await NestFactory.create(ApiModule, { bufferLogs: false });
  app.enableShutdownHooks();
  const config = app.get(AppConfig);
  await app.listen(config.PORT, '0.0.0.0');
  Logger.log(`GraphQL API at http://localhost:${config.PORT}/graphql`, 'Api');
}

/**
 * Runs `processes` API processes on one port, replaces one that crashes once it had been
 * serving (one that dies before it listens would only die again: the supervisor gives up),
 * and stops them all on SIGTERM or SIGINT.
 */
function supervise(processes: number): void {
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
      Logger.error(`API process ${worker.process.pid} failed to start (${signal ?? code}); stopping`, 'Api');
      for (const other of Object.values(cluster.workers ?? {})) other?.process.kill('SIGTERM');
      process.exit(1);
    }
    Logger.warn(`API process ${worker.process.pid} exited (${signal ?? code}); starting another`, 'Api');
    cluster.fork();
  });
  for (const shutdownSignal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(shutdownSignal, () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(shutdownSignal);
    });
  }
  for (let i = 0; i < processes; i++) cluster.fork();
}

const { API_PROCESSES } = loadAppConfig();
if (cluster.isPrimary && API_PROCESSES > 1) supervise(API_PROCESSES);
else {
  // A process that cannot start (bad settings, no signing key) must stop, saying why.
  serve().catch((error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(1);
  });
}
