import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { DivisionCode, notFound } from '@app/common';
import { jurisdictionCoversDivision, parseJurisdiction } from '../scope/jurisdiction';
import { Viewer } from '../scope/viewer';
import { AlertSubscription } from './alert-subscription.entity';
import { JurisdictionDirectory } from './jurisdiction-directory';
import { User } from './user.entity';

/** A mailbox that receives one division's red-line alerts. */
export interface AlertSubscriber {
  userId: string;
  email: string;
  divisionCode: string;
}

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

  /**
   * Who receives the alerts of these divisions: active users with an e-mail address whose
   * jurisdiction still covers the division (a user moved elsewhere since subscribing must not
   * learn about records they can no longer see). Pass the manager to read within a transaction.
   */
  async subscribersOf(divisionCodes: readonly string[], manager?: EntityManager): Promise<AlertSubscriber[]> {
    if (divisionCodes.length === 0) return [];
    const rows: Array<AlertSubscriber & { jurisdiction: string }> = await (manager?.getRepository(AlertSubscription) ?? this.subscriptions)
      .createQueryBuilder('subscription')
      .innerJoin(User, 'account', 'account.id = subscription.user_id')
      .select(['account.id AS "userId"', 'account.email AS email', 'account.jurisdiction AS jurisdiction', 'subscription.division_code AS "divisionCode"'])
      .where('subscription.division_code IN (:...codes)', { codes: [...divisionCodes] })
      .andWhere('account.active')
      .andWhere(`coalesce(account.email, '') <> ''`)
      .orderBy('account.username')
      .getRawMany();
    return rows
      .filter((row) => jurisdictionCoversDivision(parseJurisdiction(row.jurisdiction), row.divisionCode))
      .map(({ userId, email, divisionCode }) => ({ userId, email, divisionCode }));
  }

  private async assertVisibleDivision(viewer: Viewer, divisionCode: string): Promise<void> {
    if (!DivisionCode.isValid(divisionCode) || !viewer.seesDivision(divisionCode) || !(await this.directory.countyOf(divisionCode)).exists) {
      throw notFound('Division', divisionCode);
    }
  }
}
