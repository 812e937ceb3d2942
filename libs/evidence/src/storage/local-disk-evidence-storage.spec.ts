import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { LocalDiskEvidenceStorage } from './local-disk-evidence-storage';

describe('LocalDiskEvidenceStorage', () => {
  let root: string;
  let storage: LocalDiskEvidenceStorage;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'storage-spec-'));
    storage = new LocalDiskEvidenceStorage(root);
    await storage.prepare();
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  const stageBytes = async (bytes: Buffer) => {
    const { staged, sink } = await storage.stage();
    await pipeline(Readable.from([bytes]), sink);
    return staged;
  };

  it('publishes a staged file under a new generated key and leaves nothing in staging', async () => {
    const key = await storage.commit(await stageBytes(Buffer.from('content')), '.pdf');
    expect(key).toMatch(/^\d{4}\/\d{2}\/[0-9a-f-]{36}\.pdf$/);
    expect(await readFile(join(root, key), 'utf8')).toBe('content');
    expect(await readdir(join(root, '.staging'))).toEqual([]);
    const other = await storage.commit(await stageBytes(Buffer.from('content')), '.pdf');
    expect(other).not.toBe(key);
  });

  it('discards staged files and removes committed ones without a trace', async () => {
    await storage.discard(await stageBytes(Buffer.from('a')));
    const key = await storage.commit(await stageBytes(Buffer.from('b')), '.png');
    await storage.remove(key);
    expect(await readdir(join(root, '.staging'))).toEqual([]);
    expect(await readdir(join(root, key.slice(0, 7)))).toEqual([]);
    await expect(storage.open(key)).rejects.toThrow(/ENOENT/);
  });

  it('never builds a path from anything but its own key and extension shapes', async () => {
    await expect(storage.open('../../etc/passwd')).rejects.toThrow('refusing storage key');
    await expect(storage.remove('2026/01/../../x.pdf')).rejects.toThrow('refusing storage key');
    await expect(storage.commit(await stageBytes(Buffer.from('x')), '/../x')).rejects.toThrow('refusing file extension');
    await expect(storage.discard({ stagingId: '../../x' })).rejects.toThrow('refusing staging id');
  });
});
