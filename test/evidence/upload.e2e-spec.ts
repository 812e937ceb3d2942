/**
 * POST /evidence and GET /evidence/:id/file over HTTP, with real files made here. Every refused
 * upload must leave the database and the storage directory exactly as they were.
 */
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiHarness } from '../support/api-harness';
import { createHousehold, createSite, householdInput, siteInput } from '../support/registry-fixtures';
import { directorySnapshot, distinctPng, download, evidenceRows, RestResponse, SAMPLE_FILES, sha256, uploadEvidence } from '../support/evidence-files';

const MAX_BYTES = 64 * 1024;

describe('evidence upload and download', () => {
  let api: ApiHarness;
  let root: string;
  let inside: { siteId: string; householdId: string };
  let outsideHouseholdId: string;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'relocation-upload-'));
    api = await ApiHarness.start({ EVIDENCE_MAX_BYTES: String(MAX_BYTES), EVIDENCE_DIR: join(root, 'a', 'b', 'evidence') });
    await api.createUser('admin', 'REGION_ADMIN', '450000');
    await api.createUser('longan', 'COUNTY_STAFF', '450123');
    await api.createUser('nanning', 'CITY_STAFF', '450100');
    const site = await createSite(api, 'admin', siteInput('450123', 'U-A'));
    const household = await createHousehold(api, 'admin', householdInput(site.id, 'U-A-1', { actuallyResident: true, movedIn: true }));
    inside = { siteId: site.id, householdId: household.id };
    const siteB = await createSite(api, 'admin', siteInput('450923', 'U-B'));
    outsideHouseholdId = (await createHousehold(api, 'admin', householdInput(siteB.id, 'U-B-1'))).id;
  });
  afterAll(async () => {
    await api.stop();
    await rm(root, { recursive: true, force: true });
  });

  const forHousehold = (kind = 'MOVE_IN_PHOTO', householdId = inside.householdId) => ({ subjectType: 'HOUSEHOLD', subjectId: householdId, kind });

  /** Runs a refused upload and checks that nothing at all was stored. */
  async function expectNothingStored(attempt: () => Promise<RestResponse>): Promise<RestResponse> {
    const rowsBefore = await evidenceRows(api);
    const filesBefore = await directorySnapshot(api.evidenceDir);
    const response = await attempt();
    expect(await evidenceRows(api)).toEqual(rowsBefore);
    expect(await directorySnapshot(api.evidenceDir)).toEqual(filesBefore);
    return response;
  }

  it.each([
    ['JPEG', SAMPLE_FILES.jpeg, 'image/jpeg', '.jpg', 'RELOCATION_APPROVAL_FORM'],
    ['PNG', SAMPLE_FILES.png, 'image/png', '.png', 'MOVE_IN_PHOTO'],
    ['PDF', SAMPLE_FILES.pdf, 'application/pdf', '.pdf', 'DUAL_CONFIRMATION_FORM'],
  ])('stores a %s under a generated name and serves it back byte for byte', async (_label, bytes, mimeType, extension, kind) => {
    const filesBefore = await directorySnapshot(api.evidenceDir);
    const response = await uploadEvidence(api, 'longan', forHousehold(kind), { bytes, name: `证明材料${extension}`, type: 'application/octet-stream' });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ sha256: sha256(bytes), size: bytes.length, mimeType });

    const { rows } = await api.db.query(`SELECT * FROM evidence WHERE id = $1`, [response.body.id]);
    expect(rows[0]).toMatchObject({ kind, uploaded_by: 'longan', uploader_level: 'COUNTY', original_name: `证明材料${extension}`, rejected_at: null });
    expect(rows[0].storage_key).toMatch(new RegExp(`^\\d{4}/\\d{2}/[0-9a-f-]{36}\\${extension}$`));
    expect(filesAdded(filesBefore, await directorySnapshot(api.evidenceDir))).toEqual([rows[0].storage_key]);
    expect(await readFile(join(api.evidenceDir, rows[0].storage_key))).toEqual(bytes);

    const file = await download(api, 'nanning', `/evidence/${response.body.id}/file`);
    expect(file.status).toBe(200);
    expect(file.bytes).toEqual(bytes);
    expect(file.headers.get('content-type')).toBe(mimeType);
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('recognises the same content for the same subject and kind as the same evidence, and stores nothing twice', async () => {
    const bytes = distinctPng('same content twice');
    const first = await uploadEvidence(api, 'longan', forHousehold(), { bytes, name: 'a.png' });
    expect(first.status).toBe(201);
    const again = await expectNothingStored(() => uploadEvidence(api, 'admin', forHousehold(), { bytes, name: 'renamed.png' }));
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    // Another kind is another piece of evidence, even with the same bytes.
    const otherKind = await uploadEvidence(api, 'longan', forHousehold('SELF_FUNDING_RECEIPT'), { bytes, name: 'a.png' });
    expect(otherKind.status).toBe(201);
    expect(otherKind.body.id).not.toBe(first.body.id);
  });

  it('refuses a text file named .png, whatever type the client declares', async () => {
    const response = await expectNothingStored(() =>
      uploadEvidence(api, 'longan', forHousehold(), { bytes: Buffer.from('this is plain text, not an image'), name: 'photo.png', type: 'image/png' }),
    );
    expect(response.status).toBe(415);
    expect(response.body).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'file', reason: expect.stringContaining('JPEG, PNG or PDF') }] });
  });

  it('refuses a file over the size limit while it streams, keeping nothing of it', async () => {
    const oversized = Buffer.concat([SAMPLE_FILES.png, Buffer.alloc(4 * 1024 * 1024, 7)]);
    const response = await expectNothingStored(() => uploadEvidence(api, 'longan', forHousehold(), { bytes: oversized, name: 'big.png' }));
    expect(response.status).toBe(413);
    expect(response.body).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'file', reason: 'is larger than the limit of 0.1 MB' }] });
    // Exactly at the limit is still accepted.
    const atLimit = Buffer.concat([SAMPLE_FILES.png, Buffer.alloc(MAX_BYTES - SAMPLE_FILES.png.length, 1)]);
    expect((await uploadEvidence(api, 'longan', forHousehold(), { bytes: atLimit, name: 'limit.png' })).status).toBe(201);
  });

  it('never uses the client file name as a path: ../../etc/passwd is only a label', async () => {
    // The evidence directory is <root>/a/b/evidence, so ../../etc/passwd would land inside <root>.
    const rootBefore = await directorySnapshot(root);
    const passwdBefore = await stat('/etc/passwd');
    const text = await expectNothingStored(() => uploadEvidence(api, 'longan', forHousehold(), { bytes: Buffer.from('root:x:0:0:root:/root:/bin/bash\n'), name: '../../etc/passwd' }));
    expect(text.status).toBe(415);
    expect(await directorySnapshot(root)).toEqual(rootBefore);

    const image = await uploadEvidence(api, 'longan', forHousehold('RELOCATION_APPROVAL_FORM'), { bytes: distinctPng('traversal'), name: '../../etc/passwd' });
    expect(image.status).toBe(201);
    const { rows } = await api.db.query(`SELECT original_name, storage_key FROM evidence WHERE id = $1`, [image.body.id]);
    expect(rows[0].original_name).toBe('passwd');
    expect(filesAdded(rootBefore, await directorySnapshot(root))).toEqual([`a/b/evidence/${rows[0].storage_key}`]);
    expect((await stat('/etc/passwd')).mtimeMs).toBe(passwdBefore.mtimeMs);
  });

  it('answers 404 for a subject outside the jurisdiction, or that does not exist, and stores nothing', async () => {
    const outside = await expectNothingStored(() => uploadEvidence(api, 'longan', forHousehold('MOVE_IN_PHOTO', outsideHouseholdId), { bytes: SAMPLE_FILES.jpeg, name: 'x.jpg' }));
    expect(outside.status).toBe(404);
    expect(outside.body).toMatchObject({ code: 'NOT_FOUND' });
    const missing = await expectNothingStored(() =>
      uploadEvidence(api, 'longan', forHousehold('MOVE_IN_PHOTO', '00000000-0000-4000-8000-000000000000'), { bytes: SAMPLE_FILES.jpeg, name: 'x.jpg' }),
    );
    expect(missing).toEqual({ status: 404, body: { ...outside.body, message: expect.any(String) } });
  });

  it('names every bad field, and refuses evidence of a kind that backs claims about another subject type', async () => {
    const bad = await expectNothingStored(() => uploadEvidence(api, 'longan', { subjectType: 'VILLAGE', subjectId: 'x' }, { bytes: SAMPLE_FILES.jpeg, name: 'x.jpg' }));
    expect(bad.status).toBe(400);
    expect(bad.body.fields.map((f: { field: string }) => f.field).sort()).toEqual(['kind', 'subjectId', 'subjectType']);
    const noFile = await expectNothingStored(() => uploadEvidence(api, 'longan', forHousehold()));
    expect(noFile).toMatchObject({ status: 400, body: { code: 'BAD_USER_INPUT', fields: [{ field: 'file' }] } });
    const wrongKind = await expectNothingStored(() =>
      uploadEvidence(api, 'longan', { subjectType: 'SITE', subjectId: inside.siteId, kind: 'MOVE_IN_PHOTO' }, { bytes: SAMPLE_FILES.jpeg, name: 'x.jpg' }),
    );
    expect(wrongKind).toMatchObject({ status: 400, body: { fields: [{ field: 'kind', reason: 'backs claims about a HOUSEHOLD, not a SITE' }] } });
  });

  it('lets only capturing roles upload, and only signed-in callers at all', async () => {
    const reviewer = await expectNothingStored(() => uploadEvidence(api, 'nanning', forHousehold(), { bytes: SAMPLE_FILES.jpeg, name: 'x.jpg' }));
    expect(reviewer).toMatchObject({ status: 403, body: { code: 'FORBIDDEN' } });
    const anonymous = await expectNothingStored(() => uploadEvidence(api, null, forHousehold(), { bytes: SAMPLE_FILES.jpeg, name: 'x.jpg' }));
    expect(anonymous).toMatchObject({ status: 401, body: { code: 'UNAUTHENTICATED' } });
  });

  it('serves a file only to callers who may see its subject', async () => {
    const stored = await uploadEvidence(api, 'admin', forHousehold('MOVE_IN_PHOTO', outsideHouseholdId), { bytes: distinctPng('outside'), name: 'b.png' });
    expect(stored.status).toBe(201);
    expect((await download(api, 'longan', `/evidence/${stored.body.id}/file`)).status).toBe(404);
    expect((await download(api, 'longan', `/evidence/not-a-uuid/file`)).status).toBe(404);
    expect((await download(api, 'admin', `/evidence/${stored.body.id}/file`)).status).toBe(200);
  });
});

/** Files (not directories) present after but not before. */
const filesAdded = (before: Record<string, number>, after: Record<string, number>) =>
  Object.keys(after).filter((path) => after[path] >= 0 && !(path in before));
