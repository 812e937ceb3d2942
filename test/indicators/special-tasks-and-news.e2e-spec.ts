import { ApiHarness } from '../support/api-harness';
import { directorySnapshot, distinctPng, download, SAMPLE_FILES, uploadApprovalForms, uploadEvidence } from '../support/evidence-files';
import { createHousehold, createSite, householdInput, siteInput } from '../support/registry-fixtures';

const PROGRESS = `task name siteCount sitesCompleted sitesInProgress completionRate indicators { key numerator denominator value } records { siteId task status progressNote responsiblePerson updatedBy }`;

describe('special-task platform and work news', () => {
  let api: ApiHarness;
  let a1: string;
  let a2: string;

  beforeAll(async () => {
    api = await ApiHarness.start();
    await api.createUser('admin', 'REGION_ADMIN', '450000');
    await api.createUser('longan', 'COUNTY_STAFF', '450123');
    await api.createUser('nanning', 'CITY_STAFF', '450100');
    await api.createUser('bobai', 'COUNTY_STAFF', '450923');
    await api.createUser('checker', 'SPOT_CHECKER', '450100');
    a1 = (await createSite(api, 'longan', siteInput('450123', 'T-A1', { facilities: [{ kindCode: 'CULTURE_CENTRE', status: 'IN_USE' }] }))).id;
    a2 = (await createSite(api, 'longan', siteInput('450123', 'T-A2'))).id;
    const moved = await createHousehold(api, 'longan', householdInput(a1, 'T-H1', { movedIn: true }));
    await uploadApprovalForms(api, 'longan', [moved.id]);
    await createSite(api, 'bobai', siteInput('450923', 'T-B1'));
  });
  afterAll(() => api.stop());

  const record = (user: string, siteId: string, status: string, note: string) =>
    api.as(user, `mutation($s: ID!, $in: SiteTaskInput!) { recordSiteTask(siteId: $s, task: CULTURAL_SERVICES, input: $in) { status progressNote updatedBy } }`, {
      s: siteId,
      in: { status, progressNote: note, recordedOn: '2026-10-01', responsiblePerson: '蓝主任' },
    });

  it('records per-site task progress and rolls it up to the county with live indicators', async () => {
    expect((await record('longan', a1, 'IN_PROGRESS', '文化活动中心装修中')).data?.recordSiteTask).toEqual({ status: 'IN_PROGRESS', progressNote: '文化活动中心装修中', updatedBy: 'longan' });
    expect((await record('longan', a1, 'COMPLETED', '文化活动中心已投入使用')).data?.recordSiteTask.status).toBe('COMPLETED');
    await record('longan', a2, 'IN_PROGRESS', '选址中');

    const { data, errors } = await api.as('longan', `{ specialTasks(divisionCode: "450123") { ${PROGRESS} } }`);
    expect(errors).toBeUndefined();
    expect(data?.specialTasks).toHaveLength(12);
    const culture = data?.specialTasks.find((t: { task: string }) => t.task === 'CULTURAL_SERVICES');
    expect(culture).toMatchObject({ name: '文化服务', siteCount: 2, sitesCompleted: 1, sitesInProgress: 1, completionRate: 0.5 });
    expect(culture.indicators).toEqual([{ key: 'CULTURE_CENTRE_COVERAGE', numerator: 1, denominator: 2, value: 0.5 }]);
    expect(culture.records.map((r: { status: string }) => r.status)).toEqual(['COMPLETED', 'IN_PROGRESS']);
    const moving = data?.specialTasks.find((t: { task: string }) => t.task === 'MOVING_IN');
    expect(moving.indicators.find((i: { key: string }) => i.key === 'MOVE_IN_RATE')).toMatchObject({ numerator: 4, denominator: 4 });
    expect(moving).toMatchObject({ siteCount: 2, sitesCompleted: 0, completionRate: 0 });

    const site = await api.as('longan', `query($id: ID!) { site(id: $id) { specialTasks { task siteCount sitesCompleted records { progressNote } } } }`, { id: a1 });
    expect(site.data?.site.specialTasks.find((t: { task: string }) => t.task === 'CULTURAL_SERVICES')).toEqual({
      task: 'CULTURAL_SERVICES', siteCount: 1, sitesCompleted: 1, records: [{ progressNote: '文化活动中心已投入使用' }],
    });
  });

  it('refuses task records from reviewers and outside the jurisdiction, writing nothing', async () => {
    const count = async () => Number((await api.db.query(`SELECT count(*) FROM site_task_record`)).rows[0].count);
    const before = await count();
    expect((await record('nanning', a2, 'COMPLETED', 'x')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await record('bobai', a2, 'COMPLETED', 'x')).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const future = await api.as('longan', `mutation($s: ID!) { recordSiteTask(siteId: $s, task: EDUCATION, input: { status: COMPLETED, recordedOn: "2999-01-01" }) { status } }`, { s: a2 });
    expect(future.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'recordedOn' })]);
    expect(await count()).toBe(before);
    expect((await api.as('bobai', `{ specialTasks(divisionCode: "450123") { task } }`)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('publishes work news per tier and lists a tier’s own and its descendants’, newest first', async () => {
    const publish = (user: string, divisionCode: string, title: string) =>
      api.as(user, `mutation($in: PublishNewsInput!) { publishWorkNews(input: $in) { title author divisionCode } }`, { in: { divisionCode, title, body: '正文' } });
    expect((await publish('admin', '450000', '全区推进会召开')).data?.publishWorkNews).toEqual({ title: '全区推进会召开', author: 'admin', divisionCode: '450000' });
    await publish('nanning', '450100', '南宁市调度会');
    await publish('longan', '450123', '隆安县入户核查');
    await publish('bobai', '450923', '博白县就业招聘会');
    expect((await publish('longan', '450100', '越级发布')).errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const titles = async (user: string, code: string) =>
      (await api.as(user, `query($c: ID!) { workNews(divisionCode: $c, first: 10) { totalCount nodes { title } } }`, { c: code })).data?.workNews;
    expect(await titles('admin', '450000')).toEqual({ totalCount: 4, nodes: [{ title: '博白县就业招聘会' }, { title: '隆安县入户核查' }, { title: '南宁市调度会' }, { title: '全区推进会召开' }] });
    expect(await titles('nanning', '450100')).toEqual({ totalCount: 2, nodes: [{ title: '隆安县入户核查' }, { title: '南宁市调度会' }] });
    expect(await titles('longan', '450123')).toEqual({ totalCount: 1, nodes: [{ title: '隆安县入户核查' }] });

    const page1 = (await api.as('admin', `{ workNews(divisionCode: "450000", first: 3) { pageInfo { endCursor hasNextPage } nodes { title } } }`)).data?.workNews;
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = (await api.as('admin', `query($a: String) { workNews(divisionCode: "450000", first: 3, after: $a) { pageInfo { hasNextPage } nodes { title } } }`, { a: page1.pageInfo.endCursor })).data?.workNews;
    expect(page2).toEqual({ pageInfo: { hasNextPage: false }, nodes: [{ title: '全区推进会召开' }] });
  });

  it('keeps photos of work news, added by its publishers and shown to those who may read it', async () => {
    const published = await api.as('longan', `mutation($in: PublishNewsInput!) { publishWorkNews(input: $in) { id } }`, {
      in: { divisionCode: '450123', title: '隆安县搬迁入住仪式', body: '正文' },
    });
    const ownerId = published.data?.publishWorkNews.id;
    const fields = { ownerType: 'NEWS_ITEM', ownerId };
    const photo = () => ({ bytes: SAMPLE_FILES.jpeg, name: '入住仪式.jpg' });
    const rows = async () => Number((await api.db.query(`SELECT count(*) FROM archive_file`)).rows[0].count);
    const before = { rows: await rows(), files: await directorySnapshot(api.evidenceDir) };

    // Refused: another county's staff (the item does not exist for them), spot checkers, bad ids.
    expect((await uploadEvidence(api, 'bobai', fields, { bytes: distinctPng('b'), name: 'b.png' }, '/archive/files')).status).toBe(404);
    expect((await uploadEvidence(api, 'checker', fields, { bytes: distinctPng('c'), name: 'c.png' }, '/archive/files')).status).toBe(403);
    expect((await uploadEvidence(api, 'longan', { ...fields, ownerId: 'no-such-item' }, { bytes: distinctPng('d'), name: 'd.png' }, '/archive/files')).status).toBe(400);
    expect({ rows: await rows(), files: await directorySnapshot(api.evidenceDir) }).toEqual(before);

    const stored = await uploadEvidence(api, 'longan', fields, photo(), '/archive/files');
    expect(stored).toMatchObject({ status: 201, body: { mimeType: 'image/jpeg' } });
    // The city above publishes news too, and may illustrate its counties' items.
    expect((await uploadEvidence(api, 'nanning', fields, { bytes: distinctPng('n'), name: '现场.png' }, '/archive/files')).status).toBe(201);

    const listed = async (user: string, code: string) =>
      (await api.as(user, `query($c: ID!) { workNews(divisionCode: $c, first: 20) { nodes { id photos { originalName uploadedBy fileUrl } } } }`, { c: code })).data?.workNews.nodes.find(
        (item: { id: string }) => item.id === ownerId,
      );
    expect((await listed('nanning', '450100')).photos).toEqual([
      { originalName: '入住仪式.jpg', uploadedBy: 'longan', fileUrl: `/archive/files/${stored.body.id}/file` },
      expect.objectContaining({ originalName: '现场.png', uploadedBy: 'nanning' }),
    ]);
    expect((await download(api, 'admin', `/archive/files/${stored.body.id}/file`)).bytes).toEqual(SAMPLE_FILES.jpeg);
    expect((await download(api, 'bobai', `/archive/files/${stored.body.id}/file`)).status).toBe(404);
  });
});
