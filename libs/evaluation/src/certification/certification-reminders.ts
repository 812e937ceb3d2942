import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AlertSubscriptionService } from '@app/access';
import { todayInShanghai } from '@app/common';
import { MailOutbox, OutgoingMail } from '@app/mail';
import { REGISTRY_RELATIONS } from '@app/registry';
import { reportPeriod } from '@app/reports';
import { withRecordsSql } from './certification-rules';

/** Who is reminded: counties on the 25th, cities on the month's last day. */
export type ReminderTier = 'COUNTY' | 'CITY';

interface Unconfirmed {
  code: string;
  name: string;
  /** For a city: its counties that have not confirmed either. */
  pending: string[];
}

/**
 * Reminders of the monthly sign-off: mail through the outbox to the staff subscribed to each unit
 * (their alert subscriptions) whose month is not confirmed. The dedupe key names the month, tier,
 * unit and mailbox, so a tick that runs twice queues each mail once.
 */
@Injectable()
export class CertificationReminders {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly subscriptions: AlertSubscriptionService,
    private readonly outbox: MailOutbox,
  ) {}

  /** Queues the reminders due today for `tier`; returns how many mails were queued (none on a day that is not due). */
  async remind(tier: ReminderTier, now = new Date()): Promise<number> {
    const today = todayInShanghai(now);
    const month = reportPeriod(today.slice(0, 7));
    if (tier === 'CITY' && today !== month.lastDay) return 0;
    return this.dataSource.transaction(async (manager) => {
      const units: Unconfirmed[] = await manager.query(
        `SELECT u.code, u.name,
           coalesce(array_agg(child.name ORDER BY child.code) FILTER (WHERE child.code IS NOT NULL), '{}') AS pending
         FROM ${REGISTRY_RELATIONS.division} u
         LEFT JOIN ${REGISTRY_RELATIONS.division} child ON child.parent_code = u.code AND ${withRecordsSql('child')}
           AND NOT EXISTS (SELECT 1 FROM month_certification c WHERE c.period = $1 AND c.division_code = child.code AND c.status = 'CERTIFIED')
         WHERE u.level = $2 AND ${withRecordsSql('u')}
           AND NOT EXISTS (SELECT 1 FROM month_certification c WHERE c.period = $1 AND c.division_code = u.code AND c.status = 'CERTIFIED')
         GROUP BY u.code, u.name ORDER BY u.code`,
        [month.period, tier],
      );
      const byCode = new Map(units.map((unit) => [unit.code, unit]));
      const subscribers = await this.subscriptions.subscribersOf([...byCode.keys()], manager);
      const mails = subscribers.map((s) => reminderMail(month.period, month.lastDay, tier, byCode.get(s.divisionCode)!, s.email));
      return (await this.outbox.queue(manager, mails)).length;
    });
  }
}

function reminderMail(period: string, lastDay: string, tier: ReminderTier, unit: Unconfirmed, to: string): OutgoingMail {
  const [year, month] = period.split('-').map(Number);
  const deadline = `${year}年${month}月${Number(lastDay.slice(8))}日`;
  const lines = [
    `${unit.name}：`,
    '',
    `${year}年${month}月的易地扶贫搬迁数据尚未确认。请于${deadline}前核对本单位数据，并在系统中完成本月数据确认。`,
    ...(unit.pending.length > 0 ? ['', `尚未确认的下级单位：${unit.pending.join('、')}。下级单位全部确认后，本单位方可确认。`] : []),
    '',
    '——易地扶贫搬迁工作调度系统（本邮件由系统自动发送）',
  ];
  return {
    dedupeKey: `certification-reminder/${period}/${tier}/${unit.code}/${to.toLowerCase()}`,
    to,
    subject: `【数据确认提醒】${unit.name}${year}年${month}月数据尚未确认`,
    text: lines.join('\n'),
  };
}
