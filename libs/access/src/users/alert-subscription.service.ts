import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { notFound } from '@app/common/errors/domain-error';
import { Viewer } from '../scope/viewer';
import { AlertSubscription } from './alert-subscription.entity';
import { JurisdictionDirectory } from './jurisdiction-directory';

/** Which divisions' red-line alerts a user receives; only divisions inside their view scope. */
@Injectable()
export class AlertSubscriptionService {
  constructor(
    @InjectRepository(AlertSubscription) private readonly subscriptions: Repository<AlertSubscription>,
    private readonly directory: JurisdictionDirectory,
  ) {}

  async subscribe(viewer: Viewer, divisionCode: string): Promise<void> {
    await this.assertVisibleDivision(viewer, divisionCode);
    await this.subscriptions.upsert({ userId: viewer.userId, divisionCode }, ['userId', 'divisionCode']);
  }

  async unsubscribe(viewer: Viewer, divisionCode: string): Promise<void> {
    await this.assertVisibleDivision(viewer, divisionCode);
    await this.subscriptions.delete({ userId: viewer.userId, divisionCode });
  }

  async divisionCodesOf(userId: string): Promise<string[]> {
    const rows = await this.subscriptions.find({ where: { userId }, order: { divisionCode: 'ASC' } });
    return rows.map((row) => row.divisionCode);
  }

  private async assertVisibleDivision(viewer: Viewer, divisionCode: string): Promise<void> {
    const isDivision = /^\d{6}$/.test(divisionCode);
    if (!isDivision || !viewer.seesDivision(divisionCode) || !(await this.directory.countyOf(divisionCode)).exists) {
      throw notFound('Division', divisionCode);
    }
  }
}
