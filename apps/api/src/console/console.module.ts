import { Injectable, Logger, Module, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { Express } from 'express';
import { AppConfig } from '@app/common';
import { consoleBuilt, consoleStatic } from './console-static';

/**
 * The staff console at `/`, from the same origin as the API (no CORS, one port to open).
 * Mounted after the API's routes are registered, so it only ever answers what they do not.
 */
@Injectable()
export class ConsoleServer implements OnModuleInit {
  private readonly logger = new Logger('Console');

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    if (!consoleBuilt(this.config.CONSOLE_DIR)) {
      this.logger.warn(`No console build in ${this.config.CONSOLE_DIR}: run \`npm run build\` to serve the staff console at /`);
      return;
    }
    this.adapterHost.httpAdapter.getInstance<Express>().use(consoleStatic(this.config.CONSOLE_DIR));
  }
}

@Module({ providers: [ConsoleServer] })
export class ConsoleModule {}
