import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { AppConfigModule } from '@app/common/config/app-config.module';
import { DomainErrorFilter } from '@app/common/errors/domain-error.filter';
import { GraphQLValidationPipe } from '@app/common/validation/graphql-validation.pipe';
import { DatabaseRootModule } from '@app/db/database-root.module';
import { AccessModule } from '@app/access';
import { RegistryModule } from '@app/registry';
import { GraphQLOptionsFactory } from './graphql/graphql-options.factory';

@Module({
  imports: [
    AppConfigModule,
    DatabaseRootModule,
    AccessModule.forRoot(RegistryModule),
    RegistryModule,
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      imports: [RegistryModule],
      useClass: GraphQLOptionsFactory,
    }),
  ],
  providers: [
    { provide: APP_PIPE, useClass: GraphQLValidationPipe },
    { provide: APP_FILTER, useClass: DomainErrorFilter },
  ],
})
export class ApiModule {}
