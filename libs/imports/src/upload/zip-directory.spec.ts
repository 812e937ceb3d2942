import { buildHouseholdTemplate } from '../template/household-template';
import { readZipDirectory } from './zip-directory';

describe('reading a workbook’s zip directory from its last bytes', () => {
  let bytes: Buffer;
  beforeAll(async () => {
    bytes = Buffer.from(await buildHouseholdTemplate().xlsx.writeBuffer());
  });

  it('lists the entries and their sizes from the tail alone', () => {
    const directory = readZipDirectory(bytes.subarray(bytes.length - 64 * 1024 > 0 ? bytes.length - 64 * 1024 : 0), bytes.length);
    expect(directory?.names).toEqual(expect.arrayContaining(['xl/workbook.xml', '[Content_Types].xml']));
    expect(directory!.uncompressedBytes).toBeGreaterThan(bytes.length);
    expect(directory!.worstRatio).toBeGreaterThan(1);
  });

  it('finds no directory in a truncated file, or when the tail does not reach it', () => {
    expect(readZipDirectory(bytes.subarray(0, bytes.length - 10), bytes.length - 10)).toBeNull();
    const half = Math.floor(bytes.length / 2);
    expect(readZipDirectory(bytes.subarray(0, half), half)).toBeNull();
    expect(readZipDirectory(bytes.subarray(bytes.length - 30), bytes.length)).toBeNull();
  });
});
