/**
 * Uploads as a hostile or broken client sends them, over a raw socket: a body that ends before
 * its closing boundary, a client that disconnects mid-file, one that goes silent, one that
 * trickles. Each must be answered (or dropped) inside its own request, leave no staged bytes,
 * and leave the API serving everyone else.
 */
import { readdir } from 'node:fs/promises';
import { connect, Socket } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ApiHarness } from '../support/api-harness';
import { eventually } from '../support/eventually';
import { SAMPLE_FILES, evidenceRows, uploadEvidence } from '../support/evidence-files';
import { createHousehold, createSite, householdInput, siteInput } from '../support/registry-fixtures';

const IDLE_MS = 800;
const DEADLINE_MS = 2500;
const BOUNDARY = '----hostile-boundary';

describe('uploads from hostile or broken clients', () => {
  let api: ApiHarness;
  let householdId: string;
  let token: string;

  beforeAll(async () => {
    api = await ApiHarness.start({ UPLOAD_IDLE_TIMEOUT_MS: String(IDLE_MS), UPLOAD_DEADLINE_MS: String(DEADLINE_MS) });
    await api.createUser('longan', 'COUNTY_STAFF', '450123');
    const site = await createSite(api, 'longan', siteInput('450123', 'H-A'));
    householdId = (await createHousehold(api, 'longan', householdInput(site.id, 'H-A-1'))).id;
    token = await api.tokenFor('longan');
  });
  afterAll(() => api.stop());

  const staged = () => readdir(join(api.evidenceDir, '.staging'));
  const stillServing = async () => expect((await api.as('longan', `{ me { username } }`)).data?.me.username).toBe('longan');

  /** The multipart body of a household photo upload, up to (not including) the file's bytes. */
  function bodyBeforeFile(): Buffer {
    const field = (name: string, value: string) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
    return Buffer.from(
      field('subjectType', 'HOUSEHOLD') +
        field('subjectId', householdId) +
        field('kind', 'MOVE_IN_PHOTO') +
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n`,
    );
  }

  interface RawExchange {
    socket: Socket;
    /** Everything the server sent, once it closed the connection or the test ended it. */
    answer: Promise<string>;
  }

  /** Opens a connection and sends the request head of a multipart POST announcing `contentLength` bytes. */
  function openUpload(path: string, contentLength: number): RawExchange {
    const { port } = new URL(api.url);
    const socket = connect(Number(port), '127.0.0.1');
    const received: Buffer[] = [];
    socket.on('data', (chunk) => received.push(chunk));
    const answer = new Promise<string>((resolve) => {
      socket.on('close', () => resolve(Buffer.concat(received).toString('utf8')));
      socket.on('error', () => undefined);
    });
    socket.write(
      `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nAuthorization: Bearer ${token}\r\n` +
        `Content-Type: multipart/form-data; boundary=${BOUNDARY}\r\nContent-Length: ${contentLength}\r\n\r\n`,
    );
    return { socket, answer };
  }

  const statusOf = (answer: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1]);
  const jsonOf = (answer: string) => JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4).replace(/^[0-9a-f]+\r\n|\r\n0\r\n\r\n$/g, '')) as { code: string; fields: Array<{ field: string; reason: string }> };

  it.each(['/evidence', '/archive/files'])('answers 400 to a body that ends before its closing boundary at %s, and keeps serving', async (path) => {
    const rowsBefore = await evidenceRows(api);
    const truncated = Buffer.concat([bodyBeforeFile(), SAMPLE_FILES.png.subarray(0, 30)]);
    const exchange = openUpload(path, truncated.length);
    exchange.socket.write(truncated); // all the bytes announced, but no closing boundary among them
    const answer = await exchange.answer;
    expect(statusOf(answer)).toBe(400);
    expect(jsonOf(answer)).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'file', reason: expect.stringContaining('closing boundary') }] });
    await stillServing();
    await eventually(async () => (await staged()).length === 0, 'the staging folder to empty');
    expect(await evidenceRows(api)).toEqual(rowsBefore);
  });

  it('answers 400 to a body that ends right after the field parts, before any file', async () => {
    const body = bodyBeforeFile().subarray(0, 60);
    const exchange = openUpload('/evidence', body.length);
    exchange.socket.write(body);
    expect(statusOf(await exchange.answer)).toBe(400);
    await stillServing();
  });

  it('removes the staged bytes of a client that disconnects mid-file', async () => {
    const rowsBefore = await evidenceRows(api);
    const exchange = openUpload('/evidence', 10 * 1024 * 1024);
    exchange.socket.write(Buffer.concat([bodyBeforeFile(), SAMPLE_FILES.png, Buffer.alloc(64 * 1024, 1)]));
    await eventually(async () => (await staged()).length === 1, 'the file to be staged');
    exchange.socket.destroy();
    await eventually(async () => (await staged()).length === 0, 'the staging folder to empty');
    expect(await evidenceRows(api)).toEqual(rowsBefore);
    await stillServing();
  });

  it('stops a client that goes silent mid-file with 408, closes its connection and removes its bytes', async () => {
    const exchange = openUpload('/evidence', 1024 * 1024);
    exchange.socket.write(Buffer.concat([bodyBeforeFile(), SAMPLE_FILES.png]));
    const started = Date.now();
    const answer = await exchange.answer; // the server closes the connection
    expect(Date.now() - started).toBeLessThan(IDLE_MS + 1500);
    expect(statusOf(answer)).toBe(408);
    expect(jsonOf(answer).fields[0]).toMatchObject({ field: 'file', reason: expect.stringContaining('sent nothing') });
    await eventually(async () => (await staged()).length === 0, 'the staging folder to empty');
    await stillServing();
  });

  it('cuts off an upload that trickles in past the deadline, however steadily', async () => {
    const exchange = openUpload('/evidence', 1024 * 1024);
    exchange.socket.write(Buffer.concat([bodyBeforeFile(), SAMPLE_FILES.png]));
    let closed = false;
    void exchange.answer.then(() => (closed = true));
    const started = Date.now();
    for (let sent = 0; !closed && Date.now() - started < DEADLINE_MS + 3000; sent += 1) {
      exchange.socket.write(Buffer.alloc(16, sent));
      await sleep(IDLE_MS / 4);
    }
    const answer = await exchange.answer;
    expect(Date.now() - started).toBeLessThan(DEADLINE_MS + 1500);
    expect(statusOf(answer)).toBe(408);
    expect(jsonOf(answer).fields[0].reason).toContain('took longer than');
    await eventually(async () => (await staged()).length === 0, 'the staging folder to empty');
    await stillServing();
  });

  it('refuses a file that is only the 8-byte PNG signature, or a PDF without pages', async () => {
    const rowsBefore = await evidenceRows(api);
    const subject = { subjectType: 'HOUSEHOLD', subjectId: householdId, kind: 'MOVE_IN_PHOTO' };
    const signature = await uploadEvidence(api, 'longan', subject, { bytes: SAMPLE_FILES.png.subarray(0, 8), name: 'a.png' });
    expect(signature).toMatchObject({ status: 415, body: { code: 'BAD_USER_INPUT', fields: [{ field: 'file' }] } });
    const pdf = await uploadEvidence(api, 'longan', subject, { bytes: Buffer.from('%PDF-1.4\n%%EOF\n'), name: 'a.pdf' });
    expect(pdf.status).toBe(415);
    expect(await evidenceRows(api)).toEqual(rowsBefore);
    expect(await staged()).toEqual([]);
  });
});
