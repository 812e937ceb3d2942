import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { link, mkdir, rm, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { EvidenceStorage, StagedFile } from './evidence-storage';

/** Keys this storage generates: `<year>/<month>/<uuid><extension>` (.jpg … .xlsx). Anything else is refused. */
const KEY_PATTERN = /^\d{4}\/\d{2}\/[0-9a-f-]{36}\.[a-z]{3,4}$/;
const STAGING_ID_PATTERN = /^[0-9a-f-]{36}$/;
const EXTENSION_PATTERN = /^\.[a-z]{3,4}$/;

/**
 * Files under one directory. Uploads are written to `.staging/` (same file system, so the
 * final step is a link, not a copy) and published with link(2), which is atomic and fails
 * instead of replacing an existing file: a file, once published, is never overwritten.
 */
export class LocalDiskEvidenceStorage extends EvidenceStorage {
  private readonly stagingDir: string;

  constructor(private readonly root: string) {
    super();
    this.stagingDir = join(root, '.staging');
  }

  /** Creates the directories up front, so a failed upload leaves the tree exactly as it was. */
  async prepare(): Promise<void> {
    await mkdir(this.stagingDir, { recursive: true });
  }

  async stage(): Promise<{ staged: StagedFile; sink: Writable }> {
    const staged = { stagingId: randomUUID() };
    const sink = createWriteStream(this.stagingPath(staged), { flags: 'wx', mode: 0o640 });
    // Opened before any byte flows, so a discard after a failure can never race the file's creation.
    await once(sink, 'open');
    return { staged, sink };
  }

  async commit(staged: StagedFile, extension: string): Promise<string> {
    if (!EXTENSION_PATTERN.test(extension)) throw new Error(`refusing file extension ${JSON.stringify(extension)}`);
    const now = new Date();
    const dir = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
    const key = `${dir}/${randomUUID()}${extension}`;
    await mkdir(join(this.root, dir), { recursive: true });
    await link(this.stagingPath(staged), this.keyPath(key));
    await unlink(this.stagingPath(staged));
    return key;
  }

  async discard(staged: StagedFile): Promise<void> {
    await rm(this.stagingPath(staged), { force: true });
  }

  async remove(key: string): Promise<void> {
    await rm(this.keyPath(key), { force: true });
  }

  async open(key: string): Promise<Readable> {
    const stream = createReadStream(this.keyPath(key));
    // Surface a missing file here, as a rejected promise, rather than mid-response.
    await once(stream, 'open');
    return stream;
  }

  private stagingPath(staged: StagedFile): string {
    if (!STAGING_ID_PATTERN.test(staged.stagingId)) throw new Error(`refusing staging id ${JSON.stringify(staged.stagingId)}`);
    return join(this.stagingDir, `${staged.stagingId}.part`);
  }

  /** Keys come from the database, but a path is only ever built from a key of our own shape. */
  private keyPath(key: string): string {
    if (!KEY_PATTERN.test(key)) throw new Error(`refusing storage key ${JSON.stringify(key)}`);
    return join(this.root, key);
  }
}
