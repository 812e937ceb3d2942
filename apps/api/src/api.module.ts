import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_FILTER, APP_PIPE, HttpAdapterHost } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { AppConfig, AppConfigModule, DomainErrorFilter, GraphQLValidationPipe } from '@app/common';
import { AccessModule } from '@app/access';
import { RegistryModule } from '@app/registry';
import { PersistenceModule } from '@app/persistence';
import { JobsModule } from '@app/jobs';
import { RedlinesModule } from '@app/redlines';
import { IndicatorsModule } from '@app/indicators';
import { NewsModule } from '@app/news';
import { ReportsModule } from '@app/reports';
import { OperationsModule } from '@app/operations';
import { BulletinModule } from '@app/bulletin';
import { ImportsModule } from '@app/imports';
import { EvaluationModule } from '@app/evaluation';
import { GraphQLOptionsFactory } from './graphql/graphql-options.factory';
import { applyExpressSettings, hardeningMiddleware } from './http/http-hardening';
import { RestModule } from './rest/rest.module';
import { QueueDashboardModule } from './admin/queue-dashboard.module';
import { ConsoleModule } from './console/console.module';

// Created once and shared: feature modules that need alert subscriptions import this instance.
const accessModule = AccessModule.forRoot(RegistryModule);

@Module({
  imports: [
    AppConfigModule,
    PersistenceModule,
    accessModule,
    RegistryModule,
    JobsModule.forRoot(),
    OperationsModule.forRoot('api'),
    RedlinesModule.forRoot(accessModule),
    IndicatorsModule,
    NewsModule,
    ReportsModule,
    BulletinModule,
    ImportsModule,
    EvaluationModule,
    RestModule,
    QueueDashboardModule,
    ConsoleModule,
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      imports: [RegistryModule, IndicatorsModule, accessModule],
      useClass: GraphQLOptionsFactory,
    }),
  ],
  providers: [
    { provide: APP_PIPE, useClass: GraphQLValidationPipe },
    { provide: APP_FILTER, useClass: DomainErrorFilter },
  ],
})
export class ApiModule implements NestModule {
  constructor(
    private readonly config: AppConfig,
    private readonly adapterHost: HttpAdapterHost,
  ) {}

  /** Runs before the routes are registered, so every route (GraphQL and REST) gets these. */
  configure(consumer: MiddlewareConsumer): void {
    applyExpressSettings(this.adapterHost.httpAdapter.getInstance(), this.config);
    consumer.apply(...hardeningMiddleware(this.config)).forRoutes('*');
  }
}
