import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { REGISTRY_RELATIONS } from '@app/registry';
import { AlertSubscriber, AlertSubscriptionService } from '@app/access';
import { MailOutbox } from '@app/mail';
import { AlertedViolation, alertedDivisions } from './alerted-violation';
import { redlineAlertMail } from './redline-alert-mail';

const R = REGISTRY_RELATIONS;

/** Violations per round trip: bounds memory when a scan opens thousands at once. */
const BATCH = 500;

/** Turns newly opened violations into outbox mail for everyone subscribed to their county, city or region. */
@Injectable()
export class RedlineAlerts {
  constructor(
    private readonly subscriptions: AlertSubscriptionService,
    private readonly outbox: MailOutbox,
  ) {}

  /** In the caller's transaction; returns how many mails were queued. */
  async queueFor(manager: EntityManager, violationIds: readonly string[]): Promise<number> {
    let queued = 0;
    for (let start = 0; start < violationIds.length; start += BATCH) {
      const violations = await this.describe(manager, violationIds.slice(start, start + BATCH));
      const subscribers = await this.subscriptions.subscribersOf([...new Set(violations.flatMap(alertedDivisions))], manager);
      const mails = violations.flatMap((violation) => recipientsOf(violation, subscribers).map((to) => redlineAlertMail(violation, to)));
      queued += (await this.outbox.queue(manager, mails)).length;
    }
    return queued;
  }

  private describe(manager: EntityManager, ids: string[]): Promise<AlertedViolation[]> {
    return manager.query(
      `SELECT v.id, v.rule, v.value, v.threshold, v.detected_at AS "detectedAt",
              h.code AS "householdCode", h.head_name AS "headName", s.name AS "siteName",
              s.county_code AS "countyCode", county.name AS "countyName", s.city_code AS "cityCode", city.name AS "cityName"
       FROM redline_violation v
       JOIN ${R.household} h ON h.id = v.household_id
       JOIN ${R.site} s ON s.id = h.site_id
       JOIN ${R.division} county ON county.code = s.county_code
       JOIN ${R.division} city ON city.code = s.city_code
       WHERE v.id = ANY($1)
       ORDER BY h.code, v.rule`,
      [ids],
    );
  }
}

/** Each subscribed mailbox once, even when subscribed to the county and the city alike. */
function recipientsOf(violation: AlertedViolation, subscribers: AlertSubscriber[]): string[] {
  const divisions = new Set(alertedDivisions(violation));
  const byMailbox = new Map<string, string>();
  for (const subscriber of subscribers) {
    if (divisions.has(subscriber.divisionCode)) byMailbox.set(subscriber.email.toLowerCase(), subscriber.email);
  }
  return [...byMailbox.values()];
}
