import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig } from '@app/common/config/app-config';
import { ApiModule } from './api.module';

async function bootstrap(): Promise<void> {
  const app = await NestFactory.create(ApiModule, { bufferLogs: false });
  app.enableShutdownHooks();
  const config = app.get(AppConfig);
  await app.listen(config.PORT, '0.0.0.0');
  Logger.log(`GraphQL API at http://localhost:${config.PORT}/graphql`, 'Api');
}

void bootstrap();
