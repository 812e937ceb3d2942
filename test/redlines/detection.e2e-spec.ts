/**
 * Red lines detected on household writes, in the write's transaction: violations open and
 * resolve with the data, alert mail lands in the outbox for exactly the subscribed mailboxes,
 * and the rule table is data that region administrators change (audited). No worker runs
 * here: delivery is covered by alert-delivery.e2e-spec.ts.
 */
import { Queue } from 'bullmq';
import { ApiHarness } from '../support/api-harness';
import { eventually } from '../support/eventually';
import { openQueue } from '../support/queues';
import { badFields, createHousehold, createSite, householdInput, siteInput } from '../support/registry-fixtures';
import { mailbox, outboxFor, storedViolations, subscribe, VIOLATION_FIELDS } from './redline-fixtures';

const UPDATE_HOUSEHOLD = `mutation($id: ID!, $version: Int!, $input: UpdateHouseholdInput!) { updateHousehold(id: $id, version: $version, input: $input) { version } }`;
const CREATE_HOUSEHOLD = `mutation($input: CreateHouseholdInput!) { createHousehold(input: $input) { id } }`;
const UPDATE_RULE = `mutation($rule: RedlineRule!, $threshold: Float, $householdTypes: [HouseholdType!], $enabled: Boolean, $version: Int) {
  updateRedlineRule(rule: $rule, threshold: $threshold, householdTypes: $householdTypes, enabled: $enabled, version: $version) {
    rule threshold householdTypes enabled version updatedBy } }`;
/** Everyone who must get a Long'an (450123) alert: its county, its city (Nanning) and the region. */
const LONGAN_RECIPIENTS = ['admin', 'longan', 'nanning', 'region'].map(mailbox);

describe('red lines detected on household writes', () => {
  let api: ApiHarness;
  let longanSite: string;
  let bobaiSite: string;

  beforeAll(async () => {
    api = await ApiHarness.start();
    for (const [name, role, jurisdiction] of [
      ['admin', 'REGION_ADMIN', '450000'],
      ['region', 'REGION_STAFF', '450000'],
      ['nanning', 'CITY_STAFF', '450100'],
      ['longan', 'COUNTY_STAFF', '450123'],
      ['bobai', 'COUNTY_STAFF', '450923'],
      ['noemail', 'COUNTY_STAFF', '450123'],
      ['retired', 'COUNTY_STAFF', '450123'],
      ['moved', 'COUNTY_STAFF', '450123'],
    ]) {
      await api.createUser(name, role, jurisdiction);
    }
    const subscriptions: Array<[string, string]> = [
      ['admin', '450000'],
      ['admin', '450123'], // the region and the county: still one mail
      ['region', '450000'],
      ['nanning', '450100'],
      ['longan', '450123'],
      ['bobai', '450923'], // another county
      ['noemail', '450123'],
      ['retired', '450123'],
      ['moved', '450123'],
    ];
    for (const [name, code] of subscriptions) await subscribe(api, name, code);
    // Subscribed, yet not to be mailed: no address, deactivated, or no longer allowed to see Long'an.
    await api.db.query(`UPDATE app_user SET email = NULL WHERE username = 'noemail'`);
    await api.db.query(`UPDATE app_user SET active = false WHERE username = 'retired'`);
    await api.db.query(`UPDATE app_user SET jurisdiction = '450923' WHERE username = 'moved'`);
    longanSite = (await createSite(api, 'longan', siteInput('450123', 'LA-RL', { name: '那桐镇安置点' }))).id;
    bobaiSite = (await createSite(api, 'bobai', siteInput('450923', 'BB-RL'))).id;
  });
  afterAll(() => api.stop());

  it('opens a violation when a created household crosses a red line, and queues one mail per subscribed mailbox', async () => {
    const before = await api.recordCounts();
    // 130 ㎡ for 4 beneficiaries: 32.5 ㎡ per person, over the 25 ㎡ of registered-poor households.
    const household = await createHousehold(api, 'longan', householdInput(longanSite, 'LA-RED-1', { housingArea: 130 }));

    const violations = await storedViolations(api, household.id);
    expect(violations).toEqual([
      expect.objectContaining({ rule: 'HOUSING_AREA_PER_PERSON', status: 'OPEN', value: '32.50', threshold: '25.00', detected_by: 'longan', resolved_at: null }),
    ]);
    const mails = await outboxFor(api, [violations[0].id]);
    expect(mails.map((mail) => mail.recipient)).toEqual(LONGAN_RECIPIENTS);
    expect(mails.every((mail) => mail.status === 'PENDING' && mail.attempts === 0)).toBe(true);
    expect(new Set(mails.map((mail) => mail.message_id)).size).toBe(4);
    expect(mails[0].subject).toBe('【政策红线预警】隆安县 搬迁户 LA-RED-1（户主 韦建国）人均住房面积超标');
    // Nothing else: no other rule, no mail to another county, to a user without address, deactivated or moved away.
    // The household's head is recorded with it, as a member.
    expect(await api.recordCounts()).toEqual({ ...before, household: before.household + 1, person: before.person + 1, redline_violation: before.redline_violation + 1, mail_outbox: before.mail_outbox + 4 });

    const { data } = await api.as('longan', `query($id: ID!) { household(id: $id) { redlineViolations { ${VIOLATION_FIELDS} } } }`, { id: household.id });
    expect(data?.household.redlineViolations).toEqual([
      expect.objectContaining({ rule: 'HOUSING_AREA_PER_PERSON', status: 'OPEN', value: 32.5, threshold: 25, detectedBy: 'longan', resolvedAt: null, household: { code: 'LA-RED-1' } }),
    ]);
  });

  it('keeps one open violation while the data still crosses, resolves it when corrected, and opens a new one on a new crossing', async () => {
    const household = await createHousehold(api, 'longan', householdInput(longanSite, 'LA-RED-2', { housingArea: 120 }));
    const [first] = await storedViolations(api, household.id);
    const firstMails = await outboxFor(api, [first.id]);
    const before = await api.recordCounts();

    await api.as('longan', UPDATE_HOUSEHOLD, { id: household.id, version: 1, input: { housingArea: 140 } });
    expect(await storedViolations(api, household.id)).toEqual([expect.objectContaining({ id: first.id, status: 'OPEN', value: '35.00' })]);
    expect(await api.recordCounts()).toEqual(before);

    await api.as('admin', UPDATE_HOUSEHOLD, { id: household.id, version: 2, input: { housingArea: 96 } });
    const [resolved] = await storedViolations(api, household.id);
    expect(resolved).toMatchObject({ id: first.id, status: 'RESOLVED', resolved_by: 'admin', value: '35.00' });
    expect(resolved.resolved_at).toBeInstanceOf(Date);
    expect(await api.recordCounts()).toEqual(before);

    await api.as('longan', UPDATE_HOUSEHOLD, { id: household.id, version: 3, input: { beneficiaryCount: 3 } }); // 96 ㎡ / 3 = 32 ㎡
    const violations = await storedViolations(api, household.id);
    expect(violations.map((v) => [v.status, v.value])).toEqual([['RESOLVED', '35.00'], ['OPEN', '32.00']]);
    expect((await outboxFor(api, [violations[1].id])).map((mail) => mail.recipient)).toEqual(LONGAN_RECIPIENTS);
    expect(await outboxFor(api, [first.id])).toEqual(firstMails);
    expect(await api.recordCounts()).toEqual({ ...before, redline_violation: before.redline_violation + 1, mail_outbox: before.mail_outbox + 4 });

    const { data } = await api.as('nanning', `query($id: ID!) { household(id: $id) { open: redlineViolations(status: OPEN) { id } all: redlineViolations { id status } } }`, {
      id: household.id,
    });
    expect(data?.household).toEqual({ open: [{ id: violations[1].id }], all: [{ id: violations[1].id, status: 'OPEN' }, { id: first.id, status: 'RESOLVED' }] });
  });

  it('applies each rule only to the household types it names', async () => {
    // Relocated alongside: the housing-area line is for registered-poor households only; the funding lines apply to all.
    const household = await createHousehold(api, 'longan', householdInput(longanSite, 'LA-ALONG-1', { householdType: 'ALONGSIDE', housingArea: 200, selfFunding: 12000 }));
    expect((await storedViolations(api, household.id)).map((v) => [v.rule, v.value, v.threshold])).toEqual([
      ['SELF_FUNDING_PER_PERSON', '3000.00', '2500.00'],
      ['SELF_FUNDING_PER_HOUSEHOLD', '12000.00', '10000.00'],
    ]);
  });

  it('flags a value only when it exceeds the threshold, not when it equals it', async () => {
    const household = await createHousehold(api, 'longan', householdInput(longanSite, 'LA-EDGE-1', { housingArea: 100, selfFunding: 10000 }));
    expect(await storedViolations(api, household.id)).toEqual([]);
  });

  it('rejects zero beneficiaries as bad input, writing neither the household nor a violation', async () => {
    const before = await api.recordCounts();
    const created = await api.as('longan', CREATE_HOUSEHOLD, { input: householdInput(longanSite, 'LA-ZERO', { beneficiaryCount: 0, housingArea: 100 }) });
    expect(badFields(created)).toEqual(['beneficiaryCount']);
    expect(created.data).toBeNull();

    const household = await createHousehold(api, 'longan', householdInput(longanSite, 'LA-ZERO-2'));
    const afterCreate = await api.recordCounts();
    const updated = await api.as('longan', UPDATE_HOUSEHOLD, { id: household.id, version: 1, input: { beneficiaryCount: 0 } });
    expect(badFields(updated)).toEqual(['beneficiaryCount']);
    const { rows } = await api.db.query(`SELECT beneficiary_count, version FROM household WHERE id = $1`, [household.id]);
    expect(rows).toEqual([{ beneficiary_count: 4, version: 1 }]);
    expect(afterCreate).toEqual({ ...before, household: before.household + 1, person: before.person + 1 });
    expect(await api.recordCounts()).toEqual(afterCreate);
  });

  it('commits the household, its violation and its mail together or not at all', async () => {
    // Make the outbox refuse one recipient's row: the whole write must roll back with it.
    await api.db.query(`CREATE FUNCTION refuse_mail() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.recipient = 'nanning@example.org' THEN RAISE EXCEPTION 'outbox refused'; END IF; RETURN NEW; END $$`);
    await api.db.query(`CREATE TRIGGER refuse_mail BEFORE INSERT ON mail_outbox FOR EACH ROW EXECUTE FUNCTION refuse_mail()`);
    try {
      const before = await api.recordCounts();
      const response = await api.as('longan', CREATE_HOUSEHOLD, { input: householdInput(longanSite, 'LA-ATOMIC', { housingArea: 150 }) });
      expect(response.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(await api.recordCounts()).toEqual(before);
    } finally {
      await api.db.query(`DROP TRIGGER refuse_mail ON mail_outbox; DROP FUNCTION refuse_mail()`);
    }
  });

  describe('queries', () => {
    let bobaiHousehold: string;
    beforeAll(async () => {
      bobaiHousehold = (await createHousehold(api, 'bobai', householdInput(bobaiSite, 'BB-RED-1', { housingArea: 110 }))).id;
    });

    const codes = (connection: { nodes: Array<{ code?: string; household?: { code: string } }> }) =>
      connection.nodes.map((node) => node.code ?? node.household?.code).sort();

    it('households(filter: { redline }) lists the households with an open violation of that rule, in scope', async () => {
      const query = `query($rule: RedlineRule!) { households(filter: { redline: $rule }) { totalCount nodes { code } } }`;
      const longan = await api.as('longan', query, { rule: 'HOUSING_AREA_PER_PERSON' });
      expect(codes(longan.data!.households)).toEqual(['LA-RED-1', 'LA-RED-2']);
      expect((await api.as('bobai', query, { rule: 'HOUSING_AREA_PER_PERSON' })).data?.households).toEqual({ totalCount: 1, nodes: [{ code: 'BB-RED-1' }] });
      expect(codes((await api.as('admin', query, { rule: 'HOUSING_AREA_PER_PERSON' })).data!.households)).toEqual(['BB-RED-1', 'LA-RED-1', 'LA-RED-2']);
      expect(codes((await api.as('nanning', query, { rule: 'SELF_FUNDING_PER_HOUSEHOLD' })).data!.households)).toEqual(['LA-ALONG-1']);
      const bad = await api.as('longan', `{ households(filter: { redline: TOO_BIG }) { totalCount } }`);
      expect(bad.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', fields: [{ field: 'redline', reason: expect.stringContaining('TOO_BIG') }] });
    });

    it('redlineViolations lists what the caller may see, by division and status, page by page', async () => {
      const query = `query($c: ID, $s: ViolationStatus, $first: Int, $after: String) {
        redlineViolations(divisionCode: $c, status: $s, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ${VIOLATION_FIELDS} } } }`;
      const nanning = (await api.as('nanning', query, {})).data!.redlineViolations;
      expect(codes(nanning)).toEqual(['LA-ALONG-1', 'LA-ALONG-1', 'LA-RED-1', 'LA-RED-2', 'LA-RED-2']);
      expect((await api.as('nanning', query, { s: 'RESOLVED' })).data?.redlineViolations.nodes).toEqual([
        expect.objectContaining({ status: 'RESOLVED', resolvedBy: 'admin', household: { code: 'LA-RED-2' } }),
      ]);
      expect((await api.as('nanning', query, { s: 'OPEN' })).data?.redlineViolations.totalCount).toBe(4);
      expect(codes((await api.as('bobai', query, {})).data!.redlineViolations)).toEqual(['BB-RED-1']);
      // Out of scope reads as empty, exactly like households(filter: { divisionCode }).
      expect((await api.as('bobai', query, { c: '450123' })).data?.redlineViolations).toMatchObject({ totalCount: 0, nodes: [] });
      expect(codes((await api.as('admin', query, { c: '450923' })).data!.redlineViolations)).toEqual(['BB-RED-1']);

      const pages: string[][] = [];
      let after: string | null = null;
      do {
        const page: any = (await api.as('admin', query, { first: 2, after })).data!.redlineViolations;
        expect(page.totalCount).toBe(6);
        pages.push(page.nodes.map((node: { id: string }) => node.id));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      expect(pages.map((page) => page.length)).toEqual([2, 2, 2]);
      expect(new Set(pages.flat()).size).toBe(6);

      expect(badFields(await api.as('admin', query, { c: '4501' }))).toEqual(['divisionCode']);
    });

    it('loads the violations of a page of households in one query', async () => {
      const plain = `{ households(first: 50) { nodes { code } } }`;
      const withViolations = `{ households(first: 50) { nodes { code redlineViolations { rule household { code } } } } }`;
      await api.as('admin', plain); // sign in first, so both counts exclude login
      const base = await api.countStatements(() => api.as('admin', plain));
      const nested = await api.countStatements(() => api.as('admin', withViolations));
      expect(nested - base).toBe(1);
    });

    it('keeps other counties’ violations out of a household lookup', async () => {
      const response = await api.as('longan', `query($id: ID!) { household(id: $id) { redlineViolations { id } } }`, { id: bobaiHousehold });
      expect(response.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    });
  });

  describe('rules', () => {
    let scans: Queue;
    beforeAll(() => {
      scans = openQueue('redlines', api.queuePrefix);
    });
    afterAll(() => scans.close());

    const history = async () => (await api.db.query(`SELECT rule, threshold, written_by FROM redline_rule_config_history ORDER BY lower(sys_period)`)).rows;
    const scanRequests = async () => (await scans.getJobs(['waiting', 'delayed', 'active', 'completed'])).map((job) => [job.name, job.data.requestedBy]);

    it('ships the three rules of SPEC §7, readable by everyone', async () => {
      const { data } = await api.as('nanning', `{ redlineRules { rule label formula unit threshold householdTypes enabled version updatedBy } }`);
      expect(data?.redlineRules).toEqual([
        { rule: 'HOUSING_AREA_PER_PERSON', label: '人均住房面积超标', formula: '住房面积 ÷ 受益人口', unit: '㎡/人', threshold: 25, householdTypes: ['REGISTERED_POOR'], enabled: true, version: 1, updatedBy: 'system' },
        { rule: 'SELF_FUNDING_PER_PERSON', label: '人均自筹资金超标', formula: '自筹资金 ÷ 受益人口', unit: '元/人', threshold: 2500, householdTypes: ['REGISTERED_POOR', 'ALONGSIDE'], enabled: true, version: 1, updatedBy: 'system' },
        { rule: 'SELF_FUNDING_PER_HOUSEHOLD', label: '户均自筹资金超标', formula: '自筹资金', unit: '元/户', threshold: 10000, householdTypes: ['REGISTERED_POOR', 'ALONGSIDE'], enabled: true, version: 1, updatedBy: 'system' },
      ]);
    });

    it('lets only region administrators change a rule, with valid values and the current version', async () => {
      const rules = async () => (await api.db.query(`SELECT rule, threshold, household_types, enabled, version FROM redline_rule_config ORDER BY rule`)).rows;
      const before = await rules();
      const refused = await api.as('longan', UPDATE_RULE, { rule: 'HOUSING_AREA_PER_PERSON', threshold: 40 });
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(badFields(await api.as('admin', UPDATE_RULE, { rule: 'HOUSING_AREA_PER_PERSON', threshold: -5 }))).toEqual(['threshold']);
      expect(badFields(await api.as('admin', UPDATE_RULE, { rule: 'HOUSING_AREA_PER_PERSON', householdTypes: [] }))).toEqual(['householdTypes']);
      const stale = await api.as('admin', UPDATE_RULE, { rule: 'HOUSING_AREA_PER_PERSON', threshold: 30, version: 7 });
      expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
      expect(await rules()).toEqual(before);
      expect(await history()).toEqual([]);
      expect(await scanRequests()).toEqual([]);
    });

    it('records who changed a rule and what it was, and asks the worker to re-check every household', async () => {
      const changed = await api.as('admin', UPDATE_RULE, { rule: 'SELF_FUNDING_PER_HOUSEHOLD', threshold: 12000, householdTypes: ['REGISTERED_POOR'], version: 1 });
      expect(changed.data?.updateRedlineRule).toEqual({ rule: 'SELF_FUNDING_PER_HOUSEHOLD', threshold: 12000, householdTypes: ['REGISTERED_POOR'], enabled: true, version: 2, updatedBy: 'admin' });
      expect(await history()).toEqual([{ rule: 'SELF_FUNDING_PER_HOUSEHOLD', threshold: '10000.00', written_by: 'system' }]);
      // The scan is queued after the rule's transaction commits, a moment after the answer.
      expect(await eventually(async () => { const requests = await scanRequests(); return requests.length > 0 && requests; }, 'the scan to be queued')).toEqual([['scan-redlines', 'admin']]);

      // Asking for what is already so changes nothing, records nothing and scans nothing.
      const same = await api.as('admin', UPDATE_RULE, { rule: 'SELF_FUNDING_PER_HOUSEHOLD', enabled: true });
      expect(same.data?.updateRedlineRule.version).toBe(2);
      expect(await history()).toHaveLength(1);
      expect(await scanRequests()).toHaveLength(1);
      // Without a worker the violations stay as the last write left them (the scan is tested with one).
      expect((await api.db.query(`SELECT count(*)::int AS n FROM redline_violation WHERE rule = 'SELF_FUNDING_PER_HOUSEHOLD' AND status = 'OPEN'`)).rows).toEqual([{ n: 1 }]);
    });
  });
});
