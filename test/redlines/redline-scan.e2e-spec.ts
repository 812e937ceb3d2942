/**
 * The full red-line scan run by the worker: scheduled idempotently for the 1st of each month,
 * started at once after a rule change, opening and resolving exactly what the rules as they
 * now are imply.
 */
import { Queue } from 'bullmq';
import { ApiHarness } from '../support/api-harness';
import { eventually } from '../support/eventually';
import { openQueue } from '../support/queues';
import { createHousehold, createSite, householdInput, siteInput } from '../support/registry-fixtures';
import { SmtpSink } from '../support/smtp-sink';
import { WorkerHarness } from '../support/worker-harness';
import { mailbox, outboxFor, storedViolations, subscribe } from './redline-fixtures';

const SET_THRESHOLD = `mutation($t: Float!) { updateRedlineRule(rule: HOUSING_AREA_PER_PERSON, threshold: $t) { version } }`;

describe('the red-line scan', () => {
  let sink: SmtpSink;
  let api: ApiHarness;
  let worker: WorkerHarness;
  let scans: Queue;
  let site: string;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    api = await ApiHarness.start({ SMTP_URL: sink.url, MAIL_RETRY_DELAY_MS: '200', MAIL_SWEEP_INTERVAL_MS: '500' });
    await api.createUser('admin', 'REGION_ADMIN', '450000');
    await api.createUser('longan', 'COUNTY_STAFF', '450123');
    await subscribe(api, 'longan', '450123');
    site = (await createSite(api, 'longan', siteInput('450123', 'LA-SCAN'))).id;
    worker = await WorkerHarness.start();
    scans = openQueue('redlines', api.queuePrefix);
  });
  afterAll(async () => {
    await scans.close();
    await worker.stop();
    await api.stop();
    await sink.stop();
  });

  it('is scheduled once, for 00:00 Shanghai time on the 1st of each month, however many workers boot', async () => {
    const second = await WorkerHarness.start();
    await second.stop();
    const schedulers = await scans.getJobSchedulers();
    expect(schedulers).toEqual([expect.objectContaining({ key: 'redlines-monthly-scan', name: 'scan-redlines', pattern: '0 0 1 * *', tz: 'Asia/Shanghai' })]);
    const next = new Date(Number(schedulers[0].next));
    const inShanghai = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false }).format(next);
    expect(inShanghai).toBe('01, 00:00');
    expect(next.getTime()).toBeGreaterThan(Date.now());

    const mail = openQueue('mail', api.queuePrefix);
    try {
      expect(await mail.getJobSchedulers()).toEqual([expect.objectContaining({ key: 'mail-outbox-sweep', name: 'sweep-mail-outbox', every: 500 })]);
    } finally {
      await mail.close();
    }
  });

  it('after a threshold change, opens and resolves exactly the violations the new threshold implies', async () => {
    const under = await createHousehold(api, 'longan', householdInput(site, 'SCAN-24', { housingArea: 96 })); // 24 ㎡ per person
    const over = await createHousehold(api, 'longan', householdInput(site, 'SCAN-28', { housingArea: 112 })); // 28 ㎡
    const alongside = await createHousehold(api, 'longan', householdInput(site, 'SCAN-ALONG', { householdType: 'ALONGSIDE', housingArea: 120 }));
    const low = await createHousehold(api, 'longan', householdInput(site, 'SCAN-20', { housingArea: 80 })); // 20 ㎡
    const [overViolation] = await storedViolations(api, over.id);
    expect(overViolation).toMatchObject({ status: 'OPEN', threshold: '25.00' });

    // Lower the line to 23 ㎡: the 24 ㎡ household now crosses it too.
    expect((await api.as('admin', SET_THRESHOLD, { t: 23 })).data?.updateRedlineRule.version).toBe(2);
    const [opened] = await eventually(async () => {
      const found = await storedViolations(api, under.id);
      return found.length > 0 && found;
    }, 'the scan to open the 24 ㎡ household');
    expect(opened).toMatchObject({ rule: 'HOUSING_AREA_PER_PERSON', status: 'OPEN', value: '24.00', threshold: '23.00', detected_by: 'admin' });
    expect(await storedViolations(api, over.id)).toEqual([{ ...overViolation, threshold: '23.00' }]);
    expect(await storedViolations(api, alongside.id)).toEqual([]);
    expect(await storedViolations(api, low.id)).toEqual([]);
    const mails = await eventually(async () => {
      const rows = await outboxFor(api, [opened.id]);
      return rows.every((row) => row.status === 'SENT') && rows;
    }, 'the new violation’s mail');
    expect(mails.map((row) => row.recipient)).toEqual([mailbox('longan')]);
    expect(sink.received.filter((entry) => entry.mail.messageId === mails[0].message_id)).toHaveLength(1);
    expect(await outboxFor(api, [overViolation.id])).toHaveLength(1); // its mail went out when it opened, not again

    // Raise it to 29 ㎡: both are under it now and resolve, by the scan the change started.
    await api.as('admin', SET_THRESHOLD, { t: 29 });
    await eventually(async () => (await storedViolations(api, over.id))[0].status === 'RESOLVED', 'the scan to resolve the 28 ㎡ household');
    expect(await storedViolations(api, under.id)).toEqual([expect.objectContaining({ id: opened.id, status: 'RESOLVED', resolved_by: 'admin' })]);
    expect(await storedViolations(api, over.id)).toEqual([expect.objectContaining({ id: overViolation.id, status: 'RESOLVED', resolved_by: 'admin' })]);
    expect(await storedViolations(api, low.id)).toEqual([]);

    // Back to 25 ㎡: the 28 ㎡ household crosses again — a new violation, with new mail.
    await api.as('admin', SET_THRESHOLD, { t: 25 });
    const reopened = await eventually(async () => {
      const found = await storedViolations(api, over.id);
      return found.length === 2 && found[1];
    }, 'the scan to reopen the 28 ㎡ household');
    expect(reopened).toMatchObject({ status: 'OPEN', value: '28.00', threshold: '25.00' });
    expect(await storedViolations(api, under.id)).toEqual([expect.objectContaining({ status: 'RESOLVED' })]);
    expect(await outboxFor(api, [reopened.id])).toHaveLength(1);
  });

  it('catches data changed outside the API, and a second run of the same scan changes nothing', async () => {
    const household = await createHousehold(api, 'longan', householdInput(site, 'SCAN-IMPORT', { selfFunding: 8000 }));
    // A bulk correction straight in the database: no write hook saw it.
    await api.db.query(`UPDATE household SET self_funding = 12000 WHERE id = $1`, [household.id]);
    expect(await storedViolations(api, household.id)).toEqual([]);

    const runScan = async () => {
      const job = await scans.add('scan-redlines', { requestedBy: 'monthly-scan' });
      await eventually(async () => job.isCompleted(), 'the scan job to finish');
    };
    await runScan();
    const violations = await storedViolations(api, household.id);
    expect(violations.map((v) => [v.rule, v.status, v.value, v.detected_by])).toEqual([
      ['SELF_FUNDING_PER_PERSON', 'OPEN', '3000.00', 'monthly-scan'],
      ['SELF_FUNDING_PER_HOUSEHOLD', 'OPEN', '12000.00', 'monthly-scan'],
    ]);
    const before = await api.recordCounts();
    const stored = (await api.db.query(`SELECT * FROM redline_violation ORDER BY id`)).rows;
    await runScan();
    expect(await api.recordCounts()).toEqual(before);
    expect((await api.db.query(`SELECT * FROM redline_violation ORDER BY id`)).rows).toEqual(stored);
  });
});
