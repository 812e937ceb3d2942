/**
 * Revisions (修订) of a published month: a region administrator re-runs it with a reason; the new
 * snapshot supersedes the old, both are kept, the report lists its revisions, rankings read the
 * current snapshot, and the documents say when and why it was revised. Refusals write nothing.
 */
import ExcelJS from 'exceljs';
import { lastEndedPeriod, reportPeriod } from '@app/reports';
import { ApiHarness } from '../support/api-harness';
import { backdate } from '../support/backdate';
import { eventually } from '../support/eventually';
import { uploadApprovalForms } from '../support/evidence-files';
import { createHousehold, createSite, householdInput, siteInput } from '../support/registry-fixtures';
import { WorkerHarness } from '../support/worker-harness';

const LAST = reportPeriod(lastEndedPeriod());
const REASON = '补录搬迁审批表后重算受益人口';

describe('monthly report revisions', () => {
  let api: ApiHarness;
  let worker: WorkerHarness;
  let household: string;

  async function follow(started: { data?: Record<string, any> | null; errors?: unknown }, field: string): Promise<{ status: string; note: string | null }> {
    if (!started.data) throw new Error(JSON.stringify(started.errors));
    const id = started.data[field].id;
    return eventually(async () => {
      const run = (await api.as('admin', `query($id: ID!) { reportRun(id: $id) { status note revisionReason } }`, { id })).data?.reportRun;
      return run.status === 'COMPLETED' || run.status === 'FAILED' ? run : undefined;
    }, `run ${id}`, 90_000);
  }
  const revise = (user: string, period: string, reason: string) =>
    api.as(user, `mutation($p: String!, $r: String!) { reviseMonthlyReport(period: $p, reason: $r) { id period status } }`, { p: period, r: reason });
  const moveIn = async (user = 'admin') =>
    (await api.as(user, `query($p: String!) { rankings(period: $p, level: SITE, indicator: MOVE_IN_RATE) { numerator denominator value } }`, { p: LAST.period })).data?.rankings;
  const written = async () =>
    (await api.db.query(`SELECT (SELECT count(*) FROM report_run)::int AS runs, (SELECT count(*) FROM report_revision)::int AS revisions,
      (SELECT count(*) FROM report_row_superseded)::int AS superseded, (SELECT revision FROM monthly_report WHERE period = $1) AS revision`, [LAST.period])).rows[0];

  beforeAll(async () => {
    api = await ApiHarness.start();
    worker = await WorkerHarness.start();
    await api.createUser('admin', 'REGION_ADMIN', '450000');
    await api.createUser('longan', 'COUNTY_STAFF', '450123');
    const site = await createSite(api, 'admin', siteInput('450123', 'V-S1'));
    household = (await createHousehold(api, 'admin', householdInput(site.id, 'V-H1', { beneficiaryCount: 4, movedIn: true }))).id;
    await backdate(api, 'site', [site.id], `${LAST.firstDay}T09:00:00+08:00`);
    await backdate(api, 'household', [household], `${LAST.firstDay}T09:00:00+08:00`);
    const generated = await api.as('admin', `mutation($p: String!) { generateMonthlyReport(period: $p) { id } }`, { p: LAST.period });
    expect(await follow(generated, 'generateMonthlyReport')).toMatchObject({ status: 'COMPLETED' });
  }, 180_000);

  afterAll(async () => {
    await worker?.stop();
    await api?.stop();
  });

  it('refuses other users, a missing reason and a month not published, writing nothing', async () => {
    const before = await written();
    expect((await revise('longan', LAST.period, REASON)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await revise('admin', LAST.period, '  ')).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'reason' })] });
    expect((await revise('admin', LAST.previous, REASON)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'period' })] });
    expect((await revise('admin', '2026-13', REASON)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await written()).toEqual(before);
    expect(before.revision).toBe(0);
  });

  it('publishes a revised snapshot that supersedes the old, keeps both, and lists the revision', async () => {
    expect(await moveIn()).toEqual([{ numerator: 0, denominator: 0, value: null }]); // the approval form was missing
    const [original] = (await api.db.query(`SELECT run_id::text AS id FROM monthly_report WHERE period = $1`, [LAST.period])).rows;
    // The form was there at the month's end after all: entered late, dated as it was.
    await backdate(api, 'evidence', await uploadApprovalForms(api, 'admin', [household]), `${LAST.firstDay}T10:00:00+08:00`);

    expect(await follow(await revise('admin', LAST.period, REASON), 'reviseMonthlyReport')).toMatchObject({ status: 'COMPLETED', note: null, revisionReason: REASON });
    expect(await moveIn()).toEqual([{ numerator: 4, denominator: 4, value: 1 }]);
    expect(await moveIn('longan')).toEqual([{ numerator: 4, denominator: 4, value: 1 }]);

    const { data } = await api.as('longan', `query($p: String!) { monthlyReport(period: $p, divisionCode: "450123") {
      revision revisedAt revisionReason revisions { revision revisedBy reason revisedAt } } }`, { p: LAST.period });
    expect(data?.monthlyReport).toMatchObject({ revision: 1, revisionReason: REASON, revisions: [{ revision: 1, revisedBy: 'admin', reason: REASON }] });
    expect(data?.monthlyReport.revisedAt).toBe(data?.monthlyReport.revisions[0].revisedAt);

    // The old snapshot is kept whole under its id; the current one is the revision's.
    const kept = await api.db.query(
      `SELECT numerator, denominator FROM report_row_superseded WHERE snapshot_id = $1 AND level = 'SITE' AND indicator = 'MOVE_IN_RATE'`,
      [original.id],
    );
    expect(kept.rows).toEqual([{ numerator: 0, denominator: 0 }]);
    const counts = await api.db.query(
      `SELECT (SELECT count(*) FROM report_row_superseded WHERE snapshot_id = $1)::int AS old, (SELECT count(*) FROM report_row WHERE period = $2)::int AS current`,
      [original.id, LAST.period],
    );
    expect(counts.rows[0].old).toBe(counts.rows[0].current);
    // Revised in place: still the month's one partition.
    const partitions = await api.db.query(`SELECT DISTINCT tableoid::regclass::text AS partition FROM report_row WHERE period = $1`, [LAST.period]);
    expect(partitions.rows).toEqual([{ partition: `report_row_${LAST.period.replace('-', '_')}` }]);
    expect((await written()).revision).toBe(1);
  });

  it('says in the workbook that the month was revised, when and why', async () => {
    const response = await fetch(`${api.url}/reports/${LAST.period}/450000.xlsx`, { headers: { authorization: `Bearer ${await api.tokenFor('admin')}` } });
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
    const titles = [1, 2, 3, 4, 5].map((r) => String(workbook.worksheets[0].getRow(r).getCell(1).value ?? '')).join('\n');
    expect(titles).toContain('修订说明');
    expect(titles).toContain(`修订原因：${REASON}`);
  });

  it('a plain re-run of the revised month changes nothing', async () => {
    const before = await written();
    const again = await api.as('admin', `mutation($p: String!) { generateMonthlyReport(period: $p) { id } }`, { p: LAST.period });
    expect(await follow(again, 'generateMonthlyReport')).toMatchObject({ status: 'COMPLETED', note: expect.stringMatching(/already exists/) });
    expect({ ...(await written()), runs: before.runs }).toEqual(before);
    expect(await moveIn()).toEqual([{ numerator: 4, denominator: 4, value: 1 }]);
  });
});
