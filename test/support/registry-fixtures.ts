import { ApiHarness } from './api-harness';
import { residentId } from './resident-ids';

export const SITE_FIELDS = 'id version code name county { code name } placementType facilities { kindCode status }';
export const HOUSEHOLD_FIELDS = 'id version code headName headIdNumber householdType beneficiaryCount laborCount housingArea selfFunding movedIn site { id }';
export const PERSON_FIELDS = 'id version name idNumber gender birthDate leftOn leaveReason active';

export function siteInput(countyCode: string, code: string, extra: Record<string, unknown> = {}) {
  return { countyCode, code, name: `${code} 安置点`, placementType: 'TOWN', ...extra };
}

let headsMade = 0;

/**
 * A resident ID for the head of another household: resident IDs are unique among persons who
 * have not left, heads included, so every household of a test gets its own.
 */
export function nextHeadIdNumber(): string {
  const n = headsMade++;
  return residentId('450123', `${1975 + Math.floor(n / 400)}-03-08`, 'MALE', (n % 400) + 1);
}

export function householdInput(siteId: string, code: string, extra: Record<string, unknown> = {}) {
  return {
    siteId,
    code,
    headName: '韦建国',
    headIdNumber: nextHeadIdNumber(),
    headEthnicity: 'ZHUANG',
    householdType: 'REGISTERED_POOR',
    beneficiaryCount: 4,
    laborCount: 2,
    relocationYear: 2018,
    originType: 'STONY_DESERTIFIED',
    housingArea: 80,
    selfFunding: 3000,
    ...extra,
  };
}

export function personInput(householdId: string, serial: number, extra: Record<string, unknown> = {}) {
  return {
    householdId,
    name: `成员${serial}`,
    idNumber: residentId('450123', '1990-01-01', 'FEMALE', serial),
    relation: 'CHILD',
    gender: 'FEMALE',
    birthDate: '1990-01-01',
    ethnicity: 'ZHUANG',
    ...extra,
  };
}

export async function createSite(api: ApiHarness, user: string, input: Record<string, unknown>): Promise<{ id: string; version: number }> {
  const response = await api.as(user, `mutation($input: CreateSiteInput!) { createSite(input: $input) { ${SITE_FIELDS} } }`, { input });
  if (!response.data?.createSite) throw new Error(`createSite failed: ${JSON.stringify(response.errors)}`);
  return response.data.createSite;
}

export async function createHousehold(api: ApiHarness, user: string, input: Record<string, unknown>): Promise<{ id: string; version: number }> {
  const response = await api.as(user, `mutation($input: CreateHouseholdInput!) { createHousehold(input: $input) { ${HOUSEHOLD_FIELDS} } }`, { input });
  if (!response.data?.createHousehold) throw new Error(`createHousehold failed: ${JSON.stringify(response.errors)}`);
  return response.data.createHousehold;
}

export async function addPerson(api: ApiHarness, user: string, input: Record<string, unknown>): Promise<{ id: string; version: number }> {
  const response = await api.as(user, `mutation($input: AddPersonInput!) { addPerson(input: $input) { ${PERSON_FIELDS} } }`, { input });
  if (!response.data?.addPerson) throw new Error(`addPerson failed: ${JSON.stringify(response.errors)}`);
  return response.data.addPerson;
}

/**
 * Makes the household's head (created with the household) the member described by `input`,
 * as addPerson would add them: the head's own resident ID, birth date, gender and the rest.
 */
export async function setHead(api: ApiHarness, user: string, householdId: string, input: Record<string, unknown>): Promise<{ id: string; version: number }> {
  const found = await api.as(user, `query($id: ID!) { household(id: $id) { persons { id version relation active } } }`, { id: householdId });
  const head = (found.data?.household.persons as Array<{ id: string; version: number; relation: string; active: boolean }>).find((p) => p.relation === 'HEAD' && p.active);
  if (!head) throw new Error(`household ${householdId} has no head: ${JSON.stringify(found.errors)}`);
  const { householdId: _household, relation: _relation, ...fields } = input;
  const response = await api.as(user, `mutation($id: ID!, $version: Int!, $input: UpdatePersonInput!) { updatePerson(id: $id, version: $version, input: $input) { ${PERSON_FIELDS} } }`, {
    id: head.id,
    version: head.version,
    input: fields,
  });
  if (!response.data?.updatePerson) throw new Error(`updatePerson of the head failed: ${JSON.stringify(response.errors)}`);
  return response.data.updatePerson;
}

/** The fields named by a BAD_USER_INPUT error. */
export function badFields(response: { errors?: Array<{ extensions?: { code?: string; fields?: Array<{ field: string }> } }> }): string[] {
  const error = response.errors?.[0];
  if (error?.extensions?.code !== 'BAD_USER_INPUT') throw new Error(`expected BAD_USER_INPUT, got ${JSON.stringify(response.errors)}`);
  return (error.extensions.fields ?? []).map((f) => f.field).sort();
}
