import { Injectable, Logger } from '@nestjs/common';
import { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '@app/common';
import { JobQueue } from '@app/jobs';
import { ShutdownState } from '../lifecycle/shutdown-state';

/**
 * The checks behind readiness. Each answers within HEALTH_TIMEOUT_MS and says only up or down:
 * what went wrong (host names, driver messages) goes to the log, never to the anonymous caller.
 */
@Injectable()
export class DependencyHealth {
  private readonly logger = new Logger(DependencyHealth.name);

  constructor(
    private readonly indicators: HealthIndicatorService,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly config: AppConfig,
    private readonly shutdown: ShutdownState,
  ) {}

  database(): Promise<HealthIndicatorResult> {
    return this.probe('database', () => this.dataSource.query('SELECT 1'));
  }

  /** Every migration this build knows is applied: a process newer than its schema is not ready. */
  migrations(): Promise<HealthIndicatorResult> {
    return this.probe('migrations', async () => {
      if (await this.dataSource.showMigrations()) throw new Error('migrations are pending: run npm run migration:run');
    });
  }

  redis(): Promise<HealthIndicatorResult> {
    return this.probe('redis', () => this.jobs.ping());
  }

  accepting(): HealthIndicatorResult {
    const session = this.indicators.check('lifecycle');
    return this.shutdown.stopping ? session.down() : session.up();
  }

  private async probe(key: string, check: () => Promise<unknown>): Promise<HealthIndicatorResult> {
    const session = this.indicators.check(key);
    let timer: NodeJS.Timeout | undefined;
    try {
      const work = check();
      work.catch(() => undefined);
      await Promise.race([
        work,
        new Promise((_resolve, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer within ${this.config.HEALTH_TIMEOUT_MS} ms`)), this.config.HEALTH_TIMEOUT_MS);
        }),
      ]);
      return session.up();
    } catch (error) {
      this.logger.warn(`Readiness: ${key} is down (${error instanceof Error ? error.message : String(error)})`);
      return session.down();
    } finally {
      clearTimeout(timer);
    }
  }
}
