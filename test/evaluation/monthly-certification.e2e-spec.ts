/**
 * The monthly sign-off over HTTP: county, then city once all its counties have confirmed, then
 * the region; returns by a higher tier; the window from the 20th to the month's end; access by
 * role and jurisdiction; and every refusal writing nothing. The API runs in this process, so the
 * calendar is set by faking Date alone (timers stay real).
 */
import { unconfirmedUnits } from '@app/evaluation';
import { ApiHarness } from '../support/api-harness';
import { badFields, createHousehold, createSite, householdInput, siteInput } from '../support/registry-fixtures';

const REAL_TIMERS = ['hrtime', 'nextTick', 'performance', 'queueMicrotask', 'requestAnimationFrame', 'cancelAnimationFrame', 'requestIdleCallback',
  'cancelIdleCallback', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'] as const;
const PERIOD = '2026-11';
const IN_WINDOW = new Date('2026-11-25T10:00:00+08:00');

const CERTIFY = `mutation($p: String!, $c: ID!, $n: String) { certifyMonth(period: $p, divisionCode: $c, note: $n) { period divisionCode status certifiedBy certifiedAt note } }`;
const RETURN = `mutation($p: String!, $c: ID!, $r: String!) { returnCertification(period: $p, divisionCode: $c, reason: $r) { status certifiedBy returnedBy returnReason } }`;
const STATUS = `query($p: String!, $c: ID!) { certification(period: $p, divisionCode: $c) { status certifiedBy certifiedAt note returnedBy returnReason }
  division(code: $c) { certification(period: $p) { status certifiedBy } } }`;

describe('monthly sign-off', () => {
  let api: ApiHarness;
  const sites: Record<string, string> = {};

  /** What the sign-off has written: its rows and steps, to check a refusal wrote nothing. */
  async function written(): Promise<unknown[]> {
    const { rows } = await api.db.query(
      `SELECT 'c' AS t, period, division_code, status::text, certified_by, note, returned_by, return_reason FROM month_certification
       UNION ALL SELECT 's', period, division_code, action, actor, note, NULL, NULL FROM month_certification_step ORDER BY 1, 2, 3, 4, 5`,
    );
    return rows;
  }

  async function refused(user: string, query: string, variables: Record<string, unknown>): Promise<{ code: string; fields: string[] }> {
    const before = await written();
    const response = await api.as(user, query, variables);
    expect(response.data).toBeNull();
    expect(await written()).toEqual(before);
    const code = response.errors![0].extensions!.code as string;
    return { code, fields: code === 'BAD_USER_INPUT' ? badFields(response) : [] };
  }

  /** Other units' confirmations, entered directly (units without sites are not waited for either way). */
  async function confirmedElsewhere(parent: string, except: string): Promise<void> {
    await api.db.query(
      `INSERT INTO month_certification (period, division_code, status, certified_by, certified_at)
       SELECT $1, code, 'CERTIFIED', 'fixture', now() FROM division WHERE parent_code = $2 AND has_relocation_task AND code <> $3`,
      [PERIOD, parent, except],
    );
  }

  beforeAll(async () => {
    jest.useFakeTimers({ now: IN_WINDOW, doNotFake: [...REAL_TIMERS] });
    api = await ApiHarness.start();
    await api.createUser('admin', 'REGION_ADMIN', '450000');
    await api.createUser('region', 'REGION_STAFF', '450000');
    await api.createUser('nanning', 'CITY_STAFF', '450100');
    await api.createUser('yulin', 'CITY_STAFF', '450900');
    await api.createUser('longan', 'COUNTY_STAFF', '450123');
    await api.createUser('bobai', 'COUNTY_STAFF', '450923');
    await api.createUser('checker', 'SPOT_CHECKER', '450123');
    for (const user of ['longan_early', 'longan_late']) await api.createUser(user, 'COUNTY_STAFF', '450123');
    // Units confirm data they hold: Long'an (Nanning) and Bobai (Yulin) have sites, so their
    // cities wait for them and the region for both cities.
    sites.longan = (await createSite(api, 'admin', siteInput('450123', 'CA1'))).id;
    sites.bobai = (await createSite(api, 'admin', siteInput('450923', 'CB1'))).id;
  });
  afterAll(async () => {
    await api.stop();
    jest.useRealTimers();
  });

  it('starts not confirmed', async () => {
    const { data } = await api.as('nanning', STATUS, { p: PERIOD, c: '450123' });
    expect(data!.certification).toEqual({ status: 'NOT_CERTIFIED', certifiedBy: null, certifiedAt: null, note: null, returnedBy: null, returnReason: null });
    expect(data!.division.certification.status).toBe('NOT_CERTIFIED');
  });

  it('refuses a city before all its counties, a reviewing role, another unit, and a month outside its window, writing nothing', async () => {
    expect(await refused('nanning', CERTIFY, { p: PERIOD, c: '450100' })).toEqual({ code: 'BAD_USER_INPUT', fields: ['divisionCode'] });
    expect((await refused('checker', CERTIFY, { p: PERIOD, c: '450123' })).code).toBe('FORBIDDEN');
    expect((await refused('nanning', CERTIFY, { p: PERIOD, c: '450123' })).code).toBe('FORBIDDEN');
    expect((await refused('longan', CERTIFY, { p: PERIOD, c: '450923' })).code).toBe('NOT_FOUND');
    expect((await refused('admin', CERTIFY, { p: PERIOD, c: '450123' })).code).toBe('FORBIDDEN');
    expect(await refused('longan', CERTIFY, { p: '2026-10', c: '450123' })).toEqual({ code: 'BAD_USER_INPUT', fields: ['period'] });
    expect(await refused('longan', CERTIFY, { p: '2026-11x', c: '450123' })).toEqual({ code: 'BAD_USER_INPUT', fields: ['period'] });
    expect(await refused('longan', CERTIFY, { p: PERIOD, c: '450123', n: '长'.repeat(501) })).toEqual({ code: 'BAD_USER_INPUT', fields: ['note'] });
    // Signed in on the day itself: a token is good only from when it was issued.
    for (const [user, day] of [['longan_early', '2026-11-19T23:59:00+08:00'], ['longan_late', '2026-12-01T00:01:00+08:00']]) {
      jest.setSystemTime(new Date(day));
      try {
        expect(await refused(user, CERTIFY, { p: PERIOD, c: '450123' })).toEqual({ code: 'BAD_USER_INPUT', fields: ['period'] });
      } finally {
        jest.setSystemTime(IN_WINDOW);
      }
    }
  });

  it('records a county confirmation, refuses it twice, and lets the city return it for confirming again', async () => {
    const confirmed = await api.as('longan', CERTIFY, { p: PERIOD, c: '450123', n: '本月数据已核对' });
    expect(confirmed.data!.certifyMonth).toEqual({ period: PERIOD, divisionCode: '450123', status: 'CERTIFIED', certifiedBy: 'longan', certifiedAt: IN_WINDOW.toISOString(), note: '本月数据已核对' });
    const { data } = await api.as('region', STATUS, { p: PERIOD, c: '450123' });
    expect(data!.certification).toMatchObject({ status: 'CERTIFIED', certifiedBy: 'longan', note: '本月数据已核对' });
    expect(data!.division.certification).toEqual({ status: 'CERTIFIED', certifiedBy: 'longan' });
    expect(await refused('longan', CERTIFY, { p: PERIOD, c: '450123' })).toEqual({ code: 'BAD_USER_INPUT', fields: ['period'] });

    expect((await refused('longan', RETURN, { p: PERIOD, c: '450123', r: '自行退回' })).code).toBe('FORBIDDEN');
    expect((await refused('yulin', RETURN, { p: PERIOD, c: '450123', r: '不是本市' })).code).toBe('NOT_FOUND');
    expect(await refused('nanning', RETURN, { p: PERIOD, c: '450123', r: '  ' })).toEqual({ code: 'BAD_USER_INPUT', fields: ['reason'] });
    const returned = await api.as('nanning', RETURN, { p: PERIOD, c: '450123', r: '搬迁入住户数与台账不符' });
    expect(returned.data!.returnCertification).toEqual({ status: 'RETURNED', certifiedBy: 'longan', returnedBy: 'nanning', returnReason: '搬迁入住户数与台账不符' });
    expect((await api.as('longan', CERTIFY, { p: PERIOD, c: '450123', n: '已更正' })).data!.certifyMonth.status).toBe('CERTIFIED');

    const { rows } = await api.db.query(`SELECT action, actor, note FROM month_certification_step WHERE division_code = '450123' ORDER BY id`);
    expect(rows).toEqual([
      { action: 'CERTIFY', actor: 'longan', note: '本月数据已核对' },
      { action: 'RETURN', actor: 'nanning', note: '搬迁入住户数与台账不符' },
      { action: 'CERTIFY', actor: 'longan', note: '已更正' },
    ]);
  });

  it('lets the city confirm once all its counties have, then the region once all cities have; a confirmed parent must be returned first', async () => {
    await confirmedElsewhere('450100', '450123');
    expect((await api.as('nanning', CERTIFY, { p: PERIOD, c: '450100' })).data!.certifyMonth.status).toBe('CERTIFIED');
    expect(await refused('nanning', RETURN, { p: PERIOD, c: '450123', r: '再次核对' })).toEqual({ code: 'BAD_USER_INPUT', fields: ['divisionCode'] });
    expect(await refused('region', CERTIFY, { p: PERIOD, c: '450000' })).toEqual({ code: 'BAD_USER_INPUT', fields: ['divisionCode'] });

    await confirmedElsewhere('450000', '450100');
    // Yulin's confirmation, entered directly, stands for Bobai's too; the region now may confirm.
    expect((await api.as('region', CERTIFY, { p: PERIOD, c: '450000' })).data!.certifyMonth.status).toBe('CERTIFIED');
    expect(await refused('admin', RETURN, { p: PERIOD, c: '450100', r: '全区复核' })).toEqual({ code: 'BAD_USER_INPUT', fields: ['divisionCode'] });

    // What the reports show: Bobai holds records and never confirmed (Yulin's row was entered for it).
    const session = { query: async (sql: string, params?: unknown[]) => (await api.db.query(sql, params)).rows };
    expect(await unconfirmedUnits(session, PERIOD, '450000')).toEqual(['博白县']);
    expect(await unconfirmedUnits(session, PERIOD, '450100')).toEqual([]);
    expect(await unconfirmedUnits(session, '2026-10', '450100')).toEqual(['南宁市', '隆安县']);
  });
  it('flags edits of a confirmed county as corrections for its city, and only those that were made', async () => {
    const CORRECTIONS = `query($p: String!, $c: ID!) { certificationCorrections(period: $p, divisionCode: $c) { period countyCode householdId actor } }`;
    // Long'an confirmed November above; Bobai has not.
    const edited = await createHousehold(api, 'longan', householdInput(sites.longan, 'CH1'));
    await createHousehold(api, 'bobai', householdInput(sites.bobai, 'CH2'));
    const before = await api.db.query(`SELECT count(*)::int AS n FROM certification_correction`);
    const bad = await api.as('longan', `mutation($id: ID!, $v: Int!) { updateHousehold(id: $id, version: $v, input: { beneficiaryCount: -1 }) { id } }`, { id: edited.id, v: edited.version });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await api.db.query(`SELECT count(*)::int AS n FROM certification_correction`)).rows).toEqual(before.rows);

    const listed = await api.as('nanning', CORRECTIONS, { p: PERIOD, c: '450100' });
    expect(listed.data!.certificationCorrections).toEqual([{ period: PERIOD, countyCode: '450123', householdId: edited.id, actor: 'longan' }]);
    expect((await api.as('yulin', CORRECTIONS, { p: PERIOD, c: '450900' })).data!.certificationCorrections).toEqual([]);
    expect((await api.as('yulin', CORRECTIONS, { p: PERIOD, c: '450100' })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await api.as('nanning', CORRECTIONS, { p: '2026-10', c: '450100' })).data!.certificationCorrections).toEqual([]);
  });
});
