/**
 * Alert mail from the outbox to a real SMTP server on loopback, through the worker's mail
 * queue running in-process: exactly the expected mails to exactly the subscribed mailboxes,
 * an outage that delays and loses nothing, a lost job, a worker that died mid-send, and a
 * mailbox the server refuses.
 */
import { randomUUID } from 'node:crypto';
import { MailTransport } from '@app/mail';
import { ApiHarness } from '../support/api-harness';
import { eventually, pause } from '../support/eventually';
import { createHousehold, createSite, householdInput, siteInput } from '../support/registry-fixtures';
import { SmtpSink } from '../support/smtp-sink';
import { WorkerHarness } from '../support/worker-harness';
import { mailbox, OutboxRow, outboxFor, storedViolations, subscribe } from './redline-fixtures';

const MAIL_FROM = '易地扶贫搬迁工作调度系统 <noreply@relocation.local>';
/** Longer than a retry and two sweeps: what has not arrived by then would not arrive. */
const SETTLE_MS = 1500;

describe('red-line alert mail delivered through the outbox', () => {
  let sink: SmtpSink;
  let api: ApiHarness;
  let worker: WorkerHarness;
  let longanSite: string;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    api = await ApiHarness.start({ SMTP_URL: sink.url, MAIL_FROM, MAIL_RETRY_DELAY_MS: '200', MAIL_SWEEP_INTERVAL_MS: '500' });
    for (const [name, role, jurisdiction] of [
      ['admin', 'REGION_ADMIN', '450000'],
      ['nanning', 'CITY_STAFF', '450100'],
      ['longan', 'COUNTY_STAFF', '450123'],
      ['bobai', 'COUNTY_STAFF', '450923'],
      ['zhou', 'COUNTY_STAFF', '450923'],
    ]) {
      await api.createUser(name, role, jurisdiction);
      await subscribe(api, name, jurisdiction);
    }
    longanSite = (await createSite(api, 'longan', siteInput('450123', 'LA-MAIL', { name: '那桐镇安置点' }))).id;
    worker = await WorkerHarness.start();
  });
  afterAll(async () => {
    await worker.stop();
    await api.stop();
    await sink.stop();
  });

  const received = (messageIds: string[]) => sink.received.filter((entry) => messageIds.includes(entry.mail.messageId ?? ''));
  const sent = async (violationIds: string[]) =>
    eventually(async () => {
      const rows = await outboxFor(api, violationIds);
      return rows.length > 0 && rows.every((row) => row.status !== 'PENDING') && rows;
    }, 'the outbox rows to be delivered');

  it('sends each subscribed mailbox exactly one mail for a new violation, naming the household and the red line', async () => {
    const arrivedBefore = sink.received.length;
    const household = await createHousehold(api, 'longan', householdInput(longanSite, 'LA-MAIL-1', { headName: '黄美兰', housingArea: 130 }));
    const [violation] = await storedViolations(api, household.id);
    const rows = await sent([violation.id]);

    expect(rows.map((row) => [row.recipient, row.status, row.attempts])).toEqual(['admin', 'longan', 'nanning'].map((name) => [mailbox(name), 'SENT', 1]));
    expect(rows.every((row) => /queued as SINK\d+/.test(row.server_response ?? ''))).toBe(true);
    await pause(SETTLE_MS);
    const arrived = sink.received.slice(arrivedBefore);
    expect(arrived.map((entry) => entry.to)).toEqual(expect.arrayContaining(rows.map((row) => [row.recipient])));
    expect(arrived).toHaveLength(3); // none to Bobai, none twice

    for (const row of rows) {
      const [{ mail, to }] = received([row.message_id]);
      expect(to).toEqual([row.recipient]);
      expect(mail.from?.value).toEqual([{ address: 'noreply@relocation.local', name: '易地扶贫搬迁工作调度系统' }]);
      expect(mail.to).toMatchObject({ value: [{ address: row.recipient }] });
      expect(mail.subject).toBe('【政策红线预警】隆安县 搬迁户 LA-MAIL-1（户主 黄美兰）人均住房面积超标');
      expect(mail.headers.get('auto-submitted')).toBe('auto-generated');
      const lines = (mail.text ?? '').trim().split('\n');
      expect(lines).toEqual(
        expect.arrayContaining([
          '户编码：LA-MAIL-1',
          '户主：黄美兰',
          '安置点：那桐镇安置点',
          '所在县（市、区）：隆安县（450123），南宁市',
          '触及红线：人均住房面积超标（住房面积 ÷ 受益人口）',
          '计算值：32.5 ㎡/人',
          '红线标准：不超过 25 ㎡/人',
        ]),
      );
      expect(mail.text?.trim()).toBe(row.body);
    }
  });

  it('keeps mail while the SMTP server is down and delivers all of it, once, when it is back', async () => {
    await sink.stop();
    const arrivedBefore = sink.received.length;
    // Three red lines at once: 32.5 ㎡ and 3,000 元 per person, 12,000 元 for the household.
    const household = await createHousehold(api, 'longan', householdInput(longanSite, 'LA-MAIL-2', { housingArea: 130, selfFunding: 12000 }));
    const violationIds = (await storedViolations(api, household.id)).map((violation) => violation.id);
    expect(violationIds).toHaveLength(3);

    const waiting = await eventually(async () => {
      const rows = await outboxFor(api, violationIds);
      return rows.every((row) => row.status === 'PENDING' && row.attempts >= 2 && row.last_error) && rows;
    }, 'several failed attempts while the server is down');
    expect(waiting).toHaveLength(9);
    expect(waiting[0].last_error).toMatch(/ECONNREFUSED|ECONNECTION|ESOCKET/);
    expect(sink.received.length).toBe(arrivedBefore);

    await sink.listen();
    const rows = await sent(violationIds);
    expect(rows.every((row) => row.status === 'SENT')).toBe(true);
    await pause(SETTLE_MS);
    const arrived = sink.received.slice(arrivedBefore);
    expect(arrived.map((entry) => entry.mail.messageId).sort()).toEqual(rows.map((row) => row.message_id).sort());
  });

  it('delivers mail whose queue job never reached Redis, through the outbox sweep', async () => {
    // What a commit followed by a lost enqueue leaves behind: a pending row and no job.
    const id = randomUUID();
    await api.db.query(
      `INSERT INTO mail_outbox (id, dedupe_key, recipient, subject, body, message_id) VALUES ($1, $2, $3, '测试', '正文', $4)`,
      [id, `test/lost/${id}`, mailbox('longan'), `<outbox.${id}@relocation.local>`],
    );
    const row = await eventually(async () => {
      const { rows } = await api.db.query<OutboxRow>(`SELECT * FROM mail_outbox WHERE id = $1 AND status = 'SENT'`, [id]);
      return rows[0];
    }, 'the sweep to deliver the row');
    expect(row.attempts).toBe(1);
    await pause(SETTLE_MS);
    expect(received([`<outbox.${id}@relocation.local>`])).toHaveLength(1);
  });

  it('sends a mail again as the very same message when a worker died between sending and recording it', async () => {
    const id = randomUUID();
    const messageId = `<outbox.${id}@relocation.local>`;
    // The dead worker's trace: it claimed the row (attempt 1, lease running) and the server took the mail.
    const { rows } = await api.db.query(
      `INSERT INTO mail_outbox (id, dedupe_key, recipient, subject, body, message_id, attempts, lease_until)
       VALUES ($1, $2, $3, '预警', '正文', $4, 1, now() + interval '2 seconds') RETURNING created_at`,
      [id, `test/crash/${id}`, mailbox('nanning'), messageId],
    );
    await worker.get(MailTransport).send({ id, recipient: mailbox('nanning'), subject: '预警', body: '正文', messageId, createdAt: rows[0].created_at });

    // While its lease runs, no one else may send it: the first worker could still be alive.
    await pause(1000);
    expect(received([messageId])).toHaveLength(1);

    const redelivered = await eventually(async () => {
      const found = await api.db.query<OutboxRow>(`SELECT * FROM mail_outbox WHERE id = $1 AND status = 'SENT'`, [id]);
      return found.rows[0];
    }, 'the sweep to resend after the lease ran out');
    expect(redelivered.attempts).toBe(2);
    await pause(SETTLE_MS);
    const copies = received([messageId]);
    expect(copies).toHaveLength(2);
    // Recognisably one message: same Message-ID, date and content, so a mail program shows it once.
    expect(copies[1].mail.date).toEqual(copies[0].mail.date);
    expect(copies[1].mail.text).toBe(copies[0].mail.text);
  });

  it('marks a mailbox the server refuses for good as FAILED without retrying, and still delivers to the others', async () => {
    sink.refuse(mailbox('bobai'));
    const site = (await createSite(api, 'bobai', siteInput('450923', 'BB-MAIL'))).id;
    const household = await createHousehold(api, 'bobai', householdInput(site, 'BB-MAIL-1', { housingArea: 110 }));
    const violationIds = (await storedViolations(api, household.id)).map((violation) => violation.id);
    await sent(violationIds);
    await pause(SETTLE_MS);
    const rows = await outboxFor(api, violationIds);
    expect(rows.map((row) => [row.recipient, row.status, row.attempts])).toEqual([
      [mailbox('admin'), 'SENT', 1],
      [mailbox('bobai'), 'FAILED', 1],
      [mailbox('zhou'), 'SENT', 1],
    ]);
    expect(rows[1].last_error).toMatch(/^EENVELOPE: 550/);
    expect(received(rows.map((row) => row.message_id)).map((entry) => entry.to)).toEqual(expect.arrayContaining([[mailbox('admin')], [mailbox('zhou')]]));
    expect(received([rows[1].message_id])).toEqual([]);
  });
});
