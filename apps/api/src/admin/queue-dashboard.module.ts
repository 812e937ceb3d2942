import { Controller, Delete, HttpCode, Injectable, Logger, Module, OnModuleInit, Post, Req, Res } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { Express, NextFunction, Request, Response } from 'express';
import { forbidden } from '@app/common';
import { CurrentViewer, Role, UserDirectoryModule, Viewer } from '@app/access';
import { JobQueue, QueueName } from '@app/jobs';
import { DASHBOARD_PATH, DashboardSession, SESSION_SECONDS } from './dashboard-session';

/**
 * `POST /admin/dashboard-session` with a region administrator's bearer token sets the
 * dashboard's cookie (see DashboardSession); `DELETE` removes it.
 */
@Controller('admin/dashboard-session')
export class DashboardSessionController {
  constructor(private readonly session: DashboardSession) {}

  @Post()
  async open(@CurrentViewer() viewer: Viewer, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<{ url: string; expiresInSeconds: number }> {
    if (viewer.role !== Role.REGION_ADMIN) throw forbidden('Only region administrators see the queues');
    res.setHeader('Set-Cookie', this.session.cookie(await this.session.issue(viewer.username), req.secure));
    return { url: DASHBOARD_PATH, expiresInSeconds: SESSION_SECONDS };
  }

  @Delete()
  @HttpCode(204)
  close(@Res({ passthrough: true }) res: Response): void {
    res.setHeader('Set-Cookie', this.session.clearedCookie());
  }
}

/** Bull Board at /admin/queues, behind the dashboard session: every queue, its jobs, retries. */
@Injectable()
export class QueueDashboard implements OnModuleInit {
  private readonly logger = new Logger(QueueDashboard.name);

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly jobs: JobQueue,
    private readonly session: DashboardSession,
  ) {}

  onModuleInit(): void {
    const board = new ExpressAdapter().setBasePath(DASHBOARD_PATH);
    createBullBoard({
      queues: Object.values(QueueName).map((name) => new BullMQAdapter(this.jobs.queue(name))),
      serverAdapter: board,
      options: { uiConfig: { boardTitle: '任务队列' } },
    });
    const guard = (req: Request, res: Response, next: NextFunction) => {
      this.session.admits(req).then(
        (admitted) => (admitted ? next() : res.status(401).json({ code: 'UNAUTHENTICATED', fields: [], message: 'Open a dashboard session first: POST /admin/dashboard-session with a region administrator’s bearer token' })),
        (error: unknown) => {
          this.logger.warn(`Dashboard session check failed: ${String(error)}`);
          res.status(503).json({ code: 'SERVICE_UNAVAILABLE', fields: [], message: 'Try again shortly', retryable: true });
        },
      );
    };
    const app = this.adapterHost.httpAdapter.getInstance<Express>();
    app.use(DASHBOARD_PATH, guard, board.getRouter() as (req: Request, res: Response, next: NextFunction) => void);
  }
}

@Module({
  imports: [JwtModule.register({}), UserDirectoryModule],
  controllers: [DashboardSessionController],
  providers: [DashboardSession, QueueDashboard],
})
export class QueueDashboardModule {}
