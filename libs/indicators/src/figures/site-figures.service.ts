import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { dataSourceDatabase } from '@app/db';
import { RefreshOutcome, SiteFiguresRefresher } from './site-figures-refresher';

/** The application's handle on the per-site figures: refreshed before every read of them. */
@Injectable()
export class SiteFiguresService {
  private readonly refresher: SiteFiguresRefresher;

  constructor(@InjectDataSource() dataSource: DataSource) {
    this.refresher = new SiteFiguresRefresher(dataSourceDatabase(dataSource));
  }

  refresh(): Promise<RefreshOutcome> {
    return this.refresher.refresh();
  }
}
