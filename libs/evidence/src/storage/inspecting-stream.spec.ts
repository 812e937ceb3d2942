import { createHash } from 'node:crypto';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DomainError } from '@app/common';
import { InspectingStream } from './inspecting-stream';

const PNG_HEAD = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
// A whole 1×1 PNG: the signature, its header chunk and an image.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

/** Feeds chunks through an inspector into nothing; returns the inspector and how many chunks were read. */
async function inspect(chunks: Buffer[], maxBytes: number) {
  let read = 0;
  const source = Readable.from(
    (function* () {
      for (const chunk of chunks) {
        read += 1;
        yield chunk;
      }
    })(),
  );
  const inspector = new InspectingStream(maxBytes);
  const sink = new Writable({ write: (_chunk, _encoding, done) => done() });
  const outcome = await pipeline(source, inspector, sink).then(
    () => null,
    (error: unknown) => error as DomainError,
  );
  return { inspector, outcome, read };
}

describe('InspectingStream', () => {
  it('hashes, counts, types and decodes what passes through', async () => {
    const body = Buffer.concat([PNG, Buffer.from('anything may follow the end of an image')]);
    const { inspector, outcome } = await inspect([body.subarray(0, 3), body.subarray(3)], 1000);
    expect(outcome).toBeNull();
    expect(inspector.type.mimeType).toBe('image/png');
    expect(inspector.content).toEqual({ width: 1, height: 1 });
    expect(inspector.size).toBe(body.length);
    expect(inspector.sha256).toBe(createHash('sha256').update(body).digest('hex'));
  });

  it('stops at the first chunk of a file of the wrong type', async () => {
    const text = Buffer.alloc(64 * 1024, 'a');
    const { outcome, read } = await inspect(Array.from({ length: 50 }, () => text), 10 * 1024 * 1024);
    expect(outcome).toMatchObject({ httpStatus: 415, fields: [{ field: 'file' }] });
    expect(read).toBeLessThan(4);
  });

  it('stops as soon as the limit is passed, and accepts a file of exactly the limit', async () => {
    const chunk = Buffer.concat([PNG, Buffer.alloc(100 - PNG.length)]);
    const over = await inspect(Array.from({ length: 50 }, () => chunk), 250);
    expect(over.outcome).toMatchObject({ httpStatus: 413, fields: [{ field: 'file', reason: expect.stringContaining('limit') }] });
    expect(over.read).toBeLessThan(6); // the third chunk passes the limit; the source reads at most a little ahead
    expect((await inspect([chunk, chunk], 200)).outcome).toBeNull();
  });

  it('refuses a file that only starts like a PNG or PDF: the signature alone, or a damaged header', async () => {
    expect((await inspect([PNG_HEAD], 1000)).outcome).toMatchObject({ httpStatus: 415, fields: [{ field: 'file', reason: expect.stringContaining('not a readable one') }] });
    expect((await inspect([PNG.subarray(0, 20)], 1000)).outcome).toMatchObject({ httpStatus: 415 });
    expect((await inspect([Buffer.from('%PDF-1.4\nnothing else')], 1000)).outcome).toMatchObject({ httpStatus: 415 });
    expect((await inspect([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10])], 1000)).outcome).toMatchObject({ httpStatus: 415 });
  });

  it('refuses an empty file and one too short to carry a signature', async () => {
    expect((await inspect([], 100)).outcome?.fields).toEqual([{ field: 'file', reason: 'is empty' }]);
    expect((await inspect([Buffer.from([0x89, 0x50])], 100)).outcome).toMatchObject({ httpStatus: 415 });
  });
});
