/**
 * Without SMTP_URL (the quick start) the worker writes each alert as an .eml file under
 * <DATA_DIR>/mail, which any mail program opens.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { ApiHarness } from '../support/api-harness';
import { eventually } from '../support/eventually';
import { createHousehold, createSite, householdInput, siteInput } from '../support/registry-fixtures';
import { WorkerHarness } from '../support/worker-harness';
import { mailbox, outboxFor, storedViolations, subscribe } from './redline-fixtures';

describe('red-line alerts without an SMTP server', () => {
  let dataDir: string;
  let api: ApiHarness;
  let worker: WorkerHarness;

  beforeAll(async () => {
    delete process.env.SMTP_URL;
    dataDir = await mkdtemp(join(tmpdir(), 'relocation-data-'));
    api = await ApiHarness.start({ DATA_DIR: dataDir });
    await api.createUser('longan', 'COUNTY_STAFF', '450123');
    await subscribe(api, 'longan', '450123');
    worker = await WorkerHarness.start();
  });
  afterAll(async () => {
    await worker.stop();
    await api.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('writes each alert as an .eml file under DATA_DIR/mail', async () => {
    const site = (await createSite(api, 'longan', siteInput('450123', 'LA-EML'))).id;
    const household = await createHousehold(api, 'longan', householdInput(site, 'LA-EML-1', { housingArea: 104 }));
    const [violation] = await storedViolations(api, household.id);
    const [row] = await eventually(async () => {
      const rows = await outboxFor(api, [violation.id]);
      return rows.every((mail) => mail.status === 'SENT') && rows;
    }, 'the alert to be written');

    const files = await readdir(join(dataDir, 'mail'));
    expect(files).toEqual([expect.stringMatching(new RegExp(`^\\d{8}T\\d{6}Z-${row.id}\\.eml$`))]);
    expect(row.server_response).toBe(`written to ${join(dataDir, 'mail', files[0])}`);
    const mail = await simpleParser(await readFile(join(dataDir, 'mail', files[0])));
    expect(mail.to).toMatchObject({ value: [{ address: mailbox('longan') }] });
    expect(mail.messageId).toBe(row.message_id);
    expect(mail.subject).toBe('【政策红线预警】隆安县 搬迁户 LA-EML-1（户主 韦建国）人均住房面积超标');
    expect(mail.text).toContain('计算值：26 ㎡/人');
  });
});
