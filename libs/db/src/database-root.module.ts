import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@app/common';
import { dataSourceOptions, EntityList } from './data-source.options';

/** Opens the connection pool for a process; DATABASE_URL must be set by then. */
@Module({})
export class DatabaseRootModule {
  static forRoot(entities: EntityList): DynamicModule {
    return {
      module: DatabaseRootModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => {
            if (!config.DATABASE_URL) throw new Error('DATABASE_URL is not set (the quick start sets it when it launches embedded PostgreSQL)');
            return dataSourceOptions(config.DATABASE_URL, { entities });
          },
        }),
      ],
    };
  }
}
