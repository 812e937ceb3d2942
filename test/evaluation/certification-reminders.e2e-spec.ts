/**
 * Sign-off reminders: on the 25th to the staff subscribed to each county whose month is not
 * confirmed, on the month's last day to those subscribed to each such city, through the mail
 * outbox, once however often the tick runs.
 */
import { CertificationReminders } from '@app/evaluation';
import { ApiHarness } from '../support/api-harness';
import { createSite, siteInput } from '../support/registry-fixtures';
import { WorkerHarness } from '../support/worker-harness';

describe('sign-off reminders', () => {
  let api: ApiHarness;
  let worker: WorkerHarness;
  let reminders: CertificationReminders;

  const outbox = async () =>
    (await api.db.query(`SELECT recipient, subject, body FROM mail_outbox WHERE dedupe_key LIKE 'certification-reminder/%' ORDER BY recipient, subject`)).rows;

  beforeAll(async () => {
    api = await ApiHarness.start();
    worker = await WorkerHarness.start();
    reminders = worker.get(CertificationReminders);
    for (const [user, role, code] of [['longan', 'COUNTY_STAFF', '450123'], ['bobai', 'COUNTY_STAFF', '450923'], ['nanning', 'CITY_STAFF', '450100']]) {
      await api.createUser(user, role, code);
      const subscribed = await api.as(user, `mutation($c: ID!) { subscribeRedlineAlerts(divisionCode: $c) { id } }`, { c: code });
      expect(subscribed.errors).toBeUndefined();
    }
    // Units with data: Long'an, Qingxiu and Xingning (Nanning), Bobai (Yulin). Bobai and Xingning
    // have confirmed November; Long'an and Qingxiu have not (nobody is subscribed to Qingxiu).
    await api.createUser('admin', 'REGION_ADMIN', '450000');
    for (const [county, code] of [['450123', 'RA1'], ['450103', 'RA2'], ['450102', 'RA3'], ['450923', 'RB1']]) await createSite(api, 'admin', siteInput(county, code));
    await api.db.query(`INSERT INTO month_certification (period, division_code, status, certified_by, certified_at)
      VALUES ('2026-11', '450923', 'CERTIFIED', 'bobai', now()), ('2026-11', '450102', 'CERTIFIED', 'fixture', now())`);
  });
  afterAll(async () => {
    await worker.stop();
    await api.stop();
  });

  it('reminds the counties that have not confirmed on the 25th, once', async () => {
    expect(await reminders.remind('COUNTY', new Date('2026-11-25T09:00:00+08:00'))).toBe(1);
    expect(await reminders.remind('COUNTY', new Date('2026-11-25T09:00:00+08:00'))).toBe(0);
    const mails = await outbox();
    expect(mails).toEqual([{ recipient: 'longan@example.org', subject: '【数据确认提醒】隆安县2026年11月数据尚未确认', body: expect.stringContaining('请于2026年11月30日前') }]);
  });

  it('reminds the cities on the last day of the month only, naming their counties not yet confirmed', async () => {
    expect(await reminders.remind('CITY', new Date('2026-11-29T09:00:00+08:00'))).toBe(0);
    expect(await reminders.remind('CITY', new Date('2026-11-30T09:00:00+08:00'))).toBe(1);
    const city = (await outbox()).find((mail: { recipient: string }) => mail.recipient === 'nanning@example.org');
    expect(city.subject).toBe('【数据确认提醒】南宁市2026年11月数据尚未确认');
    expect(city.body).toMatch(/尚未确认的下级单位：.*隆安县/);
    expect(city.body).toContain('青秀区');
    expect(city.body).not.toContain('兴宁区');
    expect(city.body).not.toContain('西乡塘区'); // no records there
  });
});
