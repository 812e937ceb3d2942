import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckResult, HealthCheckService } from '@nestjs/terminus';
import { Public } from '@app/access';
import { DependencyHealth } from './dependency-health';

/**
 * Liveness and readiness for orchestrators and load balancers, without a token. Live: the
 * process answers (restart it if not). Ready: PostgreSQL and Redis answer, every migration is
 * applied and the process is not stopping (send it traffic only then); 503 otherwise, turning
 * back to 200 by itself when the dependency returns.
 */
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly dependencies: DependencyHealth,
  ) {}

  @Get('live')
  @HealthCheck()
  live(): Promise<HealthCheckResult> {
    return this.health.check([]);
  }

  @Get('ready')
  @HealthCheck()
  ready(): Promise<HealthCheckResult> {
    return this.health.check([
      () => this.dependencies.accepting(),
      () => this.dependencies.database(),
      () => this.dependencies.migrations(),
      () => this.dependencies.redis(),
    ]);
  }
}
