import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { dataSourceDatabase } from '@app/db';
import { RefreshOutcome, SiteFiguresRefresher } from './site-figures-refresher';

/** The application's handle on the per-site figures: refreshed before every read of them, by the worker periodically. */
@Injectable()
export class SiteFiguresService {
  private readonly refresher: SiteFiguresRefresher;

  constructor(@InjectDataSource() dataSource: DataSource) {
    this.refresher = new SiteFiguresRefresher(dataSourceDatabase(dataSource));
  }

  /** The worker's periodic refresh: whatever it takes, a full rebuild included. */
  refresh(): Promise<RefreshOutcome> {
    return this.refresher.refresh();
  }

  /** Before a read: what a request can afford, never waiting for a full rebuild (see SiteFiguresRefresher). */
  refreshForReading(): Promise<RefreshOutcome> {
    return this.refresher.refreshForReading();
  }
}
