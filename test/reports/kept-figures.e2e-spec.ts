/**
 * A report takes its previous month's figures from those kept when that month was computed, if
 * the same statement (definitions and claim rules) computed them, and otherwise computes them
 * again: the change from the previous month is the same either way.
 */
import { lastEndedPeriod, reportPeriod } from '@app/reports';
import { ApiHarness } from '../support/api-harness';
import { backdate } from '../support/backdate';
import { eventually } from '../support/eventually';
import { createHousehold, createSite, householdInput, siteInput } from '../support/registry-fixtures';
import { WorkerHarness } from '../support/worker-harness';

const LAST = reportPeriod(lastEndedPeriod());
const PREVIOUS = reportPeriod(LAST.previous);

describe('figures kept of past months', () => {
  let api: ApiHarness;
  let worker: WorkerHarness;

  async function completed(started: { data?: Record<string, any> | null; errors?: unknown }, field: string): Promise<void> {
    if (!started.data) throw new Error(JSON.stringify(started.errors));
    const id = started.data[field].id;
    const run = await eventually(async () => {
      const found = (await api.as('admin', `query($id: ID!) { reportRun(id: $id) { status note } }`, { id })).data?.reportRun;
      return found.status === 'COMPLETED' || found.status === 'FAILED' ? found : undefined;
    }, `run ${id}`, 90_000);
    expect(run).toMatchObject({ status: 'COMPLETED' });
  }
  const generate = async (period: string) => completed(await api.as('admin', `mutation($p: String!) { generateMonthlyReport(period: $p) { id } }`, { p: period }), 'generateMonthlyReport');
  const revise = async () =>
    completed(await api.as('admin', `mutation($p: String!, $r: String!) { reviseMonthlyReport(period: $p, reason: $r) { id } }`, { p: LAST.period, r: '核对上月数据' }), 'reviseMonthlyReport');
  const basis = async (period: string) =>
    (await api.db.query(`SELECT statement_digest AS digest, computed_at AS "computedAt" FROM month_figures_basis WHERE period = $1`, [period])).rows[0] ?? null;
  // Every unit's and indicator's change from the previous month, as published for LAST.
  const changes = async () =>
    (await api.db.query(`SELECT unit_code, indicator, change_from_previous_month AS change FROM report_row WHERE period = $1 ORDER BY unit_code, indicator`, [LAST.period])).rows;

  beforeAll(async () => {
    api = await ApiHarness.start();
    worker = await WorkerHarness.start();
    await api.createUser('admin', 'REGION_ADMIN', '450000');
    const site = await createSite(api, 'admin', siteInput('450123', 'K-S1'));
    await backdate(api, 'site', [site.id], `${PREVIOUS.firstDay}T09:00:00+08:00`);
    // One household there by the previous month's end, moved in; two more by the last month's end, one not moved in.
    const early = await createHousehold(api, 'admin', householdInput(site.id, 'K-H1', { beneficiaryCount: 4, movedIn: true }));
    await backdate(api, 'household', [early.id], `${PREVIOUS.firstDay}T10:00:00+08:00`);
    const later = [
      await createHousehold(api, 'admin', householdInput(site.id, 'K-H2', { beneficiaryCount: 3, movedIn: true })),
      await createHousehold(api, 'admin', householdInput(site.id, 'K-H3', { beneficiaryCount: 5, movedIn: false })),
    ];
    await backdate(api, 'household', later.map((h) => h.id), `${LAST.firstDay}T10:00:00+08:00`);
  }, 180_000);

  afterAll(async () => {
    await worker?.stop();
    await api?.stop();
  });

  it("uses the previous month's kept figures when the statement is the same, and they give the same change as computing them again", async () => {
    await generate(PREVIOUS.period);
    const kept = await basis(PREVIOUS.period);
    expect(kept).not.toBeNull();

    await generate(LAST.period);
    // Taken, not computed again: the previous month's basis is the one its own report left.
    expect(await basis(PREVIOUS.period)).toEqual(kept);
    expect((await basis(LAST.period))?.digest).toBe(kept.digest);
    const fromKept = await changes();
    expect(fromKept.some((row) => row.change !== null && row.change !== 0)).toBe(true);

    // Kept by another statement (figures defined otherwise, or other claim rules): computed again.
    await api.db.query(`UPDATE month_figures_basis SET statement_digest = repeat('0', 64) WHERE period = $1`, [PREVIOUS.period]);
    await revise();
    const recomputed = await basis(PREVIOUS.period);
    expect(recomputed.digest).toBe(kept.digest);
    expect(recomputed.computedAt.getTime()).toBeGreaterThan(kept.computedAt.getTime());
    expect(await changes()).toEqual(fromKept);

    // Nothing kept at all (the past was rewritten): computed again, the same change.
    await api.db.query(`DELETE FROM month_figures_basis WHERE period = $1`, [PREVIOUS.period]);
    await revise();
    expect(await basis(PREVIOUS.period)).not.toBeNull();
    expect(await changes()).toEqual(fromKept);
  });
});
