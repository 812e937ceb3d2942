/**
 * Every field that can carry a resident ID or a phone number is found by walking the schema
 * (by its marker, and by the naming convention, so an unmarked one fails here), and each is read
 * by every reviewing role — who must never see a number in full — and by data entry, who must.
 */
import { getNamedType, isObjectType } from 'graphql';
import { namesPersonalNumber, PERSONAL_DATA_EXTENSION } from '@app/common';
import { ApiHarness } from '../support/api-harness';
import { addPerson, createHousehold, createSite, householdInput, personInput, siteInput } from '../support/registry-fixtures';
import { residentId } from '../support/resident-ids';

const REVIEWERS = ['region-staff', 'city-staff', 'checker'];
const PHONE = '13812345678';
const CORRECTED_PHONE = '13987654321';
const HEAD = residentId('450123', '1966-06-06', 'MALE', 66);
const CORRECTED_HEAD = residentId('450123', '1966-06-06', 'MALE', 67);
const MEMBER = residentId('450123', '1999-09-09', 'FEMALE', 99);

describe('personal numbers, masked for every reviewing role wherever they appear', () => {
  let api: ApiHarness;
  const probes: Record<string, string> = {};
  /** Probes of records only some reviewers may open (the others must be refused, data-less), and who enters them. */
  const narrower: Record<string, { reviewers: string[]; fullViewer: string }> = {};

  beforeAll(async () => {
    api = await ApiHarness.start();
    for (const [name, role, jurisdiction] of [
      ['admin', 'REGION_ADMIN', '450000'],
      ['region-staff', 'REGION_STAFF', '450000'],
      ['city-staff', 'CITY_STAFF', '450100'],
      ['longan', 'COUNTY_STAFF', '450123'],
      ['checker', 'SPOT_CHECKER', '450123'],
    ]) {
      await api.createUser(name, role, jurisdiction);
    }
    const site = await createSite(api, 'longan', siteInput('450123', 'PD-1', { leaderName: '覃主任', leaderPhone: PHONE }));
    const household = await createHousehold(api, 'longan', householdInput(site.id, 'PD-1-1', { headIdNumber: HEAD }));
    await addPerson(api, 'longan', personInput(household.id, 99, { idNumber: MEMBER, birthDate: '1999-09-09' }));
    await api.as('longan', `mutation($id: ID!) { updateSite(id: $id, version: 1, input: { leaderPhone: "${CORRECTED_PHONE}" }) { id } }`, { id: site.id });
    // A spot check whose corrections carry the corrected head's resident ID.
    const check = await api.as('city-staff', `mutation { createSpotCheck(divisionCode: "450123", sites: 0, households: 1, seed: "pd", assignee: "checker") { id items { id } } }`);
    const checkId = check.data?.createSpotCheck.id;
    const version = (await api.as('longan', `{ household(id: "${household.id}") { version } }`)).data?.household.version;
    const recorded = await api.as('checker', `mutation($item: ID!, $c: SpotCheckCorrectionsInput) { recordSpotCheckResult(itemId: $item, outcome: DISCREPANCY, corrections: $c) { id } }`, {
      item: check.data?.createSpotCheck.items[0].id,
      c: { version, household: { headIdNumber: CORRECTED_HEAD } },
    });
    if (recorded.errors) throw new Error(JSON.stringify(recorded.errors));

    // One query per marked field: a new marked field without a probe fails the first test.
    probes['Person.idNumber'] = `{ household(id: "${household.id}") { persons { idNumber } } }`;
    probes['Household.headIdNumber'] = `{ household(id: "${household.id}") { headIdNumber } }`;
    probes['Site.leaderPhone'] = `{ site(id: "${site.id}") { leaderPhone } }`;
    probes['HistoryEntry.changes'] = `{ site(id: "${site.id}") { history { changes } } household(id: "${household.id}") { history { changes } persons { history { changes } } } }`;
    probes['SpotCheckItem.corrections'] = `{ spotCheck(id: "${checkId}") { items { corrections } } }`;

    // A roster exchange that matched the member (with a phone among its values, as a roster could carry) (region and city staff exchange rosters; spot checkers may not look).
    const member = (await api.db.query<{ id: string }>(`SELECT id FROM person WHERE id_number = $1`, [MEMBER])).rows[0].id;
    const exchange = (
      await api.db.query<{ id: string }>(
        `INSERT INTO import_run (status, format, file_name, storage_key, imported_by, importer_id, importer_role, importer_jurisdiction, division_code, kind, as_of)
         VALUES ('VALIDATED', 'XLSX', '就业名单.xlsx', 'masking/none.xlsx', 'admin', gen_random_uuid(), 'REGION_ADMIN', '450000', '450123', 'EMPLOYMENT', '2026-01-31') RETURNING id`,
      )
    ).rows[0].id;
    await api.db.query(
      `INSERT INTO exchange_entry (run_id, seq, sheet, row, id_number, name, outcome, person_id, person_version, changes, conflicts)
       VALUES ($1, 1, 'Sheet1', 2, $2, '成员', 'CONFLICTING', $3, 1, $4, $5)`,
      [exchange, MEMBER, member, JSON.stringify({ employmentStatus: { from: 'UNEMPLOYED', to: 'EMPLOYED_IN_COUNTY' }, phone: { from: CORRECTED_PHONE, to: PHONE } }), JSON.stringify({ phone: { from: PHONE, to: CORRECTED_PHONE, editedOn: '2026-02-01' } })],
    );
    for (const field of ['idNumber', 'changes', 'conflicts']) {
      probes[`ExchangeEntryView.${field}`] = `{ exchangeRun(id: "${exchange}") { entries { ${field} } } }`;
      narrower[`ExchangeEntryView.${field}`] = { reviewers: ['region-staff', 'city-staff'], fullViewer: 'admin' };
    }
  });
  afterAll(() => api.stop());

  it('finds every field that carries a personal number marked, and a probe for each', () => {
    const schema = api.schema();
    const marked: string[] = [];
    const unmarked: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        const name = `${type.name}.${field.name}`;
        const isMarked = field.extensions?.[PERSONAL_DATA_EXTENSION] !== undefined;
        // By convention: the name says so, the description says 身份证 or 电话, or it is free JSON.
        const carries = namesPersonalNumber(field.name) || /身份证|电话/.test(field.description ?? '') || getNamedType(field.type).name === 'JSON';
        if (isMarked) marked.push(name);
        else if (carries) unmarked.push(name);
      }
    }
    expect(unmarked).toEqual([]);
    expect(marked.sort()).toEqual(Object.keys(probes).sort());
  });

  const fullNumbers = [HEAD, CORRECTED_HEAD, MEMBER, PHONE, CORRECTED_PHONE];

  it.each(REVIEWERS)('shows %s no number in full, in any marked field', async (reviewer) => {
    for (const [field, query] of Object.entries(probes)) {
      const response = await api.as(reviewer, query);
      if (narrower[field] && !narrower[field].reviewers.includes(reviewer)) {
        expect({ field, refused: response.errors !== undefined, leaks: fullNumbers.some((number) => JSON.stringify(response).includes(number)) }).toEqual({ field, refused: true, leaks: false });
        continue;
      }
      expect({ field, errors: response.errors }).toEqual({ field, errors: undefined });
      const text = JSON.stringify(response.data);
      for (const number of fullNumbers) expect({ field, leaks: text.includes(number) }).toEqual({ field, leaks: false });
      expect({ field, masked: /\*{4}/.test(text) }).toEqual({ field, masked: true });
    }
  });

  it('shows data entry the numbers in full', async () => {
    const texts = await Promise.all(Object.entries(probes).map(async ([field, query]) => JSON.stringify((await api.as(narrower[field]?.fullViewer ?? 'longan', query)).data)));
    const all = texts.join('');
    for (const number of fullNumbers) expect(all).toContain(number);
    expect(texts.find((text) => text.includes('corrections'))).toContain(CORRECTED_HEAD);
  });
});
