import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Global, Module } from '@nestjs/common';
import { AppConfig, redisConnectionOptions } from '@app/common';
import { QueueName } from './job-catalog';
import { JobQueue } from './job-queue.service';

/**
 * The Redis connection and every queue, for one process (API or worker): imported once by
 * each app, and global so feature libs can add jobs without knowing about Redis.
 */
@Global()
@Module({})
export class JobsModule {
  static forRoot(): DynamicModule {
    const queues = BullModule.registerQueue(...Object.values(QueueName).map((name) => ({ name })));
    return {
      module: JobsModule,
      imports: [
        BullModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({ connection: redisConnectionOptions(config.REDIS_URL), prefix: config.QUEUE_PREFIX }),
        }),
        queues,
      ],
      providers: [JobQueue],
      exports: [JobQueue, queues],
    };
  }
}
