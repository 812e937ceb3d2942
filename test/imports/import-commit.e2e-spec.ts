/**
 * commitImport writes a county's rows as sets (RegisterSetWrites): these tests hold it to the
 * outcome of the same rows written one by one through the registry's single writes — in two
 * databases built alike, every record, history version, red-line violation, alert mail and site
 * figure compared — and to writing nothing when a row is refused at commit time.
 */
import { Role, Viewer } from '@app/access';
import { ApiHarness } from '../support/api-harness';
import { eventually } from '../support/eventually';
import { addPerson, createHousehold, createSite, householdInput, personInput, siteInput } from '../support/registry-fixtures';
import { residentId } from '../support/resident-ids';
import { SmtpSink } from '../support/smtp-sink';
import { WorkerHarness } from '../support/worker-harness';
import { subscribe } from '../redlines/redline-fixtures';
import { commitImport, downloadTemplate, fillTemplate, householdRow, SheetRow, uploadAndSettle } from './import-files';
import { commitRowByRow } from './row-by-row';

const head = (n: number) => residentId('450123', '1970-05-01', 'MALE', n);
const member = (n: number) => residentId('450123', '2001-09-10', 'FEMALE', n);
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

interface World {
  api: ApiHarness;
  worker: WorkerHarness;
  importer: Viewer;
  template: Buffer;
}

/**
 * A database with two sites of Long'an, two households already there (one with a child), staff
 * subscribed to red-line alerts, and the current month confirmed by the county — so a write may
 * open violations, queue mail and record corrections after confirmation.
 */
async function world(sink: SmtpSink): Promise<World> {
  const api = await ApiHarness.start({ SMTP_URL: sink.url, MAIL_RETRY_DELAY_MS: '200', MAIL_SWEEP_INTERVAL_MS: '500' });
  let importerId = '';
  for (const [name, role, jurisdiction] of [
    ['admin', 'REGION_ADMIN', '450000'],
    ['nanning', 'CITY_STAFF', '450100'],
    ['longan', 'COUNTY_STAFF', '450123'],
  ]) {
    const id = await api.createUser(name, role, jurisdiction);
    if (name === 'longan') importerId = id;
    await subscribe(api, name, jurisdiction);
  }
  const site = await createSite(api, 'longan', siteInput('450123', 'LA-EQ-1'));
  await createSite(api, 'longan', siteInput('450123', 'LA-EQ-2'));
  const old = await createHousehold(api, 'longan', householdInput(site.id, 'EQ-OLD-1', { headName: '黄旧一', headIdNumber: head(91), beneficiaryCount: 3, housingArea: 60 }));
  await addPerson(api, 'longan', personInput(old.id, 101, { idNumber: member(101), birthDate: '2001-09-10' }));
  await createHousehold(api, 'longan', householdInput(site.id, 'EQ-OLD-2', { headName: '黄旧二', headIdNumber: head(92) }));
  await api.db.query(`INSERT INTO month_certification (period, division_code, status, certified_by, certified_at) VALUES ($1, '450123', 'CERTIFIED', 'longan', now())`, [
    today().slice(0, 7),
  ]);
  const worker = await WorkerHarness.start();
  const template = (await downloadTemplate(api, 'longan')).bytes;
  return { api, worker, importer: new Viewer(importerId, 'longan', Role.COUNTY_STAFF, '450123'), template };
}

function household(siteCode: string, code: string, n: number, extra: SheetRow = {}): SheetRow {
  return householdRow(siteCode, code, head(n), { 户主姓名: `户主${n}`, 是否搬迁入住: '是', 搬迁入住日期: new Date(Date.UTC(2019, 4, 1)), ...extra });
}

function person(householdCode: string, idNumber: string, name: string, relation: string, extra: SheetRow = {}): SheetRow {
  return { 户编码: householdCode, 姓名: name, 身份证号: idNumber, 与户主关系: relation, 民族: '壮族', ...extra };
}

/**
 * New households (one over the housing red line, one whose head's row renames the head), an
 * existing one updated over the red line with a renamed head, heads listed again with more
 * details, members added to new and existing households, an existing member updated.
 */
async function register(template: Buffer): Promise<Buffer> {
  return fillTemplate(template, {
    搬迁户: [
      household('LA-EQ-1', 'EQ-NEW-1', 1),
      household('LA-EQ-2', 'EQ-NEW-2', 2, { '住房面积（㎡）': 120 }),
      household('LA-EQ-2', 'EQ-NEW-3', 3, { 劳动力人口: 1 }),
      household('LA-EQ-1', 'EQ-OLD-1', 91, { 户主姓名: '黄旧一改', '住房面积（㎡）': 100 }),
    ],
    搬迁人口: [
      person('EQ-NEW-1', head(1), '户主1', '户主', { 文化程度: '初中', 就业情况: '县内务工' }),
      person('EQ-NEW-1', member(1), '成员1', '配偶', { 就业情况: '县内务工' }),
      person('EQ-NEW-1', member(2), '成员2', '子女'),
      person('EQ-NEW-2', head(2), '户主2又名', '户主'),
      person('EQ-NEW-2', member(3), '成员3', '子女'),
      person('EQ-OLD-1', member(101), '成员101', '子女', { 就业情况: '区外务工' }),
      person('EQ-OLD-2', member(4), '成员4', '子女'),
    ],
  });
}

/** Everything a commit may write, without the ids and instants that differ from one database to another. */
async function outcome(api: ApiHarness): Promise<Record<string, unknown>> {
  const rows = async (sql: string) => (await api.db.query(sql)).rows;
  const unplaced = `- 'id' - 'created_at' - 'updated_at' - 'sys_period'`;
  const figures = await api.as('longan', `{ division(code: "450123") { indicators { key numerator denominator value } } }`);
  return {
    households: await rows(`SELECT s.code AS site, to_jsonb(h) ${unplaced} - 'site_id' AS h FROM household h JOIN site s ON s.id = h.site_id ORDER BY h.code`),
    persons: await rows(`SELECT h.code, to_jsonb(p) ${unplaced} - 'household_id' AS p FROM person p JOIN household h ON h.id = p.household_id ORDER BY p.id_number`),
    householdHistory: await rows(`SELECT to_jsonb(x) ${unplaced} - 'site_id' AS v FROM household_history x ORDER BY x.code, x.version`),
    personHistory: await rows(`SELECT to_jsonb(x) ${unplaced} - 'household_id' AS v FROM person_history x ORDER BY x.id_number, x.version`),
    violations: await rows(
      `SELECT h.code, v.rule, v.value, v.threshold, v.status, v.detected_by, v.resolved_by FROM redline_violation v JOIN household h ON h.id = v.household_id ORDER BY h.code, v.rule`,
    ),
    mail: await rows(`SELECT recipient, subject, regexp_replace(body, '发现时间：[^\\n]*', '') AS body, status FROM mail_outbox ORDER BY recipient, subject`),
    corrections: await rows(`SELECT c.period, c.county_code, h.code, c.actor FROM certification_correction c JOIN household h ON h.id = c.household_id ORDER BY h.code, c.period`),
    figures: figures.data?.division.indicators ?? figures.errors,
  };
}

interface Mail {
  recipient: string;
  subject: string;
  body: string;
  status: string;
}

/** An alert mail with its household's head named as the records name them. */
function namingCommittedHead(mail: Mail, headOf: Map<string, string>): Mail {
  const head = headOf.get(/户编码：(\S+)/.exec(mail.body)![1]);
  return { ...mail, subject: mail.subject.replace(/（户主 [^）]*）/, `（户主 ${head}）`), body: mail.body.replace(/^户主：.*$/m, `户主：${head}`) };
}

/** Waits until the worker has delivered every outbox mail (or given up on it). */
async function mailDelivered(api: ApiHarness): Promise<void> {
  await eventually(async () => {
    const { rows } = await api.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM mail_outbox WHERE status = 'PENDING'`);
    return rows[0].n === 0;
  }, 'the alert mail to be delivered');
}

describe('commitImport writes sets with the outcome of single writes', () => {
  let sink: SmtpSink;
  let bulk: World;
  let single: World;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    bulk = await world(sink);
    single = await world(sink);
  });
  afterAll(async () => {
    for (const { api, worker } of [bulk, single]) {
      await worker?.stop();
      await api?.stop();
    }
    await sink?.stop();
  });

  it('writes the records, history, red lines, alert mail, corrections and figures the rows written one by one write', async () => {
    const bulkRun = await uploadAndSettle(bulk.api, 'longan', await register(bulk.template));
    const singleRun = await uploadAndSettle(single.api, 'longan', await register(single.template));
    expect(bulkRun).toMatchObject({ status: 'VALIDATED', problems: [], preview: { householdsCreated: 3, householdsUpdated: 1, personsCreated: 6, personsUpdated: 1 } });
    expect(singleRun.preview).toEqual(bulkRun.preview);

    const committed = await commitImport(bulk.api, 'longan', bulkRun.id);
    expect(committed.errors).toBeUndefined();
    expect(committed.data?.commitImport.status).toBe('COMMITTED');
    await commitRowByRow(single.api, single.importer, singleRun.id);
    await Promise.all([mailDelivered(bulk.api), mailDelivered(single.api)]);

    const [{ mail: setMail, ...bySets }, { mail: rowMail, ...byRows }] = await Promise.all([outcome(bulk.api), outcome(single.api)]);
    expect(bySets).toEqual(byRows);
    // The one difference: the write hooks run once the members are in, so an alert names the head
    // as committed; row by row, EQ-NEW-2's alert was written before its head's own row renamed them.
    const headOf = new Map((bySets.households as Array<{ h: { code: string; head_name: string } }>).map(({ h }) => [h.code, h.head_name]));
    expect(setMail).toEqual((setMail as Mail[]).map((mail) => namingCommittedHead(mail, headOf)));
    expect(setMail).toEqual((rowMail as Mail[]).map((mail) => namingCommittedHead(mail, headOf)));
    expect((rowMail as Mail[]).filter((mail) => mail.subject.includes('EQ-NEW-2')).map((mail) => mail.subject)).toEqual(
      Array(3).fill('【政策红线预警】隆安县 搬迁户 EQ-NEW-2（户主 户主2）人均住房面积超标'),
    );

    // What is compared is what a commit does: it would be no proof if neither wrote these.
    expect(bySets.violations).toEqual([
      expect.objectContaining({ code: 'EQ-NEW-2', status: 'OPEN', detected_by: 'longan' }),
      expect.objectContaining({ code: 'EQ-OLD-1', status: 'OPEN', detected_by: 'longan' }),
    ]);
    expect((setMail as Mail[]).map((mail) => mail.status)).toEqual(Array(6).fill('SENT'));
    expect((bySets.corrections as Array<{ code: string; actor: string }>).map((c) => [c.code, c.actor])).toEqual(
      ['EQ-NEW-1', 'EQ-NEW-2', 'EQ-NEW-3', 'EQ-OLD-1'].map((code) => [code, 'longan']),
    );
    const households = bySets.households as Array<{ h: { code: string; version: number; head_name: string; written_by: string } }>;
    expect(households.map(({ h }) => [h.code, h.version, h.head_name, h.written_by])).toEqual([
      ['EQ-NEW-1', 1, '户主1', 'longan'],
      ['EQ-NEW-2', 2, '户主2又名', 'longan'],
      ['EQ-NEW-3', 1, '户主3', 'longan'],
      ['EQ-OLD-1', 2, '黄旧一改', 'longan'],
      ['EQ-OLD-2', 1, '黄旧二', 'longan'],
    ]);
    const householdHistory = bySets.householdHistory as Array<{ v: { code: string; version: number; written_by: string } }>;
    expect(householdHistory.map(({ v }) => [v.code, v.version, v.written_by])).toEqual([['EQ-OLD-1', 1, 'longan']]);
    const personHistory = bySets.personHistory as Array<{ v: { id_number: string; version: number; written_by: string } }>;
    expect(personHistory.map(({ v }) => [v.id_number, v.version, v.written_by])).toEqual([
      [head(91), 1, 'longan'],
      [member(101), 1, 'longan'],
    ]);
    // Each mail of either database reached its mailbox, once.
    const received = sink.received.map((entry) => `${entry.to.join()} ${entry.mail.subject}`);
    expect(received.sort()).toEqual([...(setMail as Mail[]), ...(rowMail as Mail[])].map((mail) => `${mail.recipient} ${mail.subject}`).sort());
  });

  describe('a row refused at commit time', () => {
    const WRITTEN = ['household', 'person', 'household_history', 'person_history', 'redline_violation', 'mail_outbox', 'certification_correction'];
    const counts = async (api: ApiHarness) =>
      Object.fromEntries(await Promise.all(WRITTEN.map(async (table) => [table, (await api.db.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n])));

    async function refusedCommit(file: SheetRow[][], plant: (api: ApiHarness) => Promise<unknown>) {
      const { api, template } = bulk;
      const run = await uploadAndSettle(api, 'longan', await fillTemplate(template, { 搬迁户: file[0], 搬迁人口: file[1] }));
      expect(run.status).toBe('VALIDATED');
      await plant(api);
      const before = await counts(api);
      const refused = await commitImport(api, 'longan', run.id);
      expect(await counts(api)).toEqual(before);
      const { rows } = await api.db.query(`SELECT status, (SELECT array_agg(sheet || '!' || "row" || ' ' || reason) FROM import_problem WHERE run_id = $1) AS problems FROM import_run WHERE id = $1`, [
        run.id,
      ]);
      return { refused, run: rows[0] };
    }

    it('writes nothing when a resident ID of the file was given to another household after validation, and names the row', async () => {
      const file = [
        [household('LA-EQ-1', 'EQ-X-1', 11, { '住房面积（㎡）': 150 }), household('LA-EQ-2', 'EQ-X-2', 12)],
        [person('EQ-X-1', member(11), '成员11', '配偶'), person('EQ-X-2', member(12), '成员12', '子女'), person('EQ-OLD-2', member(13), '成员13', '子女')],
      ];
      const { refused, run } = await refusedCommit(file, async () => {
        const [{ id }] = (await bulk.api.db.query(`SELECT id FROM household WHERE code = 'EQ-OLD-1'`)).rows;
        await addPerson(bulk.api, 'longan', personInput(id, 12, { idNumber: member(12), birthDate: '2001-09-10' }));
      });
      expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(refused.errors?.[0].extensions?.fields?.[0].reason).toMatch(/^row 3 of sheet 搬迁人口 was refused \(idNumber is already registered/);
      expect(run).toEqual({ status: 'FAILED', problems: [expect.stringMatching(/^搬迁人口!3 提交时被拒绝，未写入任何数据/)] });
    });

    it('writes nothing when a head of the file was registered after validation, and names the household row', async () => {
      const file = [[household('LA-EQ-1', 'EQ-Y-1', 21), household('LA-EQ-2', 'EQ-Y-2', 22, { '住房面积（㎡）': 150 })], [person('EQ-Y-1', member(21), '成员21', '配偶')]];
      const { refused, run } = await refusedCommit(file, async () => {
        const [{ id }] = (await bulk.api.db.query(`SELECT id FROM household WHERE code = 'EQ-OLD-2'`)).rows;
        await addPerson(bulk.api, 'longan', personInput(id, 22, { idNumber: head(22), gender: 'MALE', birthDate: '1970-05-01' }));
      });
      expect(refused.errors?.[0].extensions?.fields?.[0].reason).toMatch(/^row 3 of sheet 搬迁户 was refused \(headIdNumber is already registered/);
      expect(run).toEqual({ status: 'FAILED', problems: [expect.stringMatching(/^搬迁户!3 提交时被拒绝/)] });
    });
  });
});
