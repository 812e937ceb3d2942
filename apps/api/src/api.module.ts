import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { AppConfigModule, DomainErrorFilter, GraphQLValidationPipe } from '@app/common';
import { AccessModule } from '@app/access';
import { RegistryModule } from '@app/registry';
import { PersistenceModule } from '@app/persistence';
import { JobsModule } from '@app/jobs';
import { RedlinesModule } from '@app/redlines';
import { IndicatorsModule } from '@app/indicators';
import { NewsModule } from '@app/news';
import { ReportsModule } from '@app/reports';
import { BulletinModule } from '@app/bulletin';
import { GraphQLOptionsFactory } from './graphql/graphql-options.factory';
import { RestModule } from './rest/rest.module';

// Created once and shared: feature modules that need alert subscriptions import this instance.
const accessModule = AccessModule.forRoot(RegistryModule);

@Module({
  imports: [
    AppConfigModule,
    PersistenceModule,
    accessModule,
    RegistryModule,
    JobsModule.forRoot(),
    RedlinesModule.forRoot(accessModule),
    IndicatorsModule,
    NewsModule,
    ReportsModule,
    BulletinModule,
    RestModule,
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      imports: [RegistryModule, IndicatorsModule],
      useClass: GraphQLOptionsFactory,
    }),
  ],
  providers: [
    { provide: APP_PIPE, useClass: GraphQLValidationPipe },
    { provide: APP_FILTER, useClass: DomainErrorFilter },
  ],
})
export class ApiModule {}
