/**
 * The electronic archive (电子档案, SPEC §5): policy documents searchable by any fragment of title,
 * issuer or number through a trigram index, shortfall projects with progress reports and photos,
 * and all evidence of a unit.
 */
import { ApiHarness } from '../support/api-harness';
import { createHousehold, createSite, householdInput, siteInput } from '../support/registry-fixtures';
import { distinctPng, download, SAMPLE_FILES, uploadEvidence } from '../support/evidence-files';

const CREATE_DOCUMENT = `mutation($input: CreatePolicyDocumentInput!) { createPolicyDocument(input: $input) { id title documentNumber level divisionCode } }`;
const SEARCH = `query($search: String, $level: PolicyLevel) { policyDocuments(search: $search, level: $level) { totalCount nodes { documentNumber } } }`;

const DOCUMENTS = {
  national: { title: '全国“十三五”易地扶贫搬迁规划', issuer: '国家发展改革委', documentNumber: '发改地区〔2016〕2022号', level: 'NATIONAL', issuedOn: '2016-09-20' },
  region: { title: '关于实施易地扶贫搬迁工程的意见', issuer: '广西壮族自治区人民政府', documentNumber: '桂政发〔2018〕1号', level: 'REGION', divisionCode: '450000', issuedOn: '2018-01-05' },
  city: { title: '南宁市易地扶贫搬迁后续扶持工作方案', issuer: '南宁市人民政府办公室', documentNumber: '南府办〔2019〕12号', level: 'CITY', divisionCode: '450100', issuedOn: '2019-06-01' },
  longan: { title: '隆安县安置点社区管理办法', issuer: '隆安县人民政府', documentNumber: '隆政发〔2020〕3号', level: 'COUNTY', divisionCode: '450123', issuedOn: '2020-03-03' },
  bobai: { title: '博白县旧房拆除复垦实施方案', issuer: '博白县人民政府', documentNumber: '博政发〔2020〕8号', level: 'COUNTY', divisionCode: '450923', issuedOn: '2020-05-05' },
};

describe('the electronic archive', () => {
  let api: ApiHarness;
  let siteId: string;
  const documentIds: Record<string, string> = {};

  beforeAll(async () => {
    api = await ApiHarness.start();
    await api.createUser('admin', 'REGION_ADMIN', '450000');
    await api.createUser('region', 'REGION_STAFF', '450000');
    await api.createUser('nanning', 'CITY_STAFF', '450100');
    await api.createUser('longan', 'COUNTY_STAFF', '450123');
    await api.createUser('bobai', 'COUNTY_STAFF', '450923');
    siteId = (await createSite(api, 'longan', siteInput('450123', 'AR-A'))).id;
    await api.createUser('site', 'SITE_STAFF', siteId);
    for (const [key, user] of [['national', 'region'], ['region', 'region'], ['city', 'nanning'], ['longan', 'longan'], ['bobai', 'bobai']] as const) {
      const response = await api.as(user, CREATE_DOCUMENT, { input: DOCUMENTS[key] });
      if (!response.data?.createPolicyDocument) throw new Error(JSON.stringify(response.errors));
      documentIds[key] = response.data.createPolicyDocument.id;
    }
  });
  afterAll(() => api.stop());

  const numbers = async (user: string, variables: Record<string, unknown>) =>
    (await api.as(user, SEARCH, variables)).data!.policyDocuments.nodes.map((node: { documentNumber: string }) => node.documentNumber);

  it('finds policy documents by any fragment of their number, title or issuer, newest first', async () => {
    expect(await numbers('admin', { search: '桂政发〔2018〕1号' })).toEqual(['桂政发〔2018〕1号']);
    expect(await numbers('admin', { search: '〔2020〕' })).toEqual(['博政发〔2020〕8号', '隆政发〔2020〕3号']);
    expect(await numbers('admin', { search: '易地扶贫搬迁' })).toEqual(['南府办〔2019〕12号', '桂政发〔2018〕1号', '发改地区〔2016〕2022号']);
    expect(await numbers('admin', { search: '人民政府办公' })).toEqual(['南府办〔2019〕12号']);
    expect(await numbers('admin', { search: '100%' })).toEqual([]);
    expect(await numbers('admin', { level: 'COUNTY' })).toEqual(['博政发〔2020〕8号', '隆政发〔2020〕3号']);
  });

  it('searches through the trigram index, not a scan', async () => {
    const client = await api.db.connect();
    try {
      await client.query('BEGIN');
      await client.query('SET LOCAL enable_seqscan = off');
      const { rows } = await client.query(
        `EXPLAIN SELECT doc.id FROM policy_document doc WHERE (doc.title || ' ' || doc.issuer || ' ' || coalesce(doc.document_number, '')) ILIKE '%桂政发〔2018〕%'`,
      );
      expect(rows.map((row) => row['QUERY PLAN']).join('\n')).toContain('policy_document_search_trgm');
    } finally {
      await client.query('ROLLBACK');
      client.release();
    }
  });

  it('shows each caller the documents of their unit, the units above and those inside their jurisdiction', async () => {
    const all = ['博政发〔2020〕8号', '隆政发〔2020〕3号', '南府办〔2019〕12号', '桂政发〔2018〕1号', '发改地区〔2016〕2022号'];
    expect(await numbers('admin', {})).toEqual(all);
    expect(await numbers('nanning', {})).toEqual(all.filter((n) => !n.startsWith('博')));
    expect(await numbers('longan', {})).toEqual(all.filter((n) => !n.startsWith('博')));
    expect(await numbers('site', {})).toEqual(all.filter((n) => !n.startsWith('博')));
    expect(await numbers('bobai', {})).toEqual(all.filter((n) => !n.startsWith('隆') && !n.startsWith('南')));
    const hidden = await api.as('bobai', `query($id: ID!) { policyDocument(id: $id) { id } }`, { id: documentIds.longan });
    expect(hidden.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('lets staff file the documents of their own unit and below only', async () => {
    const { rows: before } = await api.db.query(`SELECT count(*)::int AS n FROM policy_document`);
    const attempt = async (user: string, input: Record<string, unknown>) => (await api.as(user, CREATE_DOCUMENT, { input: { ...DOCUMENTS.city, ...input } })).errors?.[0]?.extensions;
    expect(await attempt('site', {})).toMatchObject({ code: 'FORBIDDEN' });
    expect(await attempt('longan', {})).toMatchObject({ code: 'FORBIDDEN' });
    expect(await attempt('nanning', { level: 'COUNTY', divisionCode: '450923' })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await attempt('nanning', { level: 'COUNTY', divisionCode: '450100' })).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'divisionCode' }] });
    expect(await attempt('region', { level: 'NATIONAL', divisionCode: '450000' })).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'divisionCode' }] });
    expect(await attempt('nanning', { level: 'NATIONAL', divisionCode: null })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await attempt('nanning', { title: ' ', issuedOn: '2999-01-01' })).toMatchObject({ code: 'BAD_USER_INPUT' });
    const { rows: after } = await api.db.query(`SELECT count(*)::int AS n FROM policy_document`);
    expect(after).toEqual(before);
  });

  it('keeps a document’s scans, attached by those who may file it and served to those who may see it', async () => {
    const fields = { ownerType: 'POLICY_DOCUMENT', ownerId: documentIds.region };
    const stored = await uploadEvidence(api, 'region', fields, { bytes: SAMPLE_FILES.pdf, name: '桂政发〔2018〕1号.pdf' }, '/archive/files');
    expect(stored).toMatchObject({ status: 201, body: { mimeType: 'application/pdf', size: SAMPLE_FILES.pdf.length } });
    expect((await uploadEvidence(api, 'region', fields, { bytes: SAMPLE_FILES.pdf, name: 'again.pdf' }, '/archive/files')).body.id).toBe(stored.body.id);
    expect((await uploadEvidence(api, 'longan', fields, { bytes: distinctPng('x'), name: 'x.png' }, '/archive/files')).status).toBe(403);
    expect((await uploadEvidence(api, 'bobai', { ...fields, ownerId: documentIds.longan }, { bytes: distinctPng('y'), name: 'y.png' }, '/archive/files')).status).toBe(404);
    expect((await uploadEvidence(api, 'region', fields, { bytes: Buffer.from('not a pdf'), name: 'z.pdf' }, '/archive/files')).status).toBe(415);

    const file = await download(api, 'site', `/archive/files/${stored.body.id}/file`);
    expect(file.status).toBe(200);
    expect(file.bytes).toEqual(SAMPLE_FILES.pdf);
    const listed = await api.as('longan', `query($id: ID!) { policyDocument(id: $id) { files { id originalName fileUrl } } }`, { id: documentIds.region });
    expect(listed.data?.policyDocument.files).toEqual([{ id: stored.body.id, originalName: '桂政发〔2018〕1号.pdf', fileUrl: `/archive/files/${stored.body.id}/file` }]);
  });

  it('tracks shortfall projects with dated progress reports and their photos', async () => {
    const created = await api.as('longan', `mutation($input: CreateShortfallProjectInput!) { createShortfallProject(input: $input) { id } }`, {
      input: { siteId, name: '安置点幼儿园建设', category: 'EDUCATION', plannedInvestment: 320.5 },
    });
    const projectId = created.data!.createShortfallProject.id;
    const report = async (user: string, percent: number, reportedOn: string) =>
      api.as(user, `mutation($input: ReportShortfallProgressInput!) { reportShortfallProgress(input: $input) { id percent } }`, {
        input: { projectId, reportedOn, percent, notes: `完成${percent}%` },
      });
    await report('longan', 40, '2026-03-01');
    const latest = (await report('site', 80, '2026-06-01')).data!.reportShortfallProgress;
    expect((await report('longan', 120, '2026-07-01')).errors?.[0]?.extensions?.fields).toEqual([{ field: 'percent', reason: 'percent must not be greater than 100' }]);
    expect((await report('nanning', 90, '2026-07-01')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await report('bobai', 90, '2026-07-01')).errors?.[0]?.extensions?.fields?.[0]?.field).toBe('projectId');

    const photo = await uploadEvidence(api, 'site', { ownerType: 'SHORTFALL_PROGRESS_REPORT', ownerId: latest.id }, { bytes: SAMPLE_FILES.jpeg, name: '施工现场.jpg' }, '/archive/files');
    expect(photo.status).toBe(201);
    expect((await uploadEvidence(api, 'nanning', { ownerType: 'SHORTFALL_PROGRESS_REPORT', ownerId: latest.id }, { bytes: distinctPng('n'), name: 'n.png' }, '/archive/files')).status).toBe(403);

    const site = await api.as('nanning', `query($id: ID!) { site(id: $id) { shortfallProjects { name category plannedInvestment percentComplete progressReports { percent notes photos { originalName } } } } }`, { id: siteId });
    expect(site.data?.site.shortfallProjects).toEqual([
      {
        name: '安置点幼儿园建设',
        category: 'EDUCATION',
        plannedInvestment: 320.5,
        percentComplete: 80,
        progressReports: [
          { percent: 40, notes: '完成40%', photos: [] },
          { percent: 80, notes: '完成80%', photos: [{ originalName: '施工现场.jpg' }] },
        ],
      },
    ]);
    const list = `query($code: ID!, $search: String) { shortfallProjects(divisionCode: $code, search: $search) { totalCount nodes { name site { code } } } }`;
    expect((await api.as('nanning', list, { code: '450100', search: '幼儿园' })).data?.shortfallProjects).toEqual({ totalCount: 1, nodes: [{ name: '安置点幼儿园建设', site: { code: 'AR-A' } }] });
    expect((await api.as('nanning', list, { code: '450100', search: '道路' })).data?.shortfallProjects.totalCount).toBe(0);
    expect((await api.as('bobai', list, { code: '450123' })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const outside = await api.as('bobai', `mutation($input: CreateShortfallProjectInput!) { createShortfallProject(input: $input) { id } }`, {
      input: { siteId, name: '越权项目', category: 'OTHER' },
    });
    expect(outside.errors?.[0]?.extensions?.fields).toEqual([{ field: 'siteId', reason: 'does not name a site you can write to' }]);
  });

  it('lists the evidence of a unit, newest first, page by page, with filters', async () => {
    const householdId = (await createHousehold(api, 'longan', householdInput(siteId, 'AR-A-1', { actuallyResident: true }))).id;
    const uploaded: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      const kind = i % 2 === 0 ? 'MOVE_IN_PHOTO' : 'RELOCATION_APPROVAL_FORM';
      uploaded.push((await uploadEvidence(api, 'longan', { subjectType: 'HOUSEHOLD', subjectId: householdId, kind }, { bytes: distinctPng(`e${i}`), name: `证据${i}.png` })).body.id);
    }
    uploaded.push((await uploadEvidence(api, 'longan', { subjectType: 'SITE', subjectId: siteId, kind: 'SITE_PHOTO' }, { bytes: distinctPng('site'), name: '全景.png' })).body.id);
    await api.as('nanning', `mutation($id: ID!) { rejectEvidence(id: $id, reason: "不清晰") { id } }`, { id: uploaded[0] });

    const query = `query($filter: EvidenceFilter!, $after: String) { evidenceFiles(filter: $filter, first: 4, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }`;
    const all = async (user: string, filter: Record<string, unknown>) => {
      const ids: string[] = [];
      let after: string | null = null;
      do {
        const page: any = (await api.as(user, query, { filter, after })).data!.evidenceFiles;
        ids.push(...page.nodes.map((node: { id: string }) => node.id));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      return ids;
    };
    expect(await all('nanning', { divisionCode: '450100' })).toEqual([...uploaded].reverse());
    expect(await all('longan', { divisionCode: '450123', kind: 'MOVE_IN_PHOTO' })).toEqual([uploaded[4], uploaded[2], uploaded[0]]);
    expect(await all('longan', { divisionCode: '450123', rejected: true })).toEqual([uploaded[0]]);
    expect(await all('longan', { divisionCode: '450123', subjectType: 'SITE', search: '全景' })).toEqual([uploaded[5]]);
    expect((await api.as('bobai', query, { filter: { divisionCode: '450123' } })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await all('bobai', { divisionCode: '450923' })).toEqual([]);
  });
});
