import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { AppConfig } from '@app/common/config/app-config';
import { AppConfigModule } from '@app/common/config/app-config.module';
import { DatabaseRootModule } from '@app/db/database-root.module';
import { redisConnectionOptions } from '@app/common/config/redis-connection';

/**
 * The background process: BullMQ processors over the shared libs. It holds no state of its
 * own, so any number of workers can share one Redis and one PostgreSQL.
 */
@Module({
  imports: [
    AppConfigModule,
    DatabaseRootModule,
    BullModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({ connection: redisConnectionOptions(config.REDIS_URL) }),
    }),
  ],
})
export class WorkerModule {}
