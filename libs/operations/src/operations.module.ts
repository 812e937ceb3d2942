import { DynamicModule, Global, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from '@app/common';
import { DependencyHealth } from './health/dependency-health';
import { HealthController } from './health/health.controller';
import { ShutdownState } from './lifecycle/shutdown-state';
import { loggerParams } from './logging/logger-params';
import { RequestContextMiddleware } from './logging/request-context.middleware';
import { MetricsEndpoint } from './metrics/metrics-server';

export type Service = 'api' | 'worker';

/**
 * What an operator needs from a process, imported once by each app: structured logs
 * (nestjs-pino), /health/live and /health/ready (terminus), Prometheus metrics on their own
 * port, and the state graceful shutdown reports through readiness. Needs JobsModule and the
 * database connection in the app.
 */
@Global()
@Module({})
export class OperationsModule implements NestModule {
  static forRoot(service: Service): DynamicModule {
    return {
      module: OperationsModule,
      imports: [
        LoggerModule.forRootAsync({ inject: [AppConfig], useFactory: (config: AppConfig) => loggerParams(config, service) }),
        TerminusModule.forRoot({ errorLogStyle: 'json' }),
      ],
      controllers: [HealthController],
      providers: [
        ShutdownState,
        DependencyHealth,
        {
          provide: MetricsEndpoint,
          inject: [AppConfig],
          useFactory: (config: AppConfig) =>
            new MetricsEndpoint({ port: service === 'api' ? config.METRICS_PORT : config.WORKER_METRICS_PORT, host: config.METRICS_HOST }),
        },
      ],
      exports: [ShutdownState, MetricsEndpoint, DependencyHealth],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequestContextMiddleware).forRoutes('{*splat}');
  }
}
