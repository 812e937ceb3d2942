import { INestApplicationContext, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { WorkerModule } from '../../apps/worker/src/worker.module';

/**
 * The worker running in-process, with the same settings the API harness put in process.env
 * (database, queue prefix, SMTP_URL): start it after ApiHarness.start().
 */
export class WorkerHarness {
  private constructor(private readonly app: INestApplicationContext) {}

  static async start(): Promise<WorkerHarness> {
    return new WorkerHarness(await NestFactory.createApplicationContext(WorkerModule, { logger: ['error'] }));
  }

  get<T>(type: Type<T> | (abstract new (...args: never[]) => T)): T {
    return this.app.get(type, { strict: false });
  }

  stop(): Promise<void> {
    return this.app.close();
  }
}
