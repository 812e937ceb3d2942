/**
 * Recognition (SPEC §5): a claim counts only while a non-rejected evidence file of the kind its
 * rule names backs it. Followed through the claim-status view, the GraphQL fields and the
 * ACTUAL_RESIDENCE_RATE indicator, from unrecognised to recognised and back on rejection.
 */
import { ApiHarness } from '../support/api-harness';
import { createHousehold, createSite, householdInput, siteInput } from '../support/registry-fixtures';
import { distinctPng, SAMPLE_FILES, uploadEvidence } from '../support/evidence-files';

const HOUSEHOLD_CLAIMS = `query($id: ID!) {
  household(id: $id) {
    unrecognizedClaims
    evidence { id kind rejectedAt rejectedBy rejectionReason uploaderLevel fileUrl history { actor operation changes } }
    site { indicators(keys: [ACTUAL_RESIDENCE_RATE]) { numerator denominator value } }
  }
}`;
const REJECT = `mutation($id: ID!, $reason: String!) { rejectEvidence(id: $id, reason: $reason) { id rejectedAt rejectedBy rejectionReason } }`;

describe('recognition of claims', () => {
  let api: ApiHarness;
  let siteId: string;
  let householdId: string;

  beforeAll(async () => {
    api = await ApiHarness.start();
    await api.createUser('admin', 'REGION_ADMIN', '450000');
    await api.createUser('longan', 'COUNTY_STAFF', '450123');
    await api.createUser('nanning', 'CITY_STAFF', '450100');
    await api.createUser('yulin', 'CITY_STAFF', '450900');
    siteId = (await createSite(api, 'longan', siteInput('450123', 'R-A', { geohazardAssessed: true }))).id;
    householdId = (await createHousehold(api, 'longan', householdInput(siteId, 'R-A-1', { movedIn: true, actuallyResident: true }))).id;
  });
  afterAll(() => api.stop());

  const viewStatus = async (instant?: Date) => {
    const source = instant ? `household_claim_status_as_of($2)` : `household_claim_status`;
    const { rows } = await api.db.query(`SELECT * FROM ${source} WHERE household_id = $1`, instant ? [householdId, instant] : [householdId]);
    return rows[0];
  };
  const fields = async (user = 'longan') => (await api.as(user, HOUSEHOLD_CLAIMS, { id: householdId })).data!.household;

  it('flips actual residence from reported to recognised on upload, and back on rejection by a higher tier', async () => {
    // 1. Reported, not backed: shown, but not counted.
    expect(await viewStatus()).toMatchObject({ beneficiary_population: false, actually_resident: false, self_funding: false, claims_made: 3, claims_recognised: 0 });
    let household = await fields();
    expect(household.unrecognizedClaims).toEqual(['BENEFICIARY_POPULATION', 'ACTUALLY_RESIDENT', 'SELF_FUNDING']);
    expect(household.site.indicators).toEqual([{ numerator: 0, denominator: 1, value: 0 }]);

    // 2. A move-in photo recognises it.
    const upload = await uploadEvidence(api, 'longan', { subjectType: 'HOUSEHOLD', subjectId: householdId, kind: 'MOVE_IN_PHOTO' }, { bytes: SAMPLE_FILES.jpeg, name: '入住照片.jpg' });
    expect(upload.status).toBe(201);
    const recognisedAt = new Date();
    expect(await viewStatus()).toMatchObject({ actually_resident: true, claims_made: 3, claims_recognised: 1 });
    household = await fields();
    expect(household.unrecognizedClaims).toEqual(['BENEFICIARY_POPULATION', 'SELF_FUNDING']);
    expect(household.evidence).toEqual([
      expect.objectContaining({ id: upload.body.id, kind: 'MOVE_IN_PHOTO', rejectedAt: null, uploaderLevel: 'COUNTY', fileUrl: `/evidence/${upload.body.id}/file` }),
    ]);
    expect(household.site.indicators).toEqual([{ numerator: 1, denominator: 1, value: 1 }]);

    // 3. The uploader's own tier may not reject it; a city reviewer outside the county's city never sees it.
    const sameTier = await api.as('longan', REJECT, { id: upload.body.id, reason: '照片模糊' });
    expect(sameTier.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const otherCity = await api.as('yulin', REJECT, { id: upload.body.id, reason: '照片模糊' });
    expect(otherCity.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await viewStatus()).toMatchObject({ actually_resident: true });

    // 4. The city rejects it: the claim is reported again, not recognised, and history says who and why.
    const rejected = await api.as('nanning', REJECT, { id: upload.body.id, reason: '照片无法看出实际居住' });
    expect(rejected.data?.rejectEvidence).toMatchObject({ rejectedBy: 'nanning', rejectionReason: '照片无法看出实际居住', rejectedAt: expect.any(String) });
    expect(await viewStatus()).toMatchObject({ actually_resident: false, claims_recognised: 0 });
    household = await fields('nanning');
    expect(household.unrecognizedClaims).toEqual(['BENEFICIARY_POPULATION', 'ACTUALLY_RESIDENT', 'SELF_FUNDING']);
    expect(household.site.indicators).toEqual([{ numerator: 0, denominator: 1, value: 0 }]);
    const history = household.evidence[0].history;
    expect(history.map((entry: { actor: string; operation: string }) => [entry.actor, entry.operation])).toEqual([
      ['longan', 'CREATE'],
      ['nanning', 'UPDATE'],
    ]);
    expect(history[1].changes).toMatchObject({ rejectedBy: { from: null, to: 'nanning' }, rejectionReason: { from: null, to: '照片无法看出实际居住' } });
    expect(history[0].changes.storageKey).toBeUndefined();

    // 5. A report for an earlier instant still sees the claim as it was recognised then.
    expect(await viewStatus(recognisedAt)).toMatchObject({ actually_resident: true });

    // 6. Rejecting twice is an input error, and changes nothing.
    const twice = await api.as('admin', REJECT, { id: upload.body.id, reason: '再次驳回' });
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'id', reason: 'was already rejected by nanning' }] });
    const { rows } = await api.db.query(`SELECT count(*)::int AS n FROM evidence_history WHERE id = $1`, [upload.body.id]);
    expect(rows[0].n).toBe(1);
  });

  it('requires a reason, and never reveals files outside the caller’s jurisdiction', async () => {
    const upload = await uploadEvidence(api, 'longan', { subjectType: 'HOUSEHOLD', subjectId: householdId, kind: 'SELF_FUNDING_RECEIPT' }, { bytes: SAMPLE_FILES.pdf, name: 'receipt.pdf' });
    expect(upload.status).toBe(201);
    const noReason = await api.as('nanning', REJECT, { id: upload.body.id, reason: '  ' });
    expect(noReason.errors?.[0]?.extensions?.fields).toEqual([{ field: 'reason', reason: 'must say why the file does not back the claim' }]);
    const unknown = await api.as('nanning', REJECT, { id: '00000000-0000-4000-8000-000000000000', reason: 'x' });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await viewStatus()).toMatchObject({ self_funding: true });
  });

  it('recognises site claims through the site’s own evidence', async () => {
    const query = `query($id: ID!) { site(id: $id) { unrecognizedClaims evidence { kind } } }`;
    expect((await api.as('longan', query, { id: siteId })).data?.site.unrecognizedClaims).toEqual(['GEOHAZARD_ASSESSMENT']);
    await uploadEvidence(api, 'longan', { subjectType: 'SITE', subjectId: siteId, kind: 'GEOHAZARD_ASSESSMENT_REPORT' }, { bytes: SAMPLE_FILES.pdf, name: '地灾评估报告.pdf' });
    expect((await api.as('longan', query, { id: siteId })).data?.site).toEqual({ unrecognizedClaims: [], evidence: [{ kind: 'GEOHAZARD_ASSESSMENT_REPORT' }] });
    const { rows } = await api.db.query(`SELECT * FROM site_claim_status WHERE site_id = $1`, [siteId]);
    expect(rows[0]).toMatchObject({ geohazard_assessment: true, housing_quality_safety: false, claims_made: 1, claims_recognised: 1 });
  });

  it('lists every unrecognised claim of a unit, page by page, inside the caller’s jurisdiction only', async () => {
    const second = await createHousehold(api, 'longan', householdInput(siteId, 'R-A-2', { selfFunding: 0 }));
    const query = `query($code: ID!, $after: String) {
      unrecognizedClaims(divisionCode: $code, first: 2, after: $after) {
        totalCount pageInfo { hasNextPage endCursor }
        nodes { claim subjectType subjectId subjectCode requiredEvidenceKind site { code } }
      }
    }`;
    const seen: Array<Record<string, unknown>> = [];
    let after: string | null = null;
    let totalCount = 0;
    do {
      const page: any = (await api.as('nanning', query, { code: '450100', after })).data!.unrecognizedClaims;
      totalCount = page.totalCount;
      seen.push(...page.nodes);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual([
      { claim: 'BENEFICIARY_POPULATION', subjectType: 'HOUSEHOLD', subjectId: householdId, subjectCode: 'R-A-1', requiredEvidenceKind: 'RELOCATION_APPROVAL_FORM', site: { code: 'R-A' } },
      { claim: 'ACTUALLY_RESIDENT', subjectType: 'HOUSEHOLD', subjectId: householdId, subjectCode: 'R-A-1', requiredEvidenceKind: 'MOVE_IN_PHOTO', site: { code: 'R-A' } },
      { claim: 'BENEFICIARY_POPULATION', subjectType: 'HOUSEHOLD', subjectId: second.id, subjectCode: 'R-A-2', requiredEvidenceKind: 'RELOCATION_APPROVAL_FORM', site: { code: 'R-A' } },
    ]);
    expect(totalCount).toBe(3);
    expect((await api.as('yulin', query, { code: '450100', after: null })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await api.as('yulin', query, { code: '450900', after: null })).data?.unrecognizedClaims.totalCount).toBe(0);
  });

  it('loads evidence and claims of a page of households in a bounded number of statements', async () => {
    for (let i = 0; i < 6; i += 1) {
      const { id } = await createHousehold(api, 'longan', householdInput(siteId, `R-N-${i}`));
      await uploadEvidence(api, 'longan', { subjectType: 'HOUSEHOLD', subjectId: id, kind: 'RELOCATION_APPROVAL_FORM' }, { bytes: distinctPng(`n${i}`), name: 'form.png' });
    }
    const query = `{ households(first: 50) { nodes { code evidence { kind history { actor } } unrecognizedClaims } } }`;
    const statements = await api.countStatements(async () => {
      const response = await api.as('longan', query);
      expect(response.data?.households.nodes.length).toBeGreaterThanOrEqual(8);
    });
    expect(statements).toBeLessThanOrEqual(8);
  });
});
