import { createHash } from 'node:crypto';
import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { ApiHarness } from './api-harness';

/** Tiny but valid files of each allowed type (a 1×1 JPEG and PNG, a one-page PDF). */
export const SAMPLE_FILES = {
  jpeg: Buffer.from(
    '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=',
    'base64',
  ),
  png: Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64'),
  pdf: Buffer.from(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 3 3]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  ),
};

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Another valid PNG with different bytes (a PNG may carry anything after IEND). */
export const distinctPng = (tag: string) => Buffer.concat([SAMPLE_FILES.png, Buffer.from(tag)]);

export interface UploadFile {
  bytes: Uint8Array;
  name: string;
  /** The content type the client claims; the server never trusts it. */
  type?: string;
}

export interface RestResponse {
  status: number;
  body: any;
}

/** Sends `POST /evidence` as a user (or anonymously with `token: null`), multipart like a browser form. */
export async function uploadEvidence(
  api: ApiHarness,
  user: string | null,
  fields: Record<string, string>,
  file?: UploadFile,
  path = '/evidence',
): Promise<RestResponse> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  if (file) form.append('file', new Blob([file.bytes], { type: file.type ?? 'application/octet-stream' }), file.name);
  const headers: Record<string, string> = user ? { authorization: `Bearer ${await api.tokenFor(user)}` } : {};
  const response = await fetch(`${api.url}${path}`, { method: 'POST', headers, body: form });
  return { status: response.status, body: await response.json() };
}

/**
 * Backs the beneficiary population of each household with its relocation approval form (SPEC §5:
 * otherwise it is not recognised and counts nowhere). Returns the evidence ids, for backdating.
 */
export async function uploadApprovalForms(api: ApiHarness, user: string, householdIds: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const id of householdIds) {
    const form = await uploadEvidence(api, user, { subjectType: 'HOUSEHOLD', subjectId: id, kind: 'RELOCATION_APPROVAL_FORM' }, { bytes: distinctPng(id), name: 'approval.png' });
    if (form.status !== 201) throw new Error(`approval form of ${id}: ${JSON.stringify(form.body)}`);
    ids.push(form.body.id as string);
  }
  return ids;
}

/** `GET` a stored file as a user; the body as bytes on success. */
export async function download(api: ApiHarness, user: string, path: string): Promise<{ status: number; bytes: Buffer; headers: Headers }> {
  const response = await fetch(`${api.url}${path}`, { headers: { authorization: `Bearer ${await api.tokenFor(user)}` } });
  return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()), headers: response.headers };
}

/** Every entry under a directory with its size: equal snapshots mean nothing was added, removed or changed. */
export async function directorySnapshot(root: string): Promise<Record<string, number>> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const snapshot: Record<string, number> = {};
  for (const entry of entries) {
    const path = join(entry.parentPath, entry.name);
    snapshot[relative(root, path)] = entry.isDirectory() ? -1 : (await stat(path)).size;
  }
  return snapshot;
}

/** The evidence rows and their history versions, to check a refused upload wrote nothing. */
export async function evidenceRows(api: ApiHarness): Promise<{ evidence: number; history: number }> {
  const { rows } = await api.db.query<{ evidence: number; history: number }>(
    `SELECT (SELECT count(*)::int FROM evidence) AS evidence, (SELECT count(*)::int FROM evidence_history) AS history`,
  );
  return rows[0];
}
